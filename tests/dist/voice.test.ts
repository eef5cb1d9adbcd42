// The site speaks to its visitors: the plan's memo phrases ("Hoe kunnen we", "verleiden",
// "Doel:", "Our question", "tempt") appear only in "Over het programma" (/programma/ and
// /en/programme/, with the pages of the programme lines). The build refuses them in every other
// text (src/lib/content/voice.ts), so this holds for any content that builds; it also catches the
// site's own words (templates and dictionaries).
import { describe, expect, it } from 'vitest';
import { path } from '../../src/lib/routing/routes';
import { memoPhrase } from '../../src/lib/content/voice';
import { html, sitePages } from '../support/dist';

const programme = [path('nl', 'programme'), path('en', 'programme')];

/** A page's text as a reader sees it: no tags, entities decoded where it matters. */
function text(source: string): string {
  return source
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the voice of the site', () => {
  const pages = sitePages();
  const visitorPages = pages.filter((page) => !programme.some((start) => page.startsWith(start)));

  it('has pages in and outside "Over het programma"', () => {
    expect(visitorPages.length).toBeGreaterThan(0);
    expect(visitorPages.length).toBeLessThan(pages.length);
  });

  it('uses none of the plan’s memo phrases outside "Over het programma"', () => {
    const found = visitorPages.flatMap((page) => {
      const phrase = memoPhrase(text(html(page)));
      return phrase ? [`${page}: "${phrase}"`] : [];
    });
    expect(found).toEqual([]);
  });
});
