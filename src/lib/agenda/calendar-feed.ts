/**
 * The agenda as calendar data: what an event looks like in a calendar app, and which events the
 * subscribable feed holds at `now`. Shared by the calendar endpoints and the tests.
 */
import { useTranslations } from '../../i18n';
import { splitByTime } from '../schedule';
import type { CalendarEvent } from './ical';
import type { EventData } from '../content/schemas';
import type { Locale } from '../content/vocabulary';

/** The domain part of every calendar UID: stable, whatever host the site is served from. */
export const UID_DOMAIN = 'talent.hengelo.nl';

/** The calendar UID of an event: its URL slug, so the Dutch and English files are the same event. */
export function eventUid(slug: string): string {
  return `${slug}@${UID_DOMAIN}`;
}

type Venue = EventData['venue'];

/** The venue on one line: "Stadhuis Hengelo, Burgemeester Jansenplein 1, 7551 EC Hengelo". */
export function venueLine(venue: Venue): string {
  return `${venue.name}, ${venue.street}, ${venue.postalCode} ${venue.city}`;
}

/** What a calendar needs to know of an event. */
export type CalendarSource = Pick<EventData, 'title' | 'summary' | 'start' | 'end' | 'venue' | 'status'>;

/**
 * An event as a calendar entry. Calendar apps often ignore STATUS, so a cancelled or postponed
 * event also says so in its title.
 */
export function calendarEvent(
  data: CalendarSource,
  slug: string,
  locale: Locale,
  pageUrl: string,
): CalendarEvent {
  const t = useTranslations(locale);
  const prefix =
    data.status === 'cancelled'
      ? `${t.agenda.cancelled}: `
      : data.status === 'postponed'
        ? `${t.agenda.postponed}: `
        : '';
  return {
    uid: eventUid(slug),
    start: data.start,
    end: data.end,
    summary: `${prefix}${data.title}`,
    description: `${data.summary}\n\n${t.agenda.moreOn}: ${pageUrl}`,
    location: venueLine(data.venue),
    url: pageUrl,
    status:
      data.status === 'cancelled' ? 'CANCELLED' : data.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
  };
}

/**
 * The events of the subscribable feed: every event that has not ended at `now`, soonest first.
 * Cancelled ones stay in it, marked cancelled, so subscribers' calendars show the change.
 */
export function feedEvents<T extends { data: { start: Date; end: Date } }>(
  events: readonly T[],
  now: Date,
): T[] {
  return splitByTime(events, now).upcoming;
}

/**
 * An opportunity in a calendar: its last day to apply, as an all-day entry (free time), with a
 * UID of its own so it never collides with an event of the same name.
 */
export function deadlineEvent(
  data: { title: string; summary: string; deadline: Date },
  slug: string,
  locale: Locale,
  pageUrl: string,
): CalendarEvent {
  const t = useTranslations(locale);
  return {
    uid: `deadline-${eventUid(slug)}`,
    start: data.deadline,
    end: data.deadline,
    allDay: true,
    summary: t.follow.deadline(data.title),
    description: `${data.summary}\n\n${t.agenda.moreOn}: ${pageUrl}`,
    url: pageUrl,
    status: 'CONFIRMED',
  };
}
