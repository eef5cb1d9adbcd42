// What search knows beyond a page's text: the vocabulary's search words, how a query names a kind
// of entry, the order of results (named kind first, ended events last) and excerpts that never
// show the hidden words.
import { describe, expect, it } from 'vitest';
import { excerptWithoutWords } from '../../src/lib/discovery/search-excerpt';
import { grouped, kindsNamed, normalWords } from '../../src/lib/discovery/search-order';
import { searchKinds } from '../../src/lib/discovery/search-record';
import { hasEnded } from '../../src/lib/schedule';
import { eventTypes, locales, opportunityTypes, storyFormats } from '../../src/lib/content/vocabulary';

describe('search words in the vocabulary', () => {
  it('name every opportunity type by both labels and the words people type, in both languages', () => {
    for (const locale of locales) {
      for (const id of opportunityTypes.ids) {
        const words = opportunityTypes.searchWords(id, locale).map((word) => word.toLowerCase());
        expect(words).toContain(opportunityTypes.label(id, 'nl').toLowerCase());
        expect(words).toContain(opportunityTypes.label(id, 'en').toLowerCase());
        expect(new Set(words).size).toBe(words.length);
      }
    }
    const nl = (id: (typeof opportunityTypes.ids)[number]) => opportunityTypes.searchWords(id, 'nl');
    expect(nl('afstudeeropdracht')).toContain('afstuderen');
    expect(nl('stage')).toContain('Internship');
    expect(nl('baan')).toEqual(expect.arrayContaining(['Job', 'vacature']));
    expect(nl('leerwerktraject')).toContain('werkstudent');
    expect(opportunityTypes.searchWords('baan', 'en')).toContain('vacature');
    expect(opportunityTypes.searchWords('stage', 'en')).toContain('Stage');
  });

  it('give the search page every kind of entry with its words', () => {
    const kinds = searchKinds('nl');
    for (const vocabulary of [opportunityTypes, eventTypes, storyFormats]) {
      for (const id of vocabulary.ids) expect(kinds[id]?.length).toBeGreaterThan(0);
    }
    // The ids of the three vocabularies do not collide: one `kind` filter holds them all.
    const ids = [...opportunityTypes.ids, ...eventTypes.ids, ...storyFormats.ids];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('kindsNamed', () => {
  const kinds = searchKinds('nl');

  it('finds the kind a query names, by a whole word or a run of words in it', () => {
    expect(kindsNamed('afstuderen', kinds)).toEqual(['afstudeeropdracht']);
    expect(kindsNamed('Internship', kinds)).toEqual(['stage']);
    expect(kindsNamed('vacature', kinds)).toEqual(['baan']);
    expect(kindsNamed('job in Hengelo', kinds)).toEqual(['baan']);
    expect(kindsNamed('stages', kinds)).toEqual(['stage']);
    expect(kindsNamed('werkend leren', kinds)).toEqual(['leerwerktraject']);
  });

  it('names nothing for words that only start the same, or for other words', () => {
    expect(kindsNamed('stagebegeleider', kinds)).toEqual([]);
    expect(kindsNamed('wonen', kinds)).toEqual([]);
    expect(kindsNamed('leren', kinds)).toEqual([]);
    expect(kindsNamed('', kinds)).toEqual([]);
  });

  it('compares without case or punctuation', () => {
    expect(normalWords('  Work-Study!  ')).toBe('work study');
    expect(kindsNamed('WORK-STUDY', searchKinds('en'))).toEqual(['leerwerktraject']);
  });
});

describe('grouped', () => {
  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

  it('puts the named kind first and what has ended last, keeping the order within each group', () => {
    expect(ids(grouped(results, new Set(['d', 'b']), new Set(['a', 'b'])))).toEqual([
      'd',
      'c',
      'e',
      'b',
      'a',
    ]);
    expect(ids(grouped(results, new Set(), new Set()))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('hasEnded', () => {
  it('is true once the end has passed, not before', () => {
    const end = new Date('2026-06-12T17:00:00Z');
    expect(hasEnded(end, new Date('2026-06-12T16:59:59Z'))).toBe(false);
    expect(hasEnded(end, new Date('2026-06-12T17:00:01Z'))).toBe(true);
  });
});

describe('excerptWithoutWords', () => {
  const words = 'Stage Internship stageplaats';
  const text = 'Stage. Stage bij de gemeente. Je werkt mee aan nieuwe woningen rond het station. Deel dit';
  const raw = `${text} ${words}`;
  const at = (word: string) => raw.split(' ').indexOf(word);
  const located = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));

  it('says so when the page matched by its hidden words alone', () => {
    const source = {
      raw_content: raw,
      weighted_locations: located(raw.split(' ').lastIndexOf('Internship')),
    };
    expect(excerptWithoutWords(source, words, 6, 'pagefind')).toBeUndefined();
  });

  it('builds the excerpt from the matches in the page text, never from the words', () => {
    const source = {
      raw_content: raw,
      weighted_locations: [
        ...located(at('woningen')),
        { location: raw.split(' ').length - 1, balanced_score: 99 },
      ],
    };
    const excerpt = excerptWithoutWords(source, words, 5, 'pagefind');
    expect(excerpt).toContain('<mark>woningen</mark>');
    expect(excerpt).not.toContain('stageplaats');
    expect(excerpt?.startsWith('… ')).toBe(true);
    expect(excerpt?.endsWith(' …')).toBe(true);
  });

  it("keeps Pagefind's excerpt when the text does not end with the words", () => {
    const source = { raw_content: text, weighted_locations: located(at('woningen')) };
    expect(excerptWithoutWords(source, words, 5, 'pagefind')).toBe('pagefind');
  });
});
