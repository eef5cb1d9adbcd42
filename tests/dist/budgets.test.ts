// Size budgets on the built output: a page's HTML fits the first round trip (14 KB gzip), its
// render-blocking CSS stays under 10 KB gzip, and pages without interaction ship no JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openOpportunities, similarOpen } from '../../src/lib/opportunities';
import { path } from '../../src/lib/routes';
import { lines, locales, segments } from '../../src/lib/vocabulary';
import { published } from '../support/content';
import { appPages, attributes, builtAt, DIST, html, htmlPages } from '../support/dist';

const KB = 1024;
const gzipSize = (source: string | Buffer) => gzipSync(source, { level: 9 }).length;

/**
 * Pages that have interaction and may load a script: the pages that show opportunities load the
 * deadline script (src/scripts/deadlines.ts), which hides what closes after the build. Computed
 * from the content at the moment of the build: listings, home pages, programme-line and
 * target-group pages with open opportunities, open opportunity pages, and closed ones that
 * suggest open ones.
 */
function pagesShowingOpportunities(): Set<string> {
  const now = builtAt();
  const pages = new Set<string>();
  for (const locale of locales) {
    const all = published('opportunities', locale, now).map((entry) => ({
      ...entry,
      id: entry.slug,
      data: entry.data as typeof entry.data & { deadline: Date; sector: string; type: string; lines: string[]; segments: string[] },
    }));
    const open = openOpportunities(all, now);
    if (open.length === 0) continue;
    pages.add(path(locale, 'home'));
    pages.add(path(locale, 'opportunities'));
    for (const entry of all) {
      if (open.includes(entry) || similarOpen(entry, all, now).length > 0) pages.add(path(locale, 'opportunities', entry.slug));
    }
    for (const id of lines.ids) if (open.some((entry) => entry.data.lines.includes(id))) pages.add(path(locale, 'programme', id));
    for (const id of segments.ids) if (open.some((entry) => entry.data.segments.includes(id))) pages.add(path(locale, 'profiles', id));
  }
  return pages;
}
const showsOpportunities = pagesShowingOpportunities();

/** Pages that have interaction and may load a script (at most 5 KB gzip), with the reason. */
const interactive: { pattern: RegExp; why: string }[] = [
  {
    // Detail pages of stories, events and opportunities.
    pattern: /^\/(?:en\/)?(?:verhalen|stories|agenda|events|kansen|opportunities)\/[^/]+\/$/,
    why: 'the "copy link" share button (talent-copy) and, on video interviews, the click-to-load player (talent-video)',
  },
];
const isInteractive = (page: string) =>
  showsOpportunities.has(page) || interactive.some(({ pattern }) => pattern.test(page));

/** Every script a page runs: inline module scripts and the files it loads, gzip-compressed. */
function scriptBytes(source: string): number {
  let total = 0;
  for (const match of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    if (/type="application\/ld\+json"/.test(attrs)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    total += gzipSize(src ? readFileSync(join(DIST, src)) : (match[2] ?? ''));
  }
  return total;
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

  it.each([...showsOpportunities])('%s: carries the deadline script, inline, under 1 KB gzip', (page) => {
    const source = html(page);
    const deadline = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) =>
      (m[2] ?? '').includes('[data-deadline]'),
    );
    expect(deadline, `${page} deadline script`).toHaveLength(1);
    const size = gzipSize(deadline[0]?.[2] ?? '');
    expect(size, `${page} script is ${size} bytes gzip`).toBeLessThanOrEqual(1 * KB);
    expect(source).toContain('data-deadline="');
  });

  it.each(pages.filter((page) => !isInteractive(page) && !appPages.has(page)))('%s: no JavaScript', (page) => {
    const source = html(page);
    const scripts = [...source.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
    const executable = scripts.filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
    expect(executable, `${page} loads a script`).toEqual([]);
    expect(attributes(source, 'link', 'rel').filter((rel) => rel === 'modulepreload')).toEqual([]);
  });

  it.each(pages.filter((page) => isInteractive(page) && !appPages.has(page)))('%s: JavaScript <= 5 KB gzip', (page) => {
    const size = scriptBytes(html(page));
    expect(size, `${page} JS is ${(size / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(5 * KB);
  });
});
