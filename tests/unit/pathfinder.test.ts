import { describe, expect, it } from 'vitest';
import { matches, specOf, type FacetValues } from '../../src/lib/discovery/facets';
import {
  SHOWN,
  allAnswers,
  audienceOf,
  goalPlans,
  goalsFor,
  isValid,
  listingsFor,
  movedPaths,
  movedTo,
  options,
  questions,
  rank,
  resultFor,
  selectionFor,
  stageFacets,
  typesFor,
  type Answers,
} from '../../src/lib/discovery/pathfinder';
import { answerText, headingOf, hintText } from '../../src/lib/discovery/pathfinder-text';
import { goals, locales, segments, stages, type StageId } from '../../src/lib/content/vocabulary';

const students: StageId[] = ['student-mbo', 'student-hbo', 'student-wo'];

describe('the questions', () => {
  it('asks who you are, your stage and what you look for, answered from the vocabulary', () => {
    expect(questions).toEqual(['segment', 'stage', 'goal']);
    expect(options('segment')).toEqual(segments.ids);
    expect(options('stage', ['hunkertukker'])).toEqual(stages.ids);
    expect(stages.ids).toEqual([
      'scholier',
      'student-mbo',
      'student-hbo',
      'student-wo',
      'starter',
      'professional',
    ]);
    for (const stage of stages.ids) expect(options('goal', ['hunkertukker', stage])).toEqual(goalsFor(stage));
    expect(options('goal', ['hunkertukker', '18-25'])).toEqual([]);
  });

  it('offers every stage only the goals that fit it', () => {
    expect(goalsFor('scholier')).toEqual(['studeren', 'doen']);
    for (const stage of students) expect(goalsFor(stage)).toEqual(['stage', 'werken', 'wonen', 'doen']);
    for (const stage of ['starter', 'professional'] as const)
      expect(goalsFor(stage)).toEqual(['werken', 'wonen', 'doen']);
    // No home or job for a pupil, no internship once you work; every goal is offered to someone.
    expect(goalsFor('scholier')).not.toContain('wonen');
    expect(goalsFor('scholier')).not.toContain('werken');
    expect(goalsFor('professional')).not.toContain('stage');
    for (const goal of goals.ids)
      expect(
        stages.ids.some((stage) => goalsFor(stage).includes(goal)),
        goal,
      ).toBe(true);
  });

  it('has one result per valid combination and calls the others invalid', () => {
    const perSegment = stages.ids.reduce((sum, stage) => sum + goalsFor(stage).length, 0);
    expect(perSegment).toBe(2 + 3 * 4 + 2 * 3);
    expect(allAnswers()).toHaveLength(segments.ids.length * perSegment);
    for (const answers of allAnswers())
      expect(isValid([answers.segment, answers.stage, answers.goal])).toBe(true);
    expect(isValid(['hunkertukker', 'scholier', 'wonen'])).toBe(false);
    expect(isValid(['hunkertukker', 'scholier', 'werken'])).toBe(false);
    expect(isValid(['hunkertukker', 'starter', 'stage'])).toBe(false);
    expect(isValid(['hunkertukker', '18-25', 'werken'])).toBe(false);
    expect(isValid(['iedereen'])).toBe(false);
    expect(isValid([])).toBe(true);
  });

  it('maps each stage to the facets it means: age groups, and a student’s level', () => {
    expect(stageFacets.scholier).toEqual({ age: ['4-18'] });
    expect(stageFacets['student-hbo']).toEqual({ age: ['18-25'], level: 'hbo' });
    for (const stage of students) expect(stageFacets[stage].level).toBeDefined();
    for (const stage of ['scholier', 'starter', 'professional'] as const)
      expect(stageFacets[stage].level).toBeUndefined();
    expect(audienceOf('student-wo')).toBe('student');
    expect(audienceOf('starter')).toBe('working');
  });
});

