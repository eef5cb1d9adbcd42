/**
 * The path finder ("Kies je pad"): three questions, each answered with one tap.
 *
 * 1. Who you are: the target group (segment), in the visitor's words ("Ik woon in Twente").
 * 2. Your stage: pupil, student (mbo, hbo or wo), starter or professional. A stage stands for
 *    the age groups it covers and, for a student, the education level of opportunities.
 * 3. What you look for (the goal). A stage is only offered the goals that fit it (no homes or
 *    jobs for pupils), and the goal decides which kinds of items make sense: a home shows
 *    housing stories and events and no opportunities, an internship shows internships and
 *    graduation assignments at your level.
 *
 * The stage and the goal decide what matches; the target group decides the order (what is made
 * for your group first). Every valid combination has its own pre-rendered page
 * (/voor-jou/hunkertukker/student-hbo/stage/), so it works without JavaScript; an invalid one
 * has no page and no link.
 */
import { evaluate, without, type FacetSpec, type FacetValues, type Listing, type Selection } from './facets';
import {
  ages,
  segments,
  stages,
  type AgeId,
  type GoalId,
  type LevelId,
  type LineId,
  type OpportunityTypeId,
  type SegmentId,
  type StageId,
} from '../content/vocabulary';

/** The questions in the order they are asked; each answer is one path segment of the URL. */
export const questions = ['segment', 'stage', 'goal'] as const;
export type Question = (typeof questions)[number];

export interface Answers {
  segment: SegmentId;
  stage: StageId;
  goal: GoalId;
}

/** What a stage means in facets: the age groups it covers and, for a student, the level. */
export interface StageFacets {
  age: AgeId[];
  level?: LevelId;
}

export const stageFacets: Record<StageId, StageFacets> = {
  scholier: { age: ['4-18'] },
  'student-mbo': { age: ['18-25'], level: 'mbo' },
  'student-hbo': { age: ['18-25'], level: 'hbo' },
  'student-wo': { age: ['18-25'], level: 'wo' },
  starter: { age: ['18-25', '25-30'] },
  professional: { age: ['25-30', '30-35'] },
};

/** The three kinds of visitor the stages fall into: what they can look for differs. */
export type Audience = 'pupil' | 'student' | 'working';

export function audienceOf(stage: StageId): Audience {
  if (stage === 'scholier') return 'pupil';
  return stageFacets[stage].level ? 'student' : 'working';
}

/** The goals each kind of visitor is offered, in the order they are shown. */
export const goalsOf: Record<Audience, readonly GoalId[]> = {
  pupil: ['studeren', 'doen'],
  student: ['stage', 'werken', 'wonen', 'doen'],
  working: ['werken', 'wonen', 'doen'],
};

/** The goals a stage is offered. */
export function goalsFor(stage: StageId): readonly GoalId[] {
  return goalsOf[audienceOf(stage)];
}

/** What a goal looks for. */
export interface GoalPlan {
  /** Facets every story and event must have (a programme line and/or a migration moment). */
  about: Selection;
  /** The same for one kind of visitor, where it differs. */
  aboutFor?: Partial<Record<Audience, Selection>>;
  /**
   * The opportunity types that fit, per kind of visitor. A goal without types (a home, things to
   * do, finding out what to study) shows no opportunities at all.
   */
  types?: Partial<Record<Audience, OpportunityTypeId[]>>;
}

export const goalPlans: Record<GoalId, GoalPlan> = {
  studeren: { about: { moment: ['studie'] } },
  stage: {
    about: { line: ['werken'], moment: ['studie'] },
    types: { student: ['stage', 'afstudeeropdracht'] },
  },
  werken: {
    about: { line: ['werken'], moment: ['baan'] },
    types: { student: ['baan', 'leerwerktraject'], working: ['baan', 'traineeship', 'leerwerktraject'] },
  },
  // A home: housing (the line) for someone settling down; a student's room comes with moving for
  // a study. A story of moving for a job that touches on housing is a job story, not a home.
  wonen: {
    about: { line: ['wonen'], moment: ['settle'] },
    aboutFor: { student: { line: ['wonen'], moment: ['studie', 'settle'] } },
  },
  doen: { about: { line: ['leven'] } },
};

/** The facets every story and event of a result must have, for a stage and goal. */
export function aboutOf(answers: Pick<Answers, 'stage' | 'goal'>): Selection {
  const plan = goalPlans[answers.goal];
  return plan.aboutFor?.[audienceOf(answers.stage)] ?? plan.about;
}

/** The opportunity types a goal shows to a stage; empty when it shows no opportunities. */
export function typesFor(answers: Pick<Answers, 'stage' | 'goal'>): OpportunityTypeId[] {
  return goalPlans[answers.goal].types?.[audienceOf(answers.stage)] ?? [];
}

/** The ids a question can be answered with, given the earlier answers. */
export function options(question: Question, given: readonly string[] = []): readonly string[] {
  if (question === 'segment') return segments.ids;
  if (question === 'stage') return stages.ids;
  const stage = given[1];
  return stage && stages.has(stage) ? goalsFor(stage) : [];
}

/** Whether answers (a URL's segments, in question order) are a valid path, complete or not. */
export function isValid(given: readonly string[]): boolean {
  if (given.length > questions.length) return false;
  return given.every((id, index) => options(questions[index] as Question, given).includes(id));
}

/** The answers as an object, when all three are given and valid. */
export function answersOf(given: readonly string[]): Answers | undefined {
  if (given.length !== questions.length || !isValid(given)) return undefined;
  const [segment, stage, goal] = given as [SegmentId, StageId, GoalId];
  return { segment, stage, goal };
}

