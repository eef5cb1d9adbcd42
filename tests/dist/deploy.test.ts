// The deploy config gives calendar files and feeds their content type: every .ics and RSS file
// in the build is covered by a rule in _headers (copied from public/), and no such rule touches
// an HTML page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, filesEndingIn, htmlPages } from '../support/dist';

/** The rules of a _headers file: URL pattern and headers (Netlify / Cloudflare Pages format). */
function headerRules(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name = '', ...value] = line.trim().split(':');
      const rule = rules.at(-1);
      if (rule) rule.headers[name.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Whether a path matches a pattern; `*` matches any run of characters, as Cloudflare Pages reads it. */
function matches(pattern: string, sitePath: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(sitePath);
}

describe('_headers', () => {
  const rules = headerRules(readFileSync(join(DIST, '_headers'), 'utf8'));
  const typeOf = (sitePath: string) =>
    rules.filter((rule) => matches(rule.pattern, sitePath)).map((rule) => rule.headers['content-type']).filter(Boolean);

  it('serves every calendar file as text/calendar', () => {
    // The two subscribable feeds always exist; one file per event besides (the fixture has some).
    const files = filesEndingIn('.ics');
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(typeOf(file), file).toEqual(['text/calendar; charset=utf-8']);
  });

  it('serves every feed (stories, opportunities and each selection, both languages) as RSS', () => {
    const feeds = filesEndingIn('rss.xml');
    // The four site feeds, and a selection's feeds besides (counted in tests/dist/follow.test.ts).
    expect(feeds.length).toBeGreaterThan(4);
    for (const feed of feeds) expect(typeOf(feed), feed).toEqual(['application/rss+xml; charset=utf-8']);
  });

  it('sets no content type on HTML pages', () => {
    for (const page of htmlPages()) expect(typeOf(page), page).toEqual([]);
  });
});
