import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { fill, keepRangesTogether, plural } from '../../src/lib/site/templates';

describe('text templates', () => {
  it('fill in named placeholders and leave unknown ones alone', () => {
    expect(fill('{n} resultaten voor “{q}”', { n: 3, q: 'stage' })).toBe('3 resultaten voor “stage”');
    expect(fill('{n} en {x}', { n: 1 })).toBe('1 en {x}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });

  it('say the same as the server-side count in both languages', () => {
    for (const t of [nl, en]) {
      for (const n of [0, 1, 2, 12, 10000]) {
        expect(plural(n, t.filter.resultOne, t.filter.resultMany)).toBe(t.listing.count(n));
      }
    }
  });

  it('keep number ranges on one line with invisible word joiners, and leave other hyphens alone', () => {
    expect(keepRangesTogether('student, 18-25, wil terug')).toBe('student, 18\u2060-\u206025, wil terug');
    expect(keepRangesTogether('4-18 en 30-35')).toBe('4\u2060-\u206018 en 30\u2060-\u206035');
    expect(keepRangesTogether('video-interview, mbo-4')).toBe('video-interview, mbo-4');
  });
});