describe('what each goal shows', () => {
  it('uses facets the stories and the agenda have', () => {
    for (const goal of goals.ids) {
      for (const about of [goalPlans[goal].about, ...Object.values(goalPlans[goal].aboutFor ?? {})]) {
        expect(Object.keys(about).length, goal).toBeGreaterThan(0);
        for (const listing of ['stories', 'events'] as const) {
          const spec = specOf(listing);
          for (const [key, ids] of Object.entries(about)) {
            for (const id of ids) expect(spec[key as keyof typeof spec], `${goal} ${key}`).toContain(id);
          }
        }
      }
    }
  });

  it('shows no opportunities for a home, things to do or finding out what to study', () => {
    for (const answers of allAnswers().filter((a) => ['wonen', 'doen', 'studeren'].includes(a.goal))) {
      expect(listingsFor(answers)).toEqual(['stories', 'events']);
      expect(selectionFor('opportunities', answers)).toBeUndefined();
    }
    const home = { segment: 'nieuw-talent', stage: 'starter', goal: 'wonen' } as const;
    expect(selectionFor('stories', home)).toEqual({
      age: ['18-25', '25-30'],
      line: ['wonen'],
      moment: ['settle'],
    });
    expect(selectionFor('events', home)).toEqual({
      when: ['komend'],
      age: ['18-25', '25-30'],
      line: ['wonen'],
      moment: ['settle'],
    });
    // A student's room comes with moving for a study, or settling.
    expect(selectionFor('stories', { ...home, stage: 'student-wo' })).toMatchObject({
      moment: ['studie', 'settle'],
    });
  });

  it('shows internships and graduation assignments at your level, and jobs of the kinds that fit', () => {
    const internship = { segment: 'hunkertukker', stage: 'student-hbo', goal: 'stage' } as const;
    expect(listingsFor(internship)).toEqual(['opportunities', 'stories', 'events']);
    expect(selectionFor('opportunities', internship)).toEqual({
      type: ['stage', 'afstudeeropdracht'],
      level: ['hbo'],
      age: ['18-25'],
    });
    expect(typesFor({ stage: 'student-mbo', goal: 'werken' })).toEqual(['baan', 'leerwerktraject']);
    expect(typesFor({ stage: 'professional', goal: 'werken' })).toEqual([
      'baan',
      'traineeship',
      'leerwerktraject',
    ]);
    expect(
      selectionFor('opportunities', { segment: 'hunkertukker', stage: 'professional', goal: 'werken' }),
    ).toEqual({
      type: ['baan', 'traineeship', 'leerwerktraject'],
      age: ['25-30', '30-35'],
    });
    // Every opportunity selection names types, and a student's always names the level.
    for (const answers of allAnswers()) {
      const selection = selectionFor('opportunities', answers);
      if (!selection) continue;
      expect(selection.type?.length).toBeGreaterThan(0);
      if (audienceOf(answers.stage) === 'student')
        expect(selection.level).toEqual([stageFacets[answers.stage].level]);
    }
  });
});

describe('the result', () => {
  const hbo: Answers = { segment: 'hunkertukker', stage: 'student-hbo', goal: 'stage' };
  const opportunities: FacetValues[] = [
    { type: ['stage'], level: ['mbo'], age: ['18-25'], segment: ['hunkertukker'] }, // 0: mbo only
    { type: ['stage'], level: ['mbo', 'hbo'], age: ['18-25'], segment: ['nieuw-talent'] }, // 1
    { type: ['afstudeeropdracht'], level: ['hbo'], age: ['18-25'], segment: ['aanwezig-talent'] }, // 2
    { type: ['stage'], level: ['hbo', 'wo'], age: ['18-25'], segment: ['hunkertukker'] }, // 3
    { type: ['baan'], level: ['hbo'], age: ['18-25'], segment: ['hunkertukker'] }, // 4: a job
    { type: ['stage'], level: ['hbo'], age: ['30-35'], segment: ['hunkertukker'] }, // 5: other age
  ];

  it('gives an hbo student only internships at hbo level, own target group first, then hbo only', () => {
    const result = resultFor('opportunities', opportunities, specOf('opportunities'), hbo);
    expect(result?.ranked).toEqual([3, 2, 1]);
    expect(result?.ranked).not.toContain(0);
    expect(result?.forGroup).toBe(1);
    expect(result?.little).toBe(false);
    expect(result?.steps).toEqual([]);
  });

  it('never puts an mbo-only opportunity first for an hbo student, however the listing is ordered', () => {
    const reversed = [...opportunities].reverse();
    const result = resultFor('opportunities', reversed, specOf('opportunities'), hbo);
    const first = reversed[result?.ranked[0] ?? -1];
    expect(first?.level).toContain('hbo');
    expect(first?.level).not.toEqual(['mbo']);
  });

  it('puts stories about the goal first: the goal’s line as their first line', () => {
    const home: Answers = { segment: 'nieuw-talent', stage: 'starter', goal: 'wonen' };
    const stories: FacetValues[] = [
      { line: ['werken', 'wonen'], moment: ['settle'], age: ['25-30'], segment: ['nieuw-talent'] },
      { line: ['wonen', 'leven'], moment: ['settle'], age: ['25-30'], segment: ['nieuw-talent'] },
      { line: ['wonen'], moment: ['settle'], age: ['25-30'], segment: ['hunkertukker'] },
      // Moved for a job, and the story touches on housing: a job story, not one about a home.
      { line: ['wonen', 'werken'], moment: ['baan'], age: ['25-30'], segment: ['nieuw-talent'] },
    ];
    expect(rank(stories, [0, 1, 2], home)).toEqual([1, 0, 2]);
    expect(resultFor('stories', stories, specOf('stories'), home)?.ranked).toEqual([1, 0, 2]);
  });

  describe('where little matches', () => {
    const pupil: Answers = { segment: 'aanwezig-talent', stage: 'scholier', goal: 'doen' };
    const stories: FacetValues[] = [
      { line: ['leven'], age: ['25-30'], segment: ['aanwezig-talent'] }, // other age: not for a pupil
      { line: ['werken'], age: ['4-18'], segment: ['aanwezig-talent'] }, // other goal
      { line: ['leven', 'imago'], age: ['4-18'], segment: ['hunkertukker'] }, // matches
      { line: ['leven'], age: ['30-35'], segment: ['nieuw-talent'] }, // other age
    ];

    it('shows only what matches, says so, and offers the wider search, never other items', () => {
      const result = resultFor('stories', stories, specOf('stories'), pupil);
      expect(result?.ranked).toEqual([2]);
      for (const index of result?.ranked ?? []) {
        expect(matches(stories[index] ?? {}, result?.selection ?? {})).toBe(true);
      }
      expect(result?.little).toBe(true);
      expect(result?.forGroup).toBe(0);
      expect(result?.steps).toEqual([
        { kind: 'wider', selection: { line: ['leven'] }, count: 3 },
        { kind: 'profile' },
      ]);
    });

    it('with nothing at all, offers the steps and no items; the agenda for events', () => {
      const events: FacetValues[] = [
        { when: ['geweest'], line: ['leven'], age: ['4-18'], segment: ['aanwezig-talent'] },
        { when: ['komend'], line: ['werken'], age: ['4-18'], segment: ['aanwezig-talent'] },
      ];
      const result = resultFor('events', events, specOf('events'), pupil);
      expect(result?.ranked).toEqual([]);
      expect(result?.little).toBe(true);
      // Leaving out the stage finds nothing more: no wider search is offered.
      expect(result?.steps).toEqual([{ kind: 'agenda' }, { kind: 'profile' }]);
    });

    it('is not "little" once there are enough to fill the group', () => {
      const many = Array.from({ length: SHOWN }, () => stories[2] ?? {});
      expect(resultFor('stories', many, specOf('stories'), pupil)?.little).toBe(false);
    });
  });
});

