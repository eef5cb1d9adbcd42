// The built site has every route of both languages, shows the published content and nothing
// the publishing rules hold back, and links each page to its translation.
import { describe, expect, it } from 'vitest';
import { listingPath, path, type Section } from '../../src/lib/routing/routes';
import { lines, locales, segments } from '../../src/lib/content/vocabulary';
import { allEntries, published } from '../support/content';
import { attributes, exists, html, htmlPages, sitePages } from '../support/dist';

const sectionOf = { stories: 'stories', events: 'events', opportunities: 'opportunities' } as const;

describe.each(locales)('routes in %s', (locale) => {
  it('has every fixed page', () => {
    const fixed: Section[] = ['home', 'stories', 'events', 'opportunities', 'programme', 'accessibility', 'privacy', 'search', 'forYou'];
    for (const section of fixed) expect(exists(path(locale, section)), path(locale, section)).toBe(true);
    for (const id of segments.ids) expect(exists(path(locale, 'profiles', id))).toBe(true);
    for (const id of lines.ids) expect(exists(path(locale, 'programme', id))).toBe(true);
  });

  it.each(Object.keys(sectionOf) as (keyof typeof sectionOf)[])('has a page for every published %s and none for held-back ones', (collection) => {
    const shown = published(collection, locale);
    expect(shown.length).toBeGreaterThan(0);
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

  it('shows real entries on the home page', () => {
    const links = attributes(html(path(locale, 'home')), 'a', 'href');
    const prefixes = [path(locale, 'stories'), path(locale, 'events'), path(locale, 'opportunities')];
    for (const prefix of prefixes) expect(links.some((href) => href.startsWith(prefix) && href !== prefix), prefix).toBe(true);
  });

  it('links each story to its programme lines and target groups', () => {
    for (const entry of published('stories', locale)) {
      const links = attributes(html(path(locale, 'stories', entry.slug)), 'a', 'href');
      for (const line of entry.data.lines as string[]) expect(links).toContain(path(locale, 'programme', line));
      for (const segment of entry.data.segments as string[]) expect(links).toContain(path(locale, 'profiles', segment));
    }
  });
});

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

  it('switches language to the same page, not the home page, when a translation exists', () => {
    const story = published('stories', 'nl').find((entry) => published('stories', 'en').some((en) => en.slug === entry.slug));
    expect(story).toBeDefined();
    const links = attributes(html(path('nl', 'stories', story?.slug)), 'a', 'href');
    expect(links).toContain(path('en', 'stories', story?.slug));
  });
});
