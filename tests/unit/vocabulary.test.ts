import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/lib/content/vocabulary';

describe('vocabulary', () => {
  it('has the ids the plan, the URLs and the search filters use', () => {
    expect(vocabulary.lines.ids).toEqual(['wonen', 'werken', 'leven', 'imago']);
    expect(vocabulary.segments.ids).toEqual(['aanwezig-talent', 'hunkertukker', 'nieuw-talent']);
    expect(vocabulary.ages.ids).toEqual(['4-18', '18-25', '25-30', '30-35']);
    expect(vocabulary.moments.ids).toEqual(['studie', 'baan', 'settle']);
    expect(vocabulary.levels.ids).toEqual(['mbo', 'hbo', 'wo']);
    expect(vocabulary.storyFormats.ids).toEqual(['artikel', 'video', 'terugkeer']);
    expect(vocabulary.opportunityTypes.ids).toEqual([
      'stage',
      'afstudeeropdracht',
      'traineeship',
      'baan',
      'leerwerktraject',
    ]);
    expect(vocabulary.sectors.ids).toEqual(
      expect.arrayContaining(['techniek', 'zorg', 'ict', 'onderwijs', 'overig']),
    );
  });

  it('labels every term in every language, and ids are URL-safe', () => {
    for (const candidate of Object.values(vocabulary)) {
      if (typeof candidate !== 'object' || !('terms' in candidate)) continue;
      const value = candidate as unknown as vocabulary.Vocabulary;
      for (const id of value.ids) {
        expect(id).toMatch(/^[a-z0-9-]+$/);
        for (const locale of vocabulary.locales) expect(value.label(id, locale).length).toBeGreaterThan(0);
      }
    }
  });

  it('checks membership', () => {
    expect(vocabulary.lines.has('werken')).toBe(true);
    expect(vocabulary.lines.has('toString')).toBe(false);
  });
});
