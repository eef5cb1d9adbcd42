import { describe, expect, it } from 'vitest';
import { specOf, type FacetValues } from '../../src/lib/discovery/facets';
import {
  allAnswers,
  answerIds,
  closest,
  goalFacets,
  questions,
  selectionFor,
} from '../../src/lib/discovery/pathfinder';
import { goals, segments } from '../../src/lib/content/vocabulary';

describe('the path finder', () => {
  it('asks where you live, your age and what you look for, answered from the vocabulary', () => {
    expect(questions).toEqual(['segment', 'age', 'goal']);
    expect(answerIds.segment).toBe(segments.ids);
    expect(answerIds.goal).toBe(goals.ids);
    expect(allAnswers()).toHaveLength(3 * 4 * 4);
  });

  it('turns every goal into facets every listing has', () => {
    for (const goal of goals.ids) {
      const selection = goalFacets[goal];
      expect(Object.keys(selection).length).toBeGreaterThan(0);
      for (const listing of ['stories', 'events', 'opportunities'] as const) {
        const spec = specOf(listing);
        for (const [key, ids] of Object.entries(selection)) {
          for (const id of ids ?? []) expect(spec[key as keyof typeof spec]).toContain(id);
        }
      }
    }
  });

  it('selects by target group, age and goal, and only upcoming events', () => {
    const answers = { segment: 'hunkertukker', age: '18-25', goal: 'werken' } as const;
    expect(selectionFor('stories', answers)).toEqual({
      segment: ['hunkertukker'],
      age: ['18-25'],
      line: ['werken'],
    });
    expect(selectionFor('events', answers)).toMatchObject({ when: ['komend'] });
  });
});

describe('the closest fit', () => {
  const spec = specOf('events');
  const items: FacetValues[] = [
    { when: ['komend'], segment: ['hunkertukker'], age: ['25-30'], line: ['werken'] },
    { when: ['komend'], segment: ['nieuw-talent'], age: ['18-25'], line: ['werken'] },
    { when: ['komend'], segment: ['nieuw-talent'], age: ['25-30'], line: ['werken'] },
    { when: ['geweest'], segment: ['hunkertukker'], age: ['18-25'], line: ['werken'] },
    { when: ['komend'], segment: ['nieuw-talent'], age: ['18-25'], line: ['werken'] },
  ];
  const wanted = { when: ['komend'], segment: ['hunkertukker'], age: ['18-25'], line: ['werken'] };

  it('is the exact match when there is one', () => {
    const found = closest(items, spec, { ...wanted, when: ['geweest'] });
    expect(found).toEqual({ selection: { ...wanted, when: ['geweest'] }, matches: [3], dropped: [] });
  });

  it('leaves out age or target group, whichever brings back more, never the goal or "upcoming"', () => {
    const found = closest(items, spec, wanted);
    expect(found.dropped).toEqual(['segment']);
    expect(found.matches).toEqual([1, 4]);
    expect(found.selection).toEqual({ when: ['komend'], age: ['18-25'], line: ['werken'] });
  });

  it('leaves out both when one is not enough, and finds nothing when the goal does not fit', () => {
    const both = closest(items, spec, { ...wanted, segment: ['aanwezig-talent'], age: ['4-18'] });
    expect(both.dropped).toEqual(['age', 'segment']);
    expect(both.matches).toEqual([0, 1, 2, 4]);
    expect(closest(items, spec, { ...wanted, line: ['wonen'] }).matches).toEqual([]);
  });
});
