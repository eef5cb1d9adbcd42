// Size budgets on the built output: a page's HTML fits the first round trip (14 KB gzip), its
// render-blocking CSS stays under 10 KB gzip, and JavaScript goes only where there is
// interaction: the listings' filter (at most 5 KB gzip with everything it imports) and the search
// page (Pagefind itself is imported only when someone searches, so it does not count here).
// Pages that show opportunities carry the deadline script (under 1 KB), listings the "new since
// your last visit" marker (under 1 KB, on top of the filter's 5 KB), detail pages the share
// button and video player. Every other page ships no script at all.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listings } from '../../src/lib/discovery/facets';
import { pageCount } from '../../src/lib/discovery/listing';
import { listingPath, path } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/content/vocabulary';
import { appPages, attributes, DIST, filesEndingIn, html, htmlPages } from '../support/dist';
import { matching, options } from '../support/listings';

const KB = 1024;
const gzipSize = (source: string | Buffer) => gzipSync(source, { level: 9 }).length;

/** Every page of every listing view (whole listing and single-facet pages, all page numbers). */
function listingPages(): string[] {
  return locales.flatMap((locale) =>
    listings.flatMap((listing) => {
      const views = [
        { option: undefined, total: matching(listing, locale, {}).length },
        ...options(listing, locale).map((option) => ({
          option,
          total: matching(listing, locale, { [option.key]: [option.id] }).length,
        })),
      ];
      return views.flatMap(({ option, total }) =>
        Array.from({ length: pageCount(total) }, (_, i) => listingPath(locale, listing, option, i + 1)),
      );
    }),
  );
}

/**
 * Pages that show opportunities load the deadline script (src/scripts/deadlines.ts), which hides
 * what closes after the build. Read from the build: every page with a card or page that carries a
 * deadline (`data-deadline`).
 */
const showsOpportunities = new Set(htmlPages().filter((page) => /\sdata-deadline="/.test(html(page))));

/** Pages with no interaction at all: they must ship no script (whatever the content). */
const STATIC_PAGES = locales.flatMap((locale) => [
  path(locale, 'programme'),
  path(locale, 'accessibility'),
  path(locale, 'privacy'),
]);

/** Detail pages: the "copy link" share button and, on video interviews, the click-to-load player. */
const DETAIL = /^\/(?:en\/)?(?:verhalen|stories|agenda|events|kansen|opportunities)\/[^/]+\/$/;

const searchPages = locales.map((locale) => path(locale, 'search'));
/** Pages with interaction, and the JavaScript each may load (gzip, with static imports). */
const interactive = new Map<string, number>([
  ...[...showsOpportunities].map((page) => [page, 5 * KB] as const),
  ...htmlPages()
    .filter((page) => DETAIL.test(page))
    .map((page) => [page, 5 * KB] as const),
  // The filter (5 KB with the deadline script) and the marker (1 KB, checked on its own below).
  ...listingPages().map((page) => [page, 6 * KB] as const),
  ...searchPages.map((page) => [page, 8 * KB] as const),
]);

/** A module and everything it imports statically, as files in dist/_astro. */
function moduleClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    moduleClosure(join(dirname(file), match[1] ?? ''), seen);
  }
  return seen;
}

/** The scripts of a page: inline module sources and external files (with their imports). */
function scriptsOf(page: string) {
  const source = html(page);
  const inline: string[] = [];
  const files = new Set<string>();
  for (const match of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    if (/type="application\/ld\+json"/.test(attrs)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) for (const file of moduleClosure(join(DIST, src))) files.add(file);
    else inline.push(match[2] ?? '');
  }
  const bytes = inline.reduce((sum, code) => sum + gzipSize(code), 0) +
    [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
  return { inline, files: [...files], bytes };
}

describe('size budgets', () => {
  const pages = htmlPages();

  it.each(pages)('%s: HTML <= 14 KB gzip', (page) => {
    const size = gzipSize(html(page));
    expect(size, `${page} HTML is ${(size / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(14 * KB);
  });

  it.each(pages)('%s: render-blocking CSS <= 10 KB gzip', (page) => {
    const source = html(page);
    const sheets = [...source.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
    const external = sheets.reduce((sum, href) => sum + gzipSize(readFileSync(join(DIST, href))), 0);
    const inline = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + gzipSize(m[1] ?? ''), 0);
    expect(external + inline, `${page} CSS is ${((external + inline) / KB).toFixed(1)} KB gzip (${sheets.join(', ')})`).toBeLessThanOrEqual(10 * KB);
  });

  it('knows every interactive page, and each exists', () => {
    for (const page of interactive.keys()) expect(pages, page).toContain(page);
  });

  it.each([...showsOpportunities])('%s: carries the deadline script once, under 1 KB gzip', (page) => {
    const source = html(page);
    const tags = [...source.matchAll(/<script\b[^>]*\ssrc="(\/_astro\/DeadlineWatch[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(tags, `${page} deadline script tags`).toHaveLength(1);
    const closure = [...moduleClosure(join(DIST, tags[0] ?? ''))];
    const bytes = closure.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
    expect(bytes, `${page} deadline script is ${bytes} B gzip`).toBeLessThanOrEqual(1 * KB);
  });

  it.each(listingPages())('%s: carries the "new since your last visit" marker once, under 1 KB gzip', (page) => {
    const tags = [...html(page).matchAll(/<script\b[^>]*\ssrc="(\/_astro\/NewMarker[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(tags, `${page} marker script tags`).toHaveLength(1);
    const bytes = gzipSize(readFileSync(join(DIST, tags[0] ?? '')));
    expect(bytes, `${page} marker script is ${bytes} B gzip`).toBeLessThanOrEqual(1 * KB);
  });

  it.each(pages.filter((page) => interactive.has(page) && !appPages.has(page)))(
    '%s: JavaScript within its budget',
    (page) => {
      const { bytes } = scriptsOf(page);
      const budget = interactive.get(page) ?? 0;
      expect(bytes, `${page} JavaScript is ${(bytes / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(budget);
    },
  );

  it.each(pages.filter((page) => !interactive.has(page) && !appPages.has(page)))('%s: no JavaScript at all', (page) => {
    const { inline, files, bytes } = scriptsOf(page);
    expect(files, `${page} loads a script file`).toEqual([]);
    expect(inline, `${page} has an inline script`).toEqual([]);
    expect(bytes).toBe(0);
    expect(attributes(html(page), 'link', 'rel').filter((rel) => rel === 'modulepreload')).toEqual([]);
  });

  it.each(STATIC_PAGES)('%s: a static page, 0 bytes of JavaScript', (page) => {
    expect(pages, page).toContain(page);
    expect(interactive.has(page), `${page} counted as interactive`).toBe(false);
    expect(scriptsOf(page).bytes).toBe(0);
  });
});

describe('the typeface', () => {
  /** Site paths of the font files (/_astro/fonts/...). */
  const fonts = filesEndingIn('.woff2').filter((file) => file.startsWith('/_astro/fonts/'));

  it('is self-hosted in at most two weights of at most 60 KB each', () => {
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(2);
    for (const file of fonts) expect(statSync(join(DIST, file)).size, file).toBeLessThanOrEqual(60 * KB);
  });

  it.each(htmlPages().filter((page) => !appPages.has(page)))('%s: preloads the font files it uses', (page) => {
    const preloads = [...html(page).matchAll(/<link rel="preload" href="([^"]+)" as="font"[^>]*crossorigin/g)].map(
      (match) => match[1] ?? '',
    );
    expect(preloads.sort()).toEqual([...fonts].sort());
  });
});
