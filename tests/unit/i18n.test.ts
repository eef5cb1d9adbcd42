import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';

/** Every key path of a dictionary, e.g. "nav.stories". */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('dictionaries', () => {
  it('have the same keys in Dutch and English (the type system checks this too)', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
  it('have no empty strings', () => {
    for (const dictionary of [nl, en]) {
      for (const key of keys(dictionary)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });
  it('count results in each language', () => {
    expect(nl.listing.count(1)).toBe('1 resultaat');
    expect(en.listing.count(3)).toBe('3 results');
  });
});
