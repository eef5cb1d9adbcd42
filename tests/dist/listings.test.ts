// The listings without JavaScript: every single-facet page exists and lists exactly the entries
// that match it, long listings are paginated, and the JSON index the filter loads holds every
// item with its facets. Expectations come from content/ (tests/support/listings.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listings, specOf, toQuery, type FacetValues, type Listing } from '../../src/lib/discovery/facets';
import { PAGE_SIZE } from '../../src/lib/discovery/listing';
import { listingIndexPath, listingPath, path, type FacetOption } from '../../src/lib/routing/routes';
import { locales, type Locale } from '../../src/lib/content/vocabulary';
import { attributes, exists, fileOf, html } from '../support/dist';
import { listed, matching, options } from '../support/listings';

/** The entry links on every page of a listing view (the cards link with data-slot="link"). */
function cardLinks(locale: Locale, listing: Listing, option?: FacetOption) {
  const pages: string[][] = [];
  for (let page = 1; exists(listingPath(locale, listing, option, page)); page += 1) {
    const source = html(listingPath(locale, listing, option, page));
    const server = source.slice(source.indexOf('data-server'), source.indexOf('data-results'));
    pages.push([...server.matchAll(/<a href="([^"]+)" data-slot="link"/g)].map((m) => m[1] ?? ''));
  }
  return pages;
}

describe.each(locales)('listings in %s', (locale) => {
  describe.each(listings)('%s', (listing) => {
    it('lists every entry of its view once, in order, one page of cards at a time', () => {
      const pages = cardLinks(locale, listing);
      expect(pages.flat()).toEqual(matching(listing, locale, {}).map((entry) => entry.href));
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(exists(listingPath(locale, listing, undefined, pages.length + 1))).toBe(false);
    });

    it('has a page for every facet option that lists exactly the matching entries', () => {
      for (const option of options(listing, locale)) {
        const expected = matching(listing, locale, { [option.key]: [option.id] }).map((entry) => entry.href);
        expect(cardLinks(locale, listing, option).flat(), option.href).toEqual(expected);
      }
    });

    it('links every option of its filter to its page, with the count that page shows', () => {
      const source = html(path(locale, listing));
      const links = attributes(source, 'a', 'href');
      for (const option of options(listing, locale)) {
        expect(links, option.href).toContain(option.href);
        const count = matching(listing, locale, { [option.key]: [option.id] }).length;
        const link = new RegExp(`<a href="${option.href}"[^>]*>[\\s\\S]*?<span class="count[^"]*">\\((\\d+)\\)`);
        expect(Number(link.exec(source)?.[1]), option.href).toBe(count);
      }
    });

    it('marks each card with its facet ids', () => {
      const source = html(path(locale, listing));
      for (const entry of matching(listing, locale, {}).slice(0, PAGE_SIZE)) {
        // The list item the card's link sits in: the last <li> before the link.
        const link = source.indexOf(`<a href="${entry.href}" data-slot="link"`);
        const item = source.lastIndexOf('<li ', link);
        const card = link > 0 && item > 0 ? source.slice(item, source.indexOf('>', item)) : '';
        expect(card, entry.href).not.toBe('');
        for (const [key, ids = []] of Object.entries(entry.facets)) {
          // An empty value is written as a bare attribute.
          if (ids.length > 0) expect(card, entry.href).toContain(`data-${key}="${ids.join(' ')}"`);
          else expect(card, entry.href).toMatch(new RegExp(`\\sdata-${key}(?:=""|\\s|$)`));
        }
      }
    });

    it('writes a JSON index with every item and its facets', () => {
      const index = JSON.parse(readFileSync(fileOf(listingIndexPath(locale, listing)), 'utf8')) as {
        items: { u: string; f: FacetValues; i: number }[];
        images: { img: { src: string }; sources: { srcset: string }[] }[];
      };
      const expected = listed(listing, locale);
      expect(index.items.map((item) => item.u)).toEqual(expected.map((entry) => entry.href));
      expect(index.items.map((item) => item.f)).toEqual(expected.map((entry) => entry.facets));
      for (const item of index.items) {
        const image = index.images[item.i];
        expect(exists(String(image?.img.src ?? 'missing')), item.u).toBe(true);
        for (const source of image?.sources ?? [])
          for (const candidate of source.srcset.split(', ')) expect(exists(candidate.split(' ')[0] ?? '')).toBe(true);
      }
    });

    it('keeps the filter state of a page in its element, for the script', () => {
      const option = options(listing, locale)[0];
      expect(option).toBeDefined();
      const source = html(option?.href ?? '');
      const base = toQuery(specOf(listing), { [option?.key ?? 'age']: [option?.id ?? ''] });
      expect(source).toContain(`data-base="${base}"`);
      expect(source).toContain(`data-index="${listingIndexPath(locale, listing)}"`);
    });
  });
});
