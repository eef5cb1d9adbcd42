import { describe, expect, it } from 'vitest';
import {
  evaluate,
  facetTable,
  facetValuesOf,
  isEmpty,
  listingDefaults,
  listings,
  matches,
  parseQuery,
  sameSelection,
  specOf,
  toListingQuery,
  toQuery,
  widerSelections,
  withDefaults,
  type FacetValues,
  type Selection,
} from '../../src/lib/discovery/facets';
import * as vocabulary from '../../src/lib/content/vocabulary';

const spec = specOf('opportunities');

const items: FacetValues[] = [
  { type: ['stage'], level: ['mbo'], age: ['18-25'], line: ['werken'] },
  { type: ['stage'], level: ['hbo', 'wo'], age: ['18-25'], line: ['werken', 'wonen'] },
  { type: ['baan'], level: ['hbo'], age: ['25-30', '30-35'], line: ['werken'] },
  { type: ['traineeship'], level: ['wo'], age: ['18-25', '25-30'], line: ['werken'] },
  { type: ['baan'], level: ['mbo'], age: ['30-35'], line: ['leven'] },
];

describe('the facet table', () => {
  it('gives every listing age, programme line and target group, read from the vocabulary', () => {
    for (const listing of listings) {
      const keys = facetTable[listing].map((f) => f.key);
      // Employers are not tagged by age, line or target group: they are filtered by what they are.
      expect(keys).toEqual(
        expect.arrayContaining(
          listing === 'employers' ? ['sector', 'size', 'language', 'place'] : ['age', 'line', 'segment'],
        ),
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(specOf('employers').size).toBe(vocabulary.employerSizes.ids);
    expect(specOf('employers').language).toBe(vocabulary.workingLanguages.ids);
    expect(specOf('opportunities').language).toBe(vocabulary.workingLanguages.ids);
    // Places come from the entries: the table has none of its own.
    expect(specOf('employers').place).toEqual([]);
    expect(specOf('stories').age).toBe(vocabulary.ages.ids);
    expect(specOf('stories').format).toBe(vocabulary.storyFormats.ids);
    expect(specOf('opportunities').type).toBe(vocabulary.opportunityTypes.ids);
    expect(specOf('opportunities').sector).toBe(vocabulary.sectors.ids);
    expect(specOf('opportunities').level).toBe(vocabulary.levels.ids);
    expect(specOf('events').type).toBe(vocabulary.eventTypes.ids);
    expect(specOf('events').when).toBe(vocabulary.eventTimes.ids);
  });

  it('reads the facet values of an entry from its fields, one id or a list', () => {
    const values = facetValuesOf(
      'events',
      {
        type: 'talenttop',
        ages: ['18-25'],
        lines: ['werken', 'wonen'],
        segments: ['hunkertukker'],
        moments: [],
      },
      { when: ['komend'] },
    );
    expect(values).toEqual({
      when: ['komend'],
      type: ['talenttop'],
      age: ['18-25'],
      line: ['werken', 'wonen'],
      segment: ['hunkertukker'],
      moment: [],
    });
  });
});

describe('URL queries', () => {
  it('round-trip a selection in a fixed order, whatever order the ids came in', () => {
    const selection = parseQuery(spec, 'line=werken&age=25-30,18-25&level=hbo');
    expect(selection).toEqual({ level: ['hbo'], age: ['18-25', '25-30'], line: ['werken'] });
    expect(toQuery(spec, selection)).toBe('level=hbo&age=18-25,25-30&line=werken');
    expect(parseQuery(spec, toQuery(spec, selection))).toEqual(selection);
  });

  it('accept repeated keys, as a plain HTML form sends them', () => {
    expect(parseQuery(spec, '?age=18-25&age=30-35')).toEqual({ age: ['18-25', '30-35'] });
  });

  it('ignore unknown keys, unknown ids, repeats and junk safely', () => {
    expect(parseQuery(spec, 'colour=red&age=99-100&age=18-25,18-25&line=&format=video&__proto__=x')).toEqual({
      age: ['18-25'],
    });
    expect(parseQuery(spec, 'age=toString&line=constructor')).toEqual({});
    expect(parseQuery(spec, '%%%&=&&age')).toEqual({});
  });

  it('give an empty query for an empty selection', () => {
    expect(toQuery(spec, {})).toBe('');
    expect(isEmpty({})).toBe(true);
    expect(isEmpty({ age: [] })).toBe(true);
    expect(isEmpty({ age: ['18-25'] })).toBe(false);
    expect(sameSelection(spec, { age: ['25-30', '18-25'] }, { age: ['18-25', '25-30'] })).toBe(true);
  });
});

describe('matching', () => {
  it('is OR within a facet and AND across facets', () => {
    const selection = { type: ['stage', 'traineeship'], age: ['18-25'] };
    expect(items.map((item) => matches(item, selection))).toEqual([true, true, false, true, false]);
    expect(evaluate(items, spec, selection).matches).toEqual([0, 1, 3]);
    expect(evaluate(items, spec, { age: ['30-35'], line: ['leven', 'werken'] }).matches).toEqual([2, 4]);
  });

  it('matches everything without a selection and nothing that lacks a selected facet', () => {
    expect(evaluate(items, spec, {}).matches).toEqual([0, 1, 2, 3, 4]);
    expect(matches({}, { age: ['18-25'] })).toBe(false);
  });

  it('counts per option what choosing it would leave, given the other facets', () => {
    const { counts } = evaluate(items, spec, { type: ['stage'], level: ['hbo'] });
    // Within the selected type facet: items at level hbo, per type.
    expect(counts.type).toMatchObject({ stage: 1, baan: 1, traineeship: 0, leerwerktraject: 0 });
    // Within the selected level facet: stages, per level.
    expect(counts.level).toEqual({ mbo: 1, hbo: 1, wo: 1 });
    // An unselected facet counts the current results (item 1 only).
    expect(counts.age).toEqual({ '4-18': 0, '18-25': 1, '25-30': 0, '30-35': 0 });
    expect(counts.line).toMatchObject({ werken: 1, wonen: 1, leven: 0 });
  });

  it('counts agree with filtering for every single option (brute force)', () => {
    const selection = { age: ['18-25', '30-35'], line: ['werken'] };
    const { counts } = evaluate(items, spec, selection);
    for (const [key, ids] of Object.entries(spec)) {
      for (const id of ids ?? []) {
        const alone = { ...selection, [key]: [id] };
        const expected = items.filter((item) => matches(item, alone)).length;
        expect(counts[key as keyof typeof counts]?.[id], `${key}=${id}`).toBe(expected);
      }
    }
  });
});

describe('the nearest wider selection', () => {
  it('suggests leaving out the facet that brings back the most, and only useful ones', () => {
    const selection = { type: ['traineeship'], level: ['mbo'], age: ['30-35'] };
    const evaluation = evaluate(items, spec, selection);
    expect(evaluation.matches).toEqual([]);
    const wider = widerSelections(selection, evaluation);
    // Without level: traineeship at 30-35: none. Without type: mbo at 30-35: item 4. Without age: none.
    expect(wider).toEqual([{ key: 'type', selection: { level: ['mbo'], age: ['30-35'] }, count: 1 }]);
  });

  it('counts what leaving out each facet would show', () => {
    const selection = { type: ['stage'], age: ['30-35'] };
    const { without } = evaluate(items, spec, selection);
    expect(without).toEqual({ type: 2, age: 2 });
  });
});

describe('listing defaults (the agenda shows what is still to come)', () => {
  const events = specOf('events');
  const defaults = listingDefaults.events;

  it('fills in a default only for a facet the selection leaves out', () => {
    expect(withDefaults(defaults, {})).toEqual({ when: ['komend'] });
    expect(withDefaults(defaults, { type: ['workshop'] })).toEqual({ type: ['workshop'], when: ['komend'] });
    expect(withDefaults(defaults, { when: ['geweest'] })).toEqual({ when: ['geweest'] });
    expect(withDefaults(listingDefaults.stories, { age: ['18-25'] })).toEqual({ age: ['18-25'] });
  });

  it('writes a URL that reads back as the same view', () => {
    const agenda: FacetValues[] = [
      { when: ['komend'], type: ['workshop'] },
      { when: ['komend'], type: ['festival'] },
      { when: ['geweest'], type: ['workshop'] },
    ];
    const shown = (selection: Selection) => evaluate(agenda, events, selection).matches;
    const cases: Selection[] = [{}, { when: ['komend'] }, { when: ['geweest'] }, { type: ['workshop'] }];
    for (const selection of cases) {
      const query = toListingQuery(events, defaults, selection);
      expect(shown(withDefaults(defaults, parseQuery(events, query))), query).toEqual(shown(selection));
    }
    expect(toListingQuery(events, defaults, { when: ['komend'] })).toBe('');
    expect(toListingQuery(events, defaults, { when: ['komend'], type: ['workshop'] })).toBe('type=workshop');
    expect(toListingQuery(events, defaults, { type: ['workshop'] })).toBe(
      'when=komend,geweest&type=workshop',
    );
    expect(toListingQuery(events, defaults, { when: ['geweest'] })).toBe('when=geweest');
  });
});
