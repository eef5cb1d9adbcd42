// The search index as built: exactly the detail pages of what is published (minus closed
// opportunities) and the topic pages are indexed, only their main content, with filters named and
// valued like the listing URLs; one index per language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClosed } from '../../src/lib/schedule';
import { path } from '../../src/lib/routing/routes';
import {
  eventTypes,
  lines,
  locales,
  opportunityTypes,
  segments,
  storyFormats,
} from '../../src/lib/content/vocabulary';
import { SEARCH_WORDS_WEIGHT } from '../../src/lib/discovery/search-record';
import { escapeHtml } from '../../src/lib/site/html';
import { published } from '../support/content';
import { builtAt, DIST, html, htmlPages } from '../support/dist';

const now = builtAt();

/** The pages search should know, per language. */
function expectedIndexed(locale: (typeof locales)[number]) {
  const opportunities = published('opportunities', locale);
  return {
    open: [
      ...published('stories', locale).map((entry) => path(locale, 'stories', entry.slug)),
      ...published('events', locale).map((entry) => path(locale, 'events', entry.slug)),
      ...published('employers', locale).map((entry) => path(locale, 'employers', entry.slug)),
      ...opportunities
        .filter((entry) => !isClosed(entry.data.deadline as Date, now))
        .map((entry) => path(locale, 'opportunities', entry.slug)),
      ...lines.ids.map((id) => path(locale, 'programme', id)),
      ...segments.ids.map((id) => path(locale, 'profiles', id)),
      path(locale, 'programme'),
    ].sort(),
    closed: opportunities
      .filter((entry) => isClosed(entry.data.deadline as Date, now))
      .map((entry) => path(locale, 'opportunities', entry.slug)),
  };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The card links (`data-slot="link"`, see EntryCard) of a page that Pagefind would index: inside
 * the `data-pagefind-body` element and not inside a `data-pagefind-ignore` one. A small tag walker
 * over the built HTML, which Astro writes with every end tag.
 */
function unignoredCards(source: string): string[] {
  const found: string[] = [];
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  const text = source.replace(/<(template|script|style)\b[\s\S]*?<\/\1>/g, '');
  for (const [, close, name = '', attributes = ''] of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = name.toLowerCase();
    if (close) {
      const at = stack.map((entry) => entry.name).lastIndexOf(tag);
      if (at !== -1) stack.length = at;
      continue;
    }
    const parent = stack.at(-1);
    const body = (parent?.body ?? false) || attributes.includes('data-pagefind-body');
    const ignore = (parent?.ignore ?? false) || attributes.includes('data-pagefind-ignore');
    if (attributes.includes('data-slot="link"') && body && !ignore) {
      found.push(/href="([^"]*)"/.exec(attributes)?.[1] ?? '?');
    }
    if (!VOID.has(tag) && !attributes.trimEnd().endsWith('/')) stack.push({ name: tag, body, ignore });
  }
  return found;
}

const indexed = htmlPages().filter((page) => /<main\b[^>]*data-pagefind-body/.test(html(page)));

describe.each(locales)('the %s search index', (locale) => {
  const expected = expectedIndexed(locale);
  const mine = indexed.filter((page) => (page.startsWith('/en/') ? 'en' : 'nl') === locale).sort();

  it('covers exactly the published detail pages and the topic pages', () => {
    expect(mine).toEqual(expected.open);
  });

  it('leaves closed opportunities out', () => {
    for (const page of expected.closed) expect(mine, page).not.toContain(page);
  });

  it('is written by the build, one index per language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages[locale]?.page_count).toBe(expected.open.length);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('indexed pages', () => {
  it('index the main content only, never the header, navigation or footer', () => {
    for (const page of indexed) {
      const source = html(page);
      expect(source.match(/data-pagefind-body/g)?.length, page).toBe(1);
      const main = /<main\b[^>]*data-pagefind-body[^>]*>/.exec(source)?.index ?? -1;
      expect(source.indexOf('</header>'), page).toBeGreaterThan(0);
      expect(source.indexOf('</header>'), page).toBeLessThan(main);
      expect(source.indexOf('<footer'), page).toBeGreaterThan(source.indexOf('</main>'));
    }
  });

  it('declare their facets as filters with the ids of the listing URLs', () => {
    for (const locale of locales) {
      for (const entry of published('stories', locale)) {
        const source = html(path(locale, 'stories', entry.slug));
        expect(source).toContain('data-pagefind-filter="type:story"');
        for (const id of entry.data.lines as string[]) expect(source).toContain(`data-pagefind-filter="line:${id}"`);
        for (const id of entry.data.ages as string[]) expect(source).toContain(`data-pagefind-filter="age:${id}"`);
        for (const id of entry.data.segments as string[]) {
          expect(source).toContain(`data-pagefind-filter="segment:${id}"`);
        }
        expect(source).toMatch(/data-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/);
        expect(source).toContain('data-pagefind-meta="image[data-value]"');
      }
    }
  });

  it('end their indexed text with the search words of their kind, weighted, and name the kind as a filter', () => {
    const kinds = [
      ['opportunities', opportunityTypes, 'type'],
      ['events', eventTypes, 'type'],
      ['stories', storyFormats, 'format'],
    ] as const;
    for (const locale of locales) {
      for (const [collection, vocabulary, field] of kinds) {
        for (const entry of published(collection, locale)) {
          if (collection === 'opportunities' && isClosed(entry.data.deadline as Date, now)) continue;
          const source = html(path(locale, collection, entry.slug));
          const kind = entry.data[field] as never;
          const words = escapeHtml(vocabulary.searchWords(kind, locale).join(' '));
          expect(source, entry.slug).toContain(`<p data-pagefind-weight="${SEARCH_WORDS_WEIGHT}">${words}</p></div></main>`);
          expect(source, entry.slug).toContain(`data-pagefind-meta="words[data-value]" data-value="${words}"`);
          expect(source, entry.slug).toContain(`data-pagefind-filter="kind:${kind}"`);
          if (collection === 'events') {
            const end = (entry.data.end as Date).toISOString();
            expect(source, entry.slug).toContain(`data-pagefind-filter="ends[data-value]" data-value="${end}"`);
          }
        }
      }
    }
  });

  it('never index the cards of other entries: every card link sits in a part Pagefind ignores', () => {
    for (const page of indexed) {
      expect(unignoredCards(html(page)), page).toEqual([]);
    }
  });

  it('skip the lists of other entries on a page (related stories, tagged content)', () => {
    for (const locale of locales) {
      for (const story of published('stories', locale)) {
        const source = html(path(locale, 'stories', story.slug));
        if (source.includes('id="related"')) {
          expect(source, story.file).toMatch(/<section aria-labelledby="related"[^>]*data-pagefind-ignore="all"/);
        }
      }
      // A topic page always lists its stories, opportunities and events, or says there are none.
      for (const id of lines.ids) {
        const topic = html(path(locale, 'programme', id));
        expect(topic.match(/<section aria-labelledby="[^"]+"[^>]*data-pagefind-ignore="all"/g)?.length, id).toBe(3);
      }
    }
  });
});

describe('pages that are not indexed', () => {
  it('include the listings, the home page, the search page and the path finder', () => {
    for (const locale of locales) {
      for (const page of [path(locale, 'home'), path(locale, 'stories'), path(locale, 'search'), path(locale, 'forYou')]) {
        expect(indexed, page).not.toContain(page);
      }
    }
  });
});
