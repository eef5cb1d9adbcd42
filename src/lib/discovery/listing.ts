/**
 * The items of a listing (stories, events, opportunities) as the listing pages, the facet pages,
 * the path finder and the JSON index show them: one card each, with its facet values. Computed
 * once per listing and language per build, however many pages read it.
 */
import type { ImageMetadata } from 'astro';
import { eventCard, opportunityCard, storyCard } from './card-fields';
import { getEvents, getOpportunities, getStories, slugOf } from '../content/collections';
import { openOpportunities, splitByTime } from '../schedule';
import {
  evaluate,
  facetValuesOf,
  listingDefaults,
  withDefaults,
  specOf,
  toQuery,
  type FacetKey,
  type FacetValues,
  type Listing,
  type Selection,
} from './facets';
import { oncePerBuild } from '../site/once';
import { buildNow, zonedDate } from '../time/zone';
import { eventTimes, type Locale } from '../content/vocabulary';

export { PAGE_SIZE, pageCount } from './pagination';

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
  /** Facet ids per URL key. */
  facets: FacetValues;
}

function card(fields: {
  href: string;
  title: string;
  summary: string;
  kicker: string;
  meta: unknown[];
  deadline?: string;
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
  // Only open opportunities are listed; closed ones keep their page but leave the shop window.
  return openOpportunities(await getOpportunities(locale), now).map((item) => ({
    id: slugOf(item),
    ...card(opportunityCard(item, locale)),
    image: item.data.hero.src,
    date: zonedDate(item.data.deadline),
    published: zonedDate(item.data.publishDate),
    facets: facetValuesOf('opportunities', item.data),
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
    specOf(listing),
    selection,
  );
  return { items, evaluation, matches: evaluation.matches.map((index) => items[index] as ListItem) };
}

/**
 * The items of a listing that match a selection, with the counts the filter shows. Every page of
 * one view (/verhalen/lijn/werken/pagina/2/, /3/, ...) asks the same question: it is answered once.
 */
export function filtered(listing: Listing, locale: Locale, selection: Selection) {
  const key = `view:${listing}:${locale}:${toQuery(specOf(listing), selection)}`;
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
