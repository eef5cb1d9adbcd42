/**
 * Time for the whole site. "Now" is the build time, overridable with the environment variable
 * BUILD_DATE (an ISO date or date-time) so that builds and tests are reproducible. Everything
 * that depends on the date takes `now` as a parameter; only `buildNow()` reads the environment.
 */

/** The site's time zone: Hengelo. */
export const TIME_ZONE = 'Europe/Amsterdam';

/** Parse BUILD_DATE; throws with a clear message on a value that is not a date. */
export function parseBuildDate(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? zonedTimeToUtc(`${value}T00:00`, TIME_ZONE)
    : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(
      `BUILD_DATE "${value}" is not a date. Use an ISO date such as 2026-03-01 or 2026-03-01T12:00:00+01:00.`,
    );
  }
  return date;
}

/** The moment the site is built for: BUILD_DATE when set, else the current time. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const value = env.BUILD_DATE?.trim();
  return value ? parseBuildDate(value) : new Date();
}

/** Formatters are costly to create and this one is asked for on every date: one per zone. */
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/**
 * Offsets already read, per zone and quarter hour. Every zone's offset is a whole number of
 * quarter hours and changes on a quarter hour, so it is the same for every instant of one; a
 * build asks for the offset of the same few thousand dates again and again.
 */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

/** The offset of a time zone from UTC, in minutes, at a given instant (e.g. +60 or +120 for Amsterdam). */
export function zoneOffsetMinutes(instant: Date, timeZone: string = TIME_ZONE): number {
  const key = `${timeZone}@${Math.floor(instant.getTime() / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const parts = wallClock(timeZone).formatToParts(instant);
    const get = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((part) => part.type === type)?.value);
    const asUtc = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    offset = Math.round((asUtc - instant.getTime()) / 60_000);
    offsets.set(key, offset);
  }
  return offset;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant of a wall-clock time in a time zone: "2025-03-11T15:00" in Amsterdam is 14:00 UTC.
 * Returns an invalid Date for text that is not a local date-time. In the hour skipped when the
 * clocks go forward, the time is read with the offset from before the change.
 */
export function zonedTimeToUtc(local: string, timeZone: string = TIME_ZONE): Date {
  const match = LOCAL_DATE_TIME.exec(local.trim());
  if (!match) return new Date(Number.NaN);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) {
    return new Date(Number.NaN);
  }
  // The offset at the wall time read as UTC is right except within hours of a DST change;
  // a second pass with the offset of the first guess settles it.
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

/** The wall-clock time of an instant at a zone offset, as ISO 8601 without the offset. */
function localIso(instant: Date, offset: number): string {
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
}

/** The wall-clock date and time of an instant in the site's time zone, "YYYY-MM-DDTHH:mm:ss". */
export function zonedDateTime(instant: Date, timeZone: string = TIME_ZONE): string {
  return localIso(instant, zoneOffsetMinutes(instant, timeZone));
}

/** ISO 8601 with the zone's offset, e.g. 2025-03-11T15:00:00+01:00 (for JSON-LD and feeds). */
export function toZonedIso(instant: Date, timeZone: string = TIME_ZONE): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const local = localIso(instant, offset);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/**
 * The calendar date (YYYY-MM-DD) of an instant in the site's time zone. Browser-safe, like
 * everything here but `buildNow`: `src/scripts/deadlines.ts` reads today's date in Hengelo with it.
 */
export function zonedDate(instant: Date, timeZone: string = TIME_ZONE): string {
  return zonedDateTime(instant, timeZone).slice(0, 10);
}
