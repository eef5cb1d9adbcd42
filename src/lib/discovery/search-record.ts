/**
 * What the search index knows about a page (see `src/integrations/pagefind.ts`): its kind, its
 * facets under the same names and ids as the listing URLs (`line`, `age`, `segment`), a date to
 * sort by and show, and an image. A page without a record is not indexed at all.
 */
import type { ImageMetadata } from 'astro';
import type { Event, Opportunity, Story } from '../content/collections';
import { deadlineDay, isClosed } from '../schedule';
import { formatDate } from '../time/format';
import { buildNow, zonedDate } from '../time/zone';
import type { Locale } from '../content/vocabulary';
import { useTranslations } from '../../i18n';

/** The kinds of page search returns; the `type` filter. */
export const searchTypes = ['story', 'event', 'opportunity', 'topic'] as const;
export type SearchType = (typeof searchTypes)[number];

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
}

type Tagged = { lines: readonly string[]; ages: readonly string[]; segments: readonly string[] };
const facetsOf = (data: Tagged) => ({ line: data.lines, age: data.ages, segment: data.segments });

/** A record dated by one of the entry's dates, shown as a plain date. */
function dated(
  type: SearchType,
  data: Tagged & { hero: { src: ImageMetadata } },
  date: Date,
  locale: Locale,
) {
  return {
    type,
    filters: facetsOf(data),
    date: zonedDate(date),
    dateLabel: formatDate(date, locale),
    image: data.hero.src,
  };
}

export function storyRecord(story: Story, locale: Locale): SearchRecord {
  return dated('story', story.data, story.data.publishDate, locale);
}

export function eventRecord(event: Event, locale: Locale): SearchRecord {
  return dated('event', event.data, event.data.start, locale);
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
  };
}

/** A topic page: a programme line, a target group, the programme. */
export function topicRecord(filters: SearchRecord['filters'], image?: ImageMetadata): SearchRecord {
  return { type: 'topic', filters, image };
}