describe('the words', () => {
  it('say what each answer means, in the visitor’s words, in both languages', () => {
    for (const locale of locales) {
      for (const answers of allAnswers()) {
        const given = [answers.segment, answers.stage, answers.goal];
        for (const [index, question] of questions.entries()) {
          const text = answerText(locale, question, given[index] ?? '', given);
          expect(text, `${locale} ${given.join('/')}`).not.toBe(given[index]);
          expect(text.length).toBeGreaterThan(0);
        }
        expect(hintText(locale, 'goal', answers.goal, given)?.length, given.join('/')).toBeGreaterThan(0);
        expect(headingOf(locale, answers)).not.toMatch(/\d/);
      }
    }
    expect(answerText('nl', 'goal', 'wonen', ['hunkertukker', 'student-hbo'])).toBe('Een kamer of studio');
    expect(answerText('nl', 'goal', 'wonen', ['hunkertukker', 'starter'])).toBe('Een woning');
    expect(hintText('nl', 'goal', 'stage', ['hunkertukker', 'student-hbo'])).toBe(
      'Stages en afstudeeropdrachten op hbo-niveau',
    );
    expect(headingOf('nl', { segment: 'aanwezig-talent', stage: 'scholier', goal: 'doen' })).toBe(
      'Voor jou: scholier, woont in Twente, zoekt iets leuks om te doen',
    );
    expect(headingOf('en', { segment: 'hunkertukker', stage: 'student-hbo', goal: 'stage' })).toBe(
      'For you: HBO student, coming back to Twente, looking for an internship or graduation assignment',
    );
  });
});

describe('the old pages by age group', () => {
  it('forward each to the nearest valid new page', () => {
    const old = movedPaths();
    expect(old).toHaveLength(segments.ids.length * 4 * 5);
    for (const { from, to } of old) {
      expect(isValid(from), from.join('/')).toBe(false);
      expect(isValid(to), `${from.join('/')} -> ${to.join('/')}`).toBe(true);
      expect(to[0]).toBe(from[0]);
    }
    expect(movedTo('hunkertukker', '4-18', 'studeren')).toEqual(['hunkertukker', 'scholier', 'studeren']);
    expect(movedTo('hunkertukker', '4-18', 'wonen')).toEqual(['hunkertukker', 'scholier']);
    expect(movedTo('nieuw-talent', '25-30', 'wonen')).toEqual(['nieuw-talent', 'starter', 'wonen']);
    expect(movedTo('nieuw-talent', '30-35', 'studeren')).toEqual(['nieuw-talent', 'professional']);
    // 18-25 can be a student or a starter: back to that question.
    expect(movedTo('hunkertukker', '18-25', 'werken')).toEqual(['hunkertukker']);
  });
});
