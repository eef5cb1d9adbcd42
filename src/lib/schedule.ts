/** Event and deadline timing relative to "now". */
import { zonedDate } from './time/zone';

export interface Timed {
  start: Date;
  end: Date;
}

/** An event is past once it has ended. */
export function isPast(event: Timed, now: Date): boolean {
  return event.end.getTime() < now.getTime();
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

/** An opportunity is open through the whole day of its deadline, in Hengelo's calendar. */
export function isClosed(deadline: Date, now: Date): boolean {
  return zonedDate(now) > zonedDate(deadline);
}
