// Entries are paired with their translation by file name; one without is fine, and the build says
// which (information, not an error). The language switch of such a page leads to the other
// language's section.
import { describe, expect, it } from 'vitest';
import { untranslated, untranslatedSummary } from '../../src/lib/content/translations';
import { languageSwitchTarget } from '../../src/lib/routing/routes';

const entries = [
  { id: 'nl/roel', lang: 'nl' as const, file: 'content/stories/nl/roel.mdx' },
  { id: 'en/roel', lang: 'en' as const, file: 'content/stories/en/roel.mdx' },
  { id: 'nl/sem', lang: 'nl' as const, file: 'content/stories/nl/sem.mdx' },
  { id: 'en/only-english', lang: 'en' as const, file: 'content/stories/en/only-english.mdx' },
];

describe('untranslated', () => {
  it('pairs by file name and names what each unpaired entry lacks', () => {
    expect(untranslated(entries).map(({ entry, missing }) => [entry.id, missing])).toEqual([
      ['nl/sem', 'en'],
      ['en/only-english', 'nl'],
    ]);
  });

  it('is empty when every entry has both languages', () => {
    expect(untranslated(entries.slice(0, 2))).toEqual([]);
    expect(untranslatedSummary('stories', entries.slice(0, 2))).toBeUndefined();
  });

  it('is reported by the build in Dutch, naming each file', () => {
    expect(untranslatedSummary('stories', entries)).toBe(
      [
        "stories: 2 items staan in één taal (dat mag: de andere taal laat ze weg uit pagina's, overzichten, feeds en zoeken):",
        '  - content/stories/nl/sem.mdx: alleen in het Nederlands: geen gepubliceerde Engelse versie met dezelfde bestandsnaam',
        '  - content/stories/en/only-english.mdx: alleen in het Engels: geen gepubliceerde Nederlandse versie met dezelfde bestandsnaam',
      ].join('\n'),
    );
  });
});

describe('languageSwitchTarget', () => {
  it('leads to the translation when there is one', () => {
    expect(languageSwitchTarget({ nl: '/verhalen/roel/', en: '/en/stories/roel/' }, 'en', 'stories')).toEqual(
      {
        href: '/en/stories/roel/',
        translated: true,
      },
    );
  });

  it('leads to the other language’s section when there is none', () => {
    expect(languageSwitchTarget({ nl: '/verhalen/sem/' }, 'en', 'stories')).toEqual({
      href: '/en/stories/',
      translated: false,
      fallback: 'stories',
    });
    expect(languageSwitchTarget({ en: '/en/events/x/' }, 'nl', 'events')).toMatchObject({ href: '/agenda/' });
    expect(languageSwitchTarget({ en: '/en/opportunities/x/' }, 'nl', 'opportunities')).toMatchObject({
      href: '/kansen/',
    });
  });

  it('leads to the home page for a page outside those sections', () => {
    expect(languageSwitchTarget({ nl: '/programma/' }, 'en', 'programme')).toEqual({
      href: '/en/',
      translated: false,
      fallback: 'home',
    });
    expect(languageSwitchTarget({ nl: '/' }, 'en')).toMatchObject({ href: '/en/' });
  });
});
