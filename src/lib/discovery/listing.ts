/**
 * The items of a listing (stories, events, opportunities) as the listing pages, the facet pages,
 * the path finder and the JSON index show them: one card each, with its facet values. Computed
 * once per listing and language per build, however many pages read it.
 */
import type { ImageMetadata } from 'astro';
import { employerCard, eventCard, opportunityCard, storyCard } from './card-fields';
import {
  employerIndex,
  getEmployers,
  getEvents,
  getOpportunities,
  getStories,
  slugOf,
} from '../content/collections';
import { openOpportunities, splitByTime } from '../schedule';
import {
  evaluate,
  facetTable,
  facetValuesOf,
  listingDefaults,
  withDefaults,
  placeId,
  type Facet,
  type FacetTerms,
  specOf,
  toQuery,
  type FacetKey,
  type FacetValues,
  type Listing,
  type Selection,
} from './facets';
import { oncePerBuild } from '../site/once';
import { buildNow, zonedDate } from '../time/zone';
import { eventTimes, languagesOf, locales, type Locale } from '../content/vocabulary';

export { PAGE_SIZE, pageCount } from './pagination';
export { placeId } from './facets';

export interface ListItem {
  /** The entry's slug. */
  id: string;
  /** Card fields, as `EntryCard` takes them. */
  href: string;
  title: string;
  summary: string;
  kicker: string;
  meta: string[];
  image: ImageMetadata;
  /** The date the listing sorts by (publish date, event start, deadline), YYYY-MM-DD in Hengelo. */
  date: string;
  /** An opportunity's last day to apply (YYYY-MM-DD): the browser hides the card after it. */
  deadline?: string;
  /** The day it was published (YYYY-MM-DD in Hengelo): what "new since your last visit" compares. */
  published: string;
  /** A badge on the card ("English OK"). */
  badge?: string | undefined;
  /** Facet ids per URL key. */
  facets: FacetValues;
}

/**
 * The places of the employers in both languages, as the place facet's terms, in alphabetical
 * order: one page per place in each language, so a link to /werkgevers/plaats/enschede/ has its
 * English twin. The label is the place as the Dutch entry writes it.
 */
function placeTerms(): Promise<FacetTerms> {
  return oncePerBuild('place-terms', async () => {
    const names = new Map<string, string>();
    for (const locale of locales) {
      for (const employer of await getEmployers(locale)) {
        for (const place of employer.data.places)
          if (!names.has(placeId(place))) names.set(placeId(place), place);
      }
    }
    const ids = [...names.keys()].filter(Boolean).sort((a, b) => a.localeCompare(b, 'nl'));
    return { ids, label: (id: string) => names.get(id) ?? id };
  });
}

/** The facets of a listing, with the ids of the facets that take theirs from the entries filled in. */
export async function listingFacets(listing: Listing): Promise<readonly Facet[]> {
  const facets = facetTable[listing];
  if (!facets.some((facet) => facet.open)) return facets;
  const places = await placeTerms();
  return facets.map((facet) => (facet.open ? { ...facet, vocabulary: places } : facet));
}

function card(fields: {
  href: string;
  title: string;
  summary: string;
  kicker: string;
  meta: unknown[];
  deadline?: string;
  badge?: string | undefined;
}) {
  return {
    ...fields,
    meta: fields.meta.filter((fact): fact is string => typeof fact === 'string' && fact !== ''),
  };
}

async function load(listing: Listing, locale: Locale, now: Date): Promise<ListItem[]> {
  if (listing === 'stories') {
    return (await getStories(locale)).map((story) => ({
      id: slugOf(story),
      ...card(storyCard(story, locale)),
      image: story.data.hero.src,
      date: zonedDate(story.data.publishDate),
      published: zonedDate(story.data.publishDate),
      facets: facetValuesOf('stories', story.data),
    }));
  }
  if (listing === 'events') {
    // Upcoming first (soonest first), then past (most recent first).
    const { upcoming, past } = splitByTime(await getEvents(locale), now);
    const ended = new Set(past);
    return [...upcoming, ...past].map((event) => {
      const when = ended.has(event) ? 'geweest' : 'komend';
      const base = card(eventCard(event, locale));
      return {
        id: slugOf(event),
        ...base,
        kicker: when === 'geweest' ? `${eventTimes.label(when, locale)} · ${base.kicker}` : base.kicker,
        image: event.data.hero.src,
        date: zonedDate(event.data.start),
        published: zonedDate(event.data.publishDate),
        facets: facetValuesOf('events', event.data, { when: [when] }),
      };
    });
  }
  if (listing === 'employers') {
    const open = openOpportunities(await getOpportunities(locale), now);
    return (await getEmployers(locale)).map((employer) => ({
      id: slugOf(employer),
      ...card(
        employerCard(employer, locale, open.filter((item) => item.data.employer === slugOf(employer)).length),
      ),
      image: employer.data.image,
      date: zonedDate(employer.data.publishDate),
      published: zonedDate(employer.data.publishDate),
      facets: facetValuesOf('employers', employer.data, { place: employer.data.places.map(placeId) }),
    }));
  }
  // Only open opportunities are listed; closed ones keep their page but leave the shop window.
  const employers = await employerIndex(locale);
  return openOpportunities(await getOpportunities(locale), now).map((item) => ({
    id: slugOf(item),
    ...card(opportunityCard(item, locale, employers)),
    image: item.data.hero.src,
    date: zonedDate(item.data.deadline),
    published: zonedDate(item.data.publishDate),
    facets: facetValuesOf('opportunities', item.data, { language: languagesOf(item.data.workingLanguage) }),
  }));
}

/** The items of a listing in one language, in listing order. */
export function listItems(listing: Listing, locale: Locale, now: Date = buildNow()): Promise<ListItem[]> {
  return oncePerBuild(`items:${listing}:${locale}`, () => load(listing, locale, now));
}

async function evaluateListing(listing: Listing, locale: Locale, selection: Selection) {
  const items = await listItems(listing, locale);
  const evaluation = evaluate(
    items.map((item) => item.facets),
    specOf(listing, await listingFacets(listing)),
    selection,
  );
  return { items, evaluation, matches: evaluation.matches.map((index) => items[index] as ListItem) };
}

/**
 * The items of a listing that match a selection, with the counts the filter shows. Every page of
 * one view (/verhalen/lijn/werken/pagina/2/, /3/, ...) asks the same question: it is answered once.
 */
export async function filtered(listing: Listing, locale: Locale, selection: Selection) {
  const key = `view:${listing}:${locale}:${toQuery(specOf(listing, await listingFacets(listing)), selection)}`;
  return oncePerBuild(key, () => evaluateListing(listing, locale, selection));
}

/**
 * What a listing page shows: its own facet option (none for the whole listing), with the
 * listing's defaults for the rest (the agenda: upcoming). The page and its feeds ask this.
 */
export function viewSelection(listing: Listing, option?: { key: FacetKey; id: string }): Selection {
  return withDefaults(listingDefaults[listing], option ? { [option.key]: [option.id] } : {});
}

/** The facet keys of an item as data attributes: data-age="18-25 25-30". */
export function facetAttributes(facets: FacetValues): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(facets) as FacetKey[]).map((key) => [`data-${key}`, (facets[key] ?? []).join(' ')]),
  );
}
