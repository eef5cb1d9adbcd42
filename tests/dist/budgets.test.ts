// Size budgets on the built output: a page's HTML fits the first round trip (14 KB gzip), its
// render-blocking CSS stays under 10 KB gzip, and pages without interaction ship no JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appPages, attributes, DIST, html, htmlPages } from '../support/dist';

const KB = 1024;
const gzipSize = (source: string | Buffer) => gzipSync(source, { level: 9 }).length;

/** Pages that have interaction and may load a script (at most 5 KB gzip), with the reason. */
const interactive: { pattern: RegExp; why: string }[] = [
  {
    // Detail pages of stories, events and opportunities.
    pattern: /^\/(?:en\/)?(?:verhalen|stories|agenda|events|kansen|opportunities)\/[^/]+\/$/,
    why: 'the "copy link" share button (talent-copy) and, on video interviews, the click-to-load player (talent-video)',
  },
];
const isInteractive = (page: string) => interactive.some(({ pattern }) => pattern.test(page));

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
