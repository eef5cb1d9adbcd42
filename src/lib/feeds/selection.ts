/**
 * "Volg deze selectie" / "Follow this selection": an RSS feed and an iCalendar feed of exactly
 * what a single-facet listing page or a path finder result lists, built from the same items the
 * page shows (`src/lib/discovery/listing.ts`), so closed opportunities and past events leave the
 * feeds when they leave the page. In the calendar an event is itself and an opportunity is its
 * last day to apply (all day); a story has no date to put in a calendar, so a stories page offers
 * RSS only. URLs: `listingFeedPath` and `forYouFeedPath` in `src/lib/routing/routes.ts`.
 */
import rss from '@astrojs/rss';
import { languageTags, useTranslations } from '../../i18n';
import { calendarEvent, deadlineEvent } from '../agenda/calendar-feed';
import { CALENDAR_CONTENT_TYPE, serializeCalendar, type CalendarEvent } from '../agenda/ical';
import { getEvents, getOpportunities, slugOf } from '../content/collections';
import { facetTable, type Listing } from '../discovery/facets';
import { filtered, viewSelection, type ListItem } from '../discovery/listing';
import type { Answers } from '../discovery/pathfinder';
import { resultGroups } from '../discovery/pathfinder-result';
import { headingOf } from '../discovery/pathfinder-text';
import {
  forYouFeedPath,
  forYouPath,
  listingFeedPath,
  listingPath,
  type FacetOption,
  type FeedKind,
} from '../routing/routes';
import { formatDate } from '../time/format';
import { buildNow, zonedTimeToUtc } from '../time/zone';
import type { Locale } from '../content/vocabulary';

/** What a feed follows: one facet option of a listing, or a path finder result. */
export type FeedView = { listing: Listing; option: FacetOption } | { answers: Answers };

/**
 * The feeds a listing view offers. None for the whole listing (it has its own feeds) or for the
 * agenda's upcoming/past pages (past events leave every feed); stories only RSS.
 */
export function listingFeedKinds(listing: Listing, option?: FacetOption): FeedKind[] {
  // Employers are not news: their opportunities are followed on the opportunities' own pages.
  if (!option || option.key === 'when' || listing === 'employers') return [];
  return listing === 'stories' ? ['rss'] : ['rss', 'ics'];
}

/** The feeds of a path finder result: it always shows events, so both. */
export const resultFeedKinds: readonly FeedKind[] = ['rss', 'ics'];

/** The title and intro of a listing, as its page shows them. */
export function listingTexts(locale: Locale, listing: Listing): { title: string; intro: string } {
  const t = useTranslations(locale).listing;
  return {
    stories: { title: t.storiesTitle, intro: t.storiesIntro },
    events: { title: t.eventsTitle, intro: t.eventsIntro },
    opportunities: { title: t.opportunitiesTitle, intro: t.opportunitiesIntro },
    employers: { title: t.employersTitle, intro: t.employersIntro },
  }[listing];
}

/** The heading of a single-facet listing page: "Kansen: Werken". */
export function optionHeading(locale: Locale, listing: Listing, option: FacetOption): string {
  const facet = facetTable[listing].find((f) => f.key === option.key);
  const title = listingTexts(locale, listing).title;
  return facet
    ? useTranslations(locale).filter.pageTitle(title, facet.vocabulary.label(option.id, locale))
    : title;
}

/** An item of a followed selection, with the listing it comes from. */
export interface FollowedItem extends ListItem {
  listing: Listing;
}

/** Every item a view lists, in the page's order (all its numbered pages, every group). */
export async function followedItems(locale: Locale, view: FeedView): Promise<FollowedItem[]> {
  if ('answers' in view) {
    const groups = await resultGroups(locale, view.answers);
    return groups.flatMap(({ listing, items }) => items.map((item) => ({ ...item, listing })));
  }
  const { matches } = await filtered(view.listing, locale, viewSelection(view.listing, view.option));
  return matches.map((item) => ({ ...item, listing: view.listing }));
}

/** 00:00 in Hengelo on a day (YYYY-MM-DD). */
const dayStart = (day: string) => zonedTimeToUtc(`${day}T00:00`);

function describe(locale: Locale, view: FeedView) {
  const t = useTranslations(locale);
  if ('answers' in view)
    return { title: headingOf(locale, view.answers), description: t.pathfinder.resultIntro };
  return {
    title: optionHeading(locale, view.listing, view.option),
    description: listingTexts(locale, view.listing).intro,
  };
}

/** The page a view is: the single-facet listing page or the result page. */
export function pagePath(locale: Locale, view: FeedView): string {
  if ('answers' in view) {
    const { segment, stage, goal } = view.answers;
    return forYouPath(locale, segment, stage, goal);
  }
  return listingPath(locale, view.listing, view.option);
}

function selfPath(locale: Locale, view: FeedView, kind: FeedKind): string {
  if ('answers' in view) {
    const { segment, stage, goal } = view.answers;
    return forYouFeedPath(locale, [segment, stage, goal], kind);
  }
  return listingFeedPath(locale, view.listing, view.option, kind);
}

/** The RSS 2.0 feed of a view. */
async function rssFeed(locale: Locale, view: FeedView, site: URL): Promise<Response> {
  const t = useTranslations(locale);
  const { title, description } = describe(locale, view);
  const self = new URL(selfPath(locale, view, 'rss'), site).href;
  const items = await followedItems(locale, view);
  return rss({
    title: t.follow.rssTitle(title),
    description,
    site: new URL(pagePath(locale, view), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${languageTags[locale]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: new URL(item.href, site).href,
      pubDate: dayStart(item.published),
      description: item.deadline
        ? `${item.summary} ${t.careers.deadlineOn(formatDate(dayStart(item.deadline), locale))}`
        : item.summary,
      categories: item.kicker ? [item.kicker] : [],
    })),
  });
}

/** The iCalendar feed of a view: its events, and its opportunities' last days to apply. */
async function calendarFeed(locale: Locale, view: FeedView, site: URL): Promise<Response> {
  const { title, description } = describe(locale, view);
  const items = await followedItems(locale, view);
  const events = new Map((await getEvents(locale)).map((entry) => [slugOf(entry), entry]));
  const opportunities = new Map((await getOpportunities(locale)).map((entry) => [slugOf(entry), entry]));
  const entries: CalendarEvent[] = items.flatMap((item) => {
    const url = new URL(item.href, site).href;
    const event = item.listing === 'events' ? events.get(item.id) : undefined;
    if (event) return [calendarEvent(event.data, item.id, locale, url)];
    const opportunity = item.listing === 'opportunities' ? opportunities.get(item.id) : undefined;
    return opportunity ? [deadlineEvent(opportunity.data, item.id, locale, url)] : [];
  });
  const body = serializeCalendar({
    name: useTranslations(locale).follow.rssTitle(title),
    description,
    stamp: buildNow(),
    refresh: 'PT12H',
    events: entries,
  });
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
}

/** The site's address when the config has none (it always has one in this project). */
const FALLBACK_SITE = new URL('https://talent.hengelo.nl');

/** A selection's feed as a response, for `src/pages/[...feed].ts`. */
export function selectionFeed(
  locale: Locale,
  view: FeedView,
  kind: FeedKind,
  site: URL = FALLBACK_SITE,
): Promise<Response> {
  return kind === 'rss' ? rssFeed(locale, view, site) : calendarFeed(locale, view, site);
}
