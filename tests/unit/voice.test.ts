// The site speaks to visitors; the plan's memo phrases stay in "Over het programma".
import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/lib/content/validation';
import { memoPhrase, memoPhrases, voiceProblems } from '../../src/lib/content/voice';

describe('memo phrases', () => {
  it.each([
    ['Hoe kunnen we deze studenten verleiden?', 'Hoe kunnen we'],
    ['De gemeente wil hen verleiden terug te komen.', 'verleiden'],
    ['Doel: Aantrekken', 'Doel:'],
    ['Our question: can we keep them?', 'Our question'],
    ['Can we tempt this group to stay?', 'tempt'],
  ])('finds the phrase in "%s"', (text, phrase) => {
    expect(memoPhrase(text)).toBe(phrase);
  });

  it.each(['Je doel is een baan.', 'An attempt to build a temple.', 'Kom je terug naar huis?'])(
    'leaves "%s" alone',
    (text) => {
      expect(memoPhrase(text)).toBeUndefined();
    },
  );

  it('lists the five phrases of the plan', () => {
    expect(memoPhrases.map(({ phrase }) => phrase)).toEqual([
      'Hoe kunnen we',
      'verleiden',
      'Doel:',
      'Our question',
      'tempt',
    ]);
  });
});

describe('voiceProblems', () => {
  it('names the field and the body line that use a memo phrase', () => {
    const raw = '---\ntitle: x\n---\nEerste regel.\nWe willen je verleiden.\n';
    const problems = voiceProblems(
      'stories',
      { title: 'Hoe kunnen we helpen', person: { role: 'Doel: groei' } },
      raw,
    );
    expect(problems.map(({ field }) => field)).toEqual(['title', 'person.role', 'body (line 5)']);
    expect(problems[0]?.message).toContain('"Hoe kunnen we"');
  });

  it("lets a target group's plan fields, the programme and its lines say what the plan says", () => {
    const plan = {
      aim: 'Doel: behouden',
      subgroups: [{ question: 'Hoe kunnen we hen verleiden?' }],
      planText: ['verleiden'],
    };
    expect(voiceProblems('profiles', plan)).toEqual([]);
    expect(
      voiceProblems('profiles', { ...plan, summary: 'We verleiden je.' }).map(({ field }) => field),
    ).toEqual(['summary']);
    expect(voiceProblems('programme', { vision: 'Hoe kunnen we talent verleiden?' })).toEqual([]);
    expect(voiceProblems('lines', { ambition: 'tempt' })).toEqual([]);
  });

  it('makes the build refuse a story that talks about its readers, naming file and field', () => {
    const result = validateEntry('stories', 'content/stories/nl/x.md', {
      summary: 'De gemeente wil hen verleiden.',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('content/stories/nl/x.md');
    expect(!result.ok && result.message).toMatch(/\(summary\): bevat "verleiden"/);
  });
});
