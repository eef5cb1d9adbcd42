/**
 * What each listing should show, computed from the content with the site's own rules: the
 * published entries of the listing in listing order (closed opportunities left out, events
 * upcoming first), with their facet values from `src/lib/discovery/facets.ts`, at the moment the
 * build was made for. Tests filter these with the same `matches`/`evaluate` functions and compare
 * with what the build and the browser show. The functions exported here read the site under test;
 * `listingsOf(fixture)` reads the fixture site (./sites.ts).
 */
import {
  facetTable,
  facetValuesOf,
  placeId,
  listingDefaults,
  matches,
  withDefaults,
  type FacetValues,
  type Listing,
  type Selection,
} from '../../src/lib/discovery/facets';
import { isClosed, isPast } from '../../src/lib/schedule';
import { listingPath, path, type FacetOption } from '../../src/lib/routing/routes';
import {
  languagesOf,
  locales,
  type Locale,
  type OpportunityLanguageId,
} from '../../src/lib/content/vocabulary';
import { contentOf } from './content';
import { site, type Site } from './sites';

export interface Listed {
  slug: string;
  title: string;
  /** The entry's page. */
  href: string;
  facets: FacetValues;
}

const time = (value: unknown) => (value as Date).getTime();

/** The listings of a site. */
export function listingsOf(where: Site) {
  const { published, moment } = contentOf(where);
  const cache = new Map<string, Listed[]>();

  /** The entries of a listing in the order the site lists them (read from the content once). */
  function listed(listing: Listing, locale: Locale, now: Date = moment()): Listed[] {
    const key = `${listing}:${locale}:${now.toISOString().slice(0, 10)}`;
    let entries = cache.get(key);
    if (!entries) {
      entries = read(listing, locale, now);
      cache.set(key, entries);
    }
    return entries;
  }

  function read(listing: Listing, locale: Locale, now: Date): Listed[] {
    const entries = published(listing, locale, now);
    const item = (entry: (typeof entries)[number], computed: FacetValues = {}): Listed => ({
      slug: entry.slug,
      title: entry.data.title ?? String(entry.data.name),
      href: path(locale, listing, entry.slug),
      facets: facetValuesOf(listing, entry.data, computed),
    });
    if (listing === 'stories') {
      return entries.sort((a, b) => time(b.data.publishDate) - time(a.data.publishDate)).map((e) => item(e));
    }
    if (listing === 'opportunities') {
      return entries
        .filter((entry) => !isClosed(entry.data.deadline as Date, now))
        .sort((a, b) => time(a.data.deadline) - time(b.data.deadline))
        .map((e) => item(e, { language: languagesOf(e.data.workingLanguage as OpportunityLanguageId) }));
    }
    if (listing === 'employers') {
      return entries
        .sort((a, b) => String(a.data.name).localeCompare(String(b.data.name), locale))
        .map((e) => item(e, { place: (e.data.places as string[]).map(placeId) }));
    }
    const timed = (entry: (typeof entries)[number]) => ({
      start: entry.data.start as Date,
      end: entry.data.end as Date,
    });
    const upcoming = entries
      .filter((entry) => !isPast(timed(entry), now))
      .sort((a, b) => time(a.data.start) - time(b.data.start));
    const past = entries
      .filter((entry) => isPast(timed(entry), now))
      .sort((a, b) => time(b.data.start) - time(a.data.start));
    return [
      ...upcoming.map((e) => item(e, { when: ['komend'] })),
      ...past.map((e) => item(e, { when: ['geweest'] })),
    ];
  }

  /**
   * The entries a view of a listing shows, in listing order: those that match the selection, with
   * the listing's defaults for facets it leaves out (the agenda: upcoming events).
   */
  function matching(listing: Listing, locale: Locale, selection: Selection): Listed[] {
    const view = withDefaults(listingDefaults[listing], selection);
    return listed(listing, locale).filter((entry) => matches(entry.facets, view));
  }

  /** Every single-facet option of a listing, with its page. */
  function options(listing: Listing, locale: Locale): (FacetOption & { href: string })[] {
    return facetTable[listing].flatMap(({ key, vocabulary, open }) =>
      (open ? places() : vocabulary.ids).map((id) => ({
        key,
        id,
        href: listingPath(locale, listing, { key, id }),
      })),
    );
  }

  /** The ids of the places the employers name, in either language: one page each. */
  function places(): string[] {
    const ids = new Set(
      locales.flatMap((lang) =>
        published('employers', lang).flatMap((entry) => (entry.data.places as string[]).map(placeId)),
      ),
    );
    return [...ids].sort((a, b) => a.localeCompare(b, 'nl'));
  }

  return { listed, matching, options };
}

export const { listed, matching, options } = listingsOf(site);
