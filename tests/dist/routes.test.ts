// The built site has every route of both languages, shows the published content and nothing
// the publishing rules hold back, and links each page to its translation.
import { describe, expect, it } from 'vitest';
import { listingPath, path, type Section } from '../../src/lib/routing/routes';
import { lines, locales, segments } from '../../src/lib/content/vocabulary';
import { useTranslations } from '../../src/i18n';
import { openOpportunities, upcomingEvents, type Timed as When } from '../../src/lib/schedule';
import { allEntries, published, type Entry } from '../support/content';
import { attributes, builtAt, exists, html, htmlPages, sitePages } from '../support/dist';

const sectionOf = { stories: 'stories', events: 'events', opportunities: 'opportunities' } as const;
const SITE = 'https://talent.hengelo.nl';
const now = builtAt();
type Timed = Entry & { data: Entry['data'] & When };
type Dated = Entry & { data: Entry['data'] & { deadline: Date } };

describe.each(locales)('routes in %s', (locale) => {
  it('has every fixed page', () => {
    const fixed: Section[] = ['home', 'stories', 'events', 'opportunities', 'programme', 'accessibility', 'privacy', 'search', 'forYou'];
    for (const section of fixed) expect(exists(path(locale, section)), path(locale, section)).toBe(true);
    for (const id of segments.ids) expect(exists(path(locale, 'profiles', id))).toBe(true);
    for (const id of lines.ids) expect(exists(path(locale, 'programme', id))).toBe(true);
  });

  it.each(Object.keys(sectionOf) as (keyof typeof sectionOf)[])('has a page for every published %s and none for held-back ones', (collection) => {
    const shown = published(collection, locale);
    for (const entry of shown) expect(exists(path(locale, sectionOf[collection], entry.slug)), entry.file).toBe(true);
    const held = allEntries(collection).filter(
      (entry) => entry.locale === locale && !shown.some((other) => other.file === entry.file),
    );
    for (const entry of held) {
      expect(exists(path(locale, sectionOf[collection], entry.slug)), `${entry.file} is held back`).toBe(false);
    }
  });

  it('lists every published story on the pages of the stories listing', () => {
    const links: string[] = [];
    for (let page = 1; exists(listingPath(locale, 'stories', undefined, page)); page += 1) {
      links.push(...attributes(html(listingPath(locale, 'stories', undefined, page)), 'a', 'href'));
    }
    for (const entry of published('stories', locale)) expect(links).toContain(path(locale, 'stories', entry.slug));
  });

  it('shows on the home page what there is, and says what to do instead where nothing is', () => {
    const source = html(path(locale, 'home'));
    const links = attributes(source, 'a', 'href');
    const t = useTranslations(locale);
    const stories = published('stories', locale);
    const upcoming = upcomingEvents(published('events', locale) as Timed[], now);
    const open = openOpportunities(published('opportunities', locale) as Dated[], now);
    // Stories: the video of the month and the featured ones; none at all leaves no empty section.
    expect(links.some((href) => stories.some((story) => href === path(locale, 'stories', story.slug)))).toBe(
      stories.length > 0,
    );
    // Events: the soonest, or "nothing planned" with what to do instead.
    if (upcoming[0]) expect(links).toContain(path(locale, 'events', upcoming[0].slug));
    expect(source.includes('data-none-planned'), 'the "nothing planned" text').toBe(upcoming.length === 0);
    // Opportunities: the nearest deadline, or "nothing open" with what to do instead (kept, hidden, for
    // the deadline script while something is open).
    if (open[0]) expect(links).toContain(path(locale, 'opportunities', open[0].slug));
    const none = /<div[^>]*data-none-open[^>]*>/.exec(source)?.[0] ?? '';
    expect(none, 'the "nothing open" text').not.toBe('');
    expect(none.includes(' hidden'), 'hidden while something is open').toBe(open.length > 0);
    expect(source).toContain(t.careers.noneOpen);
  });

  it('links each story to its programme lines and target groups', () => {
    for (const entry of published('stories', locale)) {
      const links = attributes(html(path(locale, 'stories', entry.slug)), 'a', 'href');
      for (const line of entry.data.lines as string[]) expect(links).toContain(path(locale, 'programme', line));
      for (const segment of entry.data.segments as string[]) expect(links).toContain(path(locale, 'profiles', segment));
    }
  });
});

/** The hreflang alternates of a page other than x-default, sorted by address. */
function hreflangs(source: string): { lang: string; href: string }[] {
  return [...source.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .map((m) => ({ lang: m[1] ?? '', href: m[2] ?? '' }))
    .filter((alternate) => alternate.lang !== 'x-default')
    .sort((a, b) => a.href.localeCompare(b.href));
}

describe('every page', () => {
  const pages = htmlPages();

  it('declares the language of its URL', () => {
    for (const page of pages.filter((p) => p !== '/404/')) {
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html(page))?.[1];
      expect(lang, page).toBe(page.startsWith('/en/') ? 'en' : 'nl');
    }
  });

  it('points its hreflang alternates and language switch at pages that exist', () => {
    // The CMS (appPages) has no language switch.
    for (const page of sitePages()) {
      const source = html(page);
      const alternates = [...source.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => new URL(m[1] ?? '').pathname);
      for (const alternate of alternates) expect(exists(alternate), `${page} -> ${alternate}`).toBe(true);
      const switchTo = [...source.matchAll(/<a[^>]*hreflang="(nl|en)"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*hreflang="(nl|en)"/g)];
      expect(switchTo.length, `${page} has a language switch`).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(sectionOf) as (keyof typeof sectionOf)[])(
    'switches each %s to its translation, or, written in one language only, to the other language’s section with a note',
    (collection) => {
      for (const locale of locales) {
        const other = locale === 'nl' ? 'en' : 'nl';
        const there = new Set(published(collection, other).map((entry) => entry.slug));
        for (const entry of published(collection, locale)) {
          const source = html(path(locale, sectionOf[collection], entry.slug));
          const translated = there.has(entry.slug);
          const own = path(other, sectionOf[collection], entry.slug);
          const switchTo = /<a [^>]*hreflang="(?:nl|en)"[^>]*>/.exec(source)?.[0] ?? '';
          expect(attributes(switchTo, 'a', 'href'), entry.file).toEqual([
            translated ? own : path(other, sectionOf[collection]),
          ]);
          expect(switchTo.includes('data-untranslated'), entry.file).toBe(!translated);
          expect(source.includes('data-untranslated-note'), entry.file).toBe(!translated);
          // hreflang names only the pages that exist.
          expect(hreflangs(source).map((alternate) => alternate.href), entry.file).toEqual(
            [path(locale, sectionOf[collection], entry.slug), ...(translated ? [own] : [])]
              .sort()
              .map((href) => `${SITE}${href}`),
          );
        }
      }
    },
  );
});
