/** The calendar files of the agenda, as responses for the endpoints in src/pages. */
import { useTranslations } from '../../i18n';
import { calendarEvent, feedEvents } from './calendar-feed';
import { getEvents, slugOf, type Event } from '../content/collections';
import { CALENDAR_CONTENT_TYPE, serializeCalendar } from './ical';
import { path } from '../routing/routes';
import { buildNow } from '../time/zone';
import type { Locale } from '../content/vocabulary';

/** The site's address when the config has none (it always has one in this project). */
const FALLBACK_SITE = new URL('https://talent.hengelo.nl');

function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
}

function entryAsCalendarEvent(entry: Event, locale: Locale, site: URL) {
  const slug = slugOf(entry);
  return calendarEvent(entry.data, slug, locale, new URL(path(locale, 'events', slug), site).href);
}

/** One event's .ics file, for "add to calendar". */
export function eventCalendar(entry: Event, locale: Locale, site: URL = FALLBACK_SITE): Response {
  return calendarResponse(
    serializeCalendar({ stamp: buildNow(), events: [entryAsCalendarEvent(entry, locale, site)] }),
  );
}

/** The subscribable feed: every upcoming event of a language. Calendar apps check it twice a day. */
export async function agendaFeed(locale: Locale, site: URL = FALLBACK_SITE): Promise<Response> {
  const t = useTranslations(locale);
  const now = buildNow();
  const events = feedEvents(await getEvents(locale), now);
  return calendarResponse(
    serializeCalendar({
      name: t.agenda.feedName,
      description: t.agenda.feedDescription,
      stamp: now,
      refresh: 'PT12H',
      events: events.map((entry) => entryAsCalendarEvent(entry, locale, site)),
    }),
  );
}
