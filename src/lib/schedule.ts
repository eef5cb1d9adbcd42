/**
 * What is on at a given moment: which opportunities are open and which events are still to come.
 * The one place these rules live. The build applies them through the selectors below (listings,
 * JSON indexes, feeds, sitemap, search, JSON-LD, home, path finder); the browser applies the
 * same day rule (`isOpenOnDay`) to every card it shows, because a built page can be older than a
 * deadline. Browser-safe: no Node imports.
 */
import { zonedDate } from './time/zone';

/** A calendar day in Hengelo, YYYY-MM-DD. */
export type Day = string;

/**
 * The day rule: an opportunity is open through the whole day of its deadline, in Hengelo's
 * calendar, and closed from the next day on. Days compare as text (YYYY-MM-DD).
 */
export function isOpenOnDay(deadline: Day, today: Day): boolean {
  return today <= deadline;
}

/** The deadline as a Hengelo calendar day: what cards carry as `data-deadline`. */
export function deadlineDay(deadline: Date): Day {
  return zonedDate(deadline);
}

/** Whether an opportunity with this deadline has closed at `now`. */
export function isClosed(deadline: Date, now: Date): boolean {
  return !isOpenOnDay(deadlineDay(deadline), zonedDate(now));
}

interface WithDeadline {
  data: { deadline: Date };
}

/** The open opportunities at `now`, nearest deadline first. */
export function openOpportunities<T extends WithDeadline>(items: readonly T[], now: Date): T[] {
  return items
    .filter((item) => !isClosed(item.data.deadline, now))
    .sort((a, b) => a.data.deadline.getTime() - b.data.deadline.getTime());
}

export interface Timed {
  start: Date;
  end: Date;
}

/** Whether something that ends at `end` is over at `now` (the search page asks this of an event). */
export function hasEnded(end: Date, now: Date): boolean {
  return end.getTime() < now.getTime();
}

/** An event is past once it has ended. */
export function isPast(event: Timed, now: Date): boolean {
  return hasEnded(event.end, now);
}

/** Split events into upcoming (soonest first) and past (most recent first). */
export function splitByTime<T extends { data: Timed }>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = events
    .filter((event) => !isPast(event.data, now))
    .sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  const past = events
    .filter((event) => isPast(event.data, now))
    .sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
  return { upcoming, past };
}

/** The events still to come at `now`, soonest first. */
export function upcomingEvents<T extends { data: Timed }>(events: readonly T[], now: Date): T[] {
  return splitByTime(events, now).upcoming;
}