/** Every valid combination of answers: one pre-rendered result page each. */
export function allAnswers(): Answers[] {
  return segments.ids.flatMap((segment) =>
    stages.ids.flatMap((stage) => goalsFor(stage).map((goal) => ({ segment, stage, goal }))),
  );
}

/**
 * The listings a result shows, in order: opportunities only when the goal has types for you, and
 * then first (they are what you asked for).
 */
export function listingsFor(answers: Answers): Listing[] {
  return typesFor(answers).length > 0 ? ['opportunities', 'stories', 'events'] : ['stories', 'events'];
}

/**
 * The selection on a listing that every item of the result matches: the goal and the stage
 * (age groups, and a student's level on opportunities). The agenda only shows what is still to
 * come. Undefined when the listing has nothing for this goal (no opportunities for a home).
 * The target group is not part of it: it orders the result (see `rank`).
 */
export function selectionFor(listing: Listing, answers: Answers): Selection | undefined {
  const stage = stageFacets[answers.stage];
  if (listing === 'opportunities') {
    const types = typesFor(answers);
    if (types.length === 0) return undefined;
    return { type: types, ...(stage.level ? { level: [stage.level] } : {}), age: [...stage.age] };
  }
  return {
    ...(listing === 'events' ? { when: ['komend'] } : {}),
    age: [...stage.age],
    ...aboutOf(answers),
  };
}

/**
 * How well a matching item fits, compared key by key (lower is better): made for your target
 * group; for your level only (an hbo-only internship before one for mbo and hbo); about what
 * you look for first (its first programme line is the goal's).
 */
export function fitOf(item: FacetValues, answers: Answers): [number, number, number] {
  const level = stageFacets[answers.stage].level;
  const levels = item.level ?? [];
  const line = aboutOf(answers).line?.[0] as LineId | undefined;
  return [
    (item.segment ?? []).includes(answers.segment) ? 0 : 1,
    level && levels.length > 0 && levels.some((id) => id !== level) ? 1 : 0,
    line && (item.line ?? [])[0] !== line ? 1 : 0,
  ];
}

const compareFit = (a: readonly number[], b: readonly number[]) => {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

/** Indexes of items, best fit first; equal fits keep the listing's order (newest, soonest). */
export function rank(items: readonly FacetValues[], indexes: readonly number[], answers: Answers): number[] {
  return indexes
    .map((index, position) => ({ index, position, fit: fitOf(items[index] ?? {}, answers) }))
    .sort((a, b) => compareFit(a.fit, b.fit) || a.position - b.position)
    .map(({ index }) => index);
}

/** How many cards of each kind a result shows; the rest is one link away. */
export const SHOWN = 3;

/** A next step offered where little matches: never more items, a way to find them. */
export type Step =
  /** The same goal on the listing, without the stage (age and level): finds more. */
  | { kind: 'wider'; selection: Selection; count: number }
  /** The whole agenda. */
  | { kind: 'agenda' }
  /** The page for the visitor's target group (/voor/hunkertukker/). */
  | { kind: 'profile' };

export interface Result {
  listing: Listing;
  /** What every item matches (the listing link uses it). */
  selection: Selection;
  /** Indexes of all matching items, best first. */
  ranked: number[];
  /** How many of them are made for the visitor's target group (they come first). */
  forGroup: number;
  /** Fewer than SHOWN match: the page says so plainly and offers the steps. */
  little: boolean;
  /** Where little matches: the nearest useful steps, in order. */
  steps: Step[];
}

/** The result for one listing: matching items only, best first, and next steps where few match. */
export function resultFor(
  listing: Listing,
  items: readonly FacetValues[],
  spec: FacetSpec,
  answers: Answers,
): Result | undefined {
  const selection = selectionFor(listing, answers);
  if (!selection) return undefined;
  const ranked = rank(items, evaluate(items, spec, selection).matches, answers);
  const forGroup = ranked.filter((index) => (items[index]?.segment ?? []).includes(answers.segment)).length;
  const little = ranked.length < SHOWN;
  const steps: Step[] = [];
  if (little) {
    const wider = without(without(selection, 'age'), 'level');
    const count = evaluate(items, spec, wider).matches.length;
    if (count > ranked.length) steps.push({ kind: 'wider', selection: wider, count });
    if (listing === 'events') steps.push({ kind: 'agenda' });
    steps.push({ kind: 'profile' });
  }
  return { listing, selection, ranked, forGroup, little, steps };
}

/**
 * The old path finder asked for an age group instead of a stage, and had other goals:
 * /voor-jou/<segment>/<age>/ and /voor-jou/<segment>/<age>/<goal>/. Those pages stay, each
 * forwarding to the nearest new page: a stage when the age group names one, and the goal when
 * that stage is offered it. 18-25 can be a student or a starter: it goes to the stage question.
 */
export const oldGoals = ['studeren', 'werken', 'wonen', 'doen'] as const;

const stageOfAge: Partial<Record<AgeId, StageId>> = {
  '4-18': 'scholier',
  '25-30': 'starter',
  '30-35': 'professional',
};

/** The new answers an old URL's answers forward to. */
export function movedTo(segment: SegmentId, age: AgeId, goal?: (typeof oldGoals)[number]): string[] {
  const stage = stageOfAge[age];
  if (!stage) return [segment];
  if (goal && goalsFor(stage).includes(goal)) return [segment, stage, goal];
  return [segment, stage];
}

/** Every old URL's answers and where it forwards to. */
export function movedPaths(): { from: string[]; to: string[] }[] {
  return segments.ids.flatMap((segment) =>
    ages.ids.flatMap((age) => [
      { from: [segment, age], to: movedTo(segment, age) },
      ...oldGoals.map((goal) => ({ from: [segment, age, goal], to: movedTo(segment, age, goal) })),
    ]),
  );
}
