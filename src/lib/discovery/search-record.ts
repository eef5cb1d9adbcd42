/**
 * What the search index knows about a page (see `src/integrations/pagefind.ts`): its kind, its
 * facets under the same names and ids as the listing URLs (`line`, `age`, `segment`), a date to
 * sort by and show, an image, and the words people type for its kind (from the vocabulary:
 * "afstuderen" finds a graduation assignment, "internship" a Dutch internship). An event also
 * says when it ends, so that search can mark it as past and rank it below what is still to come.
 * A page without a record is not indexed at all.
 */
import type { ImageMetadata } from 'astro';
import type { Employer, Event, Opportunity, Story } from '../content/collections';
import { deadlineDay, isClosed } from '../schedule';
import { formatDate } from '../time/format';
import { buildNow, zonedDate } from '../time/zone';
import {
  eventTypes,
  opportunityTypes,
  sectors,
  storyFormats,
  workingLanguages,
  type Locale,
} from '../content/vocabulary';
import { useTranslations } from '../../i18n';

/** The kinds of page search returns; the `type` filter. */
export const searchTypes = ['story', 'event', 'opportunity', 'employer', 'topic'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * How much a page's search words count against a word of its text (Pagefind weighs on a quadratic
 * scale: 5 is about 25 times). Enough for "internship" or "vacature" to put the entries of that kind
 * before stories that mention the word in passing.
 */
export const SEARCH_WORDS_WEIGHT = 5;

/**
 * The kinds the search page knows by name, with the words that name them in a language: what
 * "vacature" or "internship" asks for (see `src/lib/discovery/search-order.ts`).
 */
export function searchKinds(locale: Locale): Record<string, string[]> {
  const kinds: Record<string, string[]> = {};
  for (const vocabulary of [opportunityTypes, eventTypes, storyFormats]) {
    for (const id of vocabulary.ids) kinds[id] = vocabulary.searchWords(id as never, locale);
  }
  return kinds;
}

/** The facets search can narrow by, in the order the search page shows them. */
export const searchFacets = ['type', 'line', 'age', 'segment'] as const;
export type SearchFacet = (typeof searchFacets)[number];

export interface SearchRecord {
  /** The `type` filter. */
  type: SearchType;
  /** Facet ids per filter name. */
  filters: Partial<Record<Exclude<SearchFacet, 'type'>, readonly string[]>>;
  /** YYYY-MM-DD in Hengelo: the sort key and the date shown. */
  date?: string | undefined;
  /** The date as shown with the result, e.g. "Reageren tot en met 15 januari 2027". */
  dateLabel?: string | undefined;
  /** Image shown with the result. */
  image?: ImageMetadata | undefined;
  /** An opportunity's last day to apply (YYYY-MM-DD): search leaves it out after that day. */
  deadline?: string | undefined;
  /** When an event ends (ISO 8601): search marks it as past from then on, and ranks it lower. */
  end?: string | undefined;
  /**
   * The kind of entry within its type (an opportunity type, event type or story format id): the
   * `kind` filter, which puts these first when the query names the kind.
   */
  kind?: string | undefined;
  /** Words search finds the page by besides its text: its kind's labels and search words. */
  words?: readonly string[] | undefined;
  /** The page's summary, shown with a result that matched only by those words. */
  summary?: string | undefined;
}

type Tagged = { lines: readonly string[]; ages: readonly string[]; segments: readonly string[] };
const facetsOf = (data: Tagged) => ({ line: data.lines, age: data.ages, segment: data.segments });

/** A record dated by one of the entry's dates, shown as a plain date. */
function dated(
  type: SearchType,
  data: Tagged & { hero: { src: ImageMetadata }; summary: string },
  date: Date,
  locale: Locale,
  kind: string,
  words: readonly string[],
): SearchRecord {
  return {
    type,
    kind,
    filters: facetsOf(data),
    date: zonedDate(date),
    dateLabel: formatDate(date, locale),
    image: data.hero.src,
    words,
    summary: data.summary,
  };
}

export function storyRecord(story: Story, locale: Locale): SearchRecord {
  const { data } = story;
  const words = storyFormats.searchWords(data.format, locale);
  return dated('story', data, data.publishDate, locale, data.format, words);
}

export function eventRecord(event: Event, locale: Locale): SearchRecord {
  const { data } = event;
  return {
    ...dated('event', data, data.start, locale, data.type, eventTypes.searchWords(data.type, locale)),
    end: data.end.toISOString(),
  };
}

/** An opportunity is searchable while it is open; once its deadline has passed it drops out. */
export function opportunityRecord(
  opportunity: Opportunity,
  locale: Locale,
  now: Date = buildNow(),
): SearchRecord | undefined {
  const { data } = opportunity;
  if (isClosed(data.deadline, now)) return undefined;
  return {
    type: 'opportunity',
    filters: facetsOf(data),
    date: zonedDate(data.publishDate),
    dateLabel: `${useTranslations(locale).opportunity.deadline} ${formatDate(data.deadline, locale)}`,
    image: data.hero.src,
    deadline: deadlineDay(data.deadline),
    kind: data.type,
    words: opportunityTypes.searchWords(data.type, locale),
    summary: data.summary,
  };
}

/**
 * An employer: found by its name and text, and by its sector and working languages in both
 * languages ("ICT", "IT", "English").
 */
export function employerRecord(employer: Employer, locale: Locale): SearchRecord {
  const { data } = employer;
  return {
    type: 'employer',
    filters: {},
    image: data.image,
    words: [
      ...sectors.searchWords(data.sector, locale),
      ...data.workingLanguages.flatMap((id) => workingLanguages.searchWords(id, locale)),
      ...data.places,
    ],
    summary: data.summary,
  };
}

/** A topic page: a programme line, a target group, the programme. */
export function topicRecord(
  filters: SearchRecord['filters'],
  image?: ImageMetadata,
  /** Words search should find the page by, with the summary shown when only they match. */
  named?: { words: readonly string[]; summary: string },
): SearchRecord {
  return { type: 'topic', filters, image, ...named };
}
