/**
 * A small iCalendar writer (RFC 5545) for the agenda: one file per event and a subscribable feed.
 * Times are written as Hengelo wall-clock time with TZID=Europe/Amsterdam and a VTIMEZONE that
 * carries the European daylight-saving rules, so calendar apps place an event right on both
 * sides of a clock change. Text is escaped (3.3.11), lines end in CRLF and are folded at 75
 * octets without splitting a UTF-8 character (3.1).
 */
import { TIME_ZONE, zonedDate, zonedDateTime } from '../time/zone';

/** One event as it goes into a calendar. */
export interface CalendarEvent {
  /** Globally unique and stable across builds, e.g. talenttop-3@talent.hengelo.nl. */
  uid: string;
  start: Date;
  end: Date;
  /** The title in the calendar. */
  summary: string;
  description?: string | undefined;
  /** The venue as one line of text. */
  location?: string | undefined;
  /** The event's page. */
  url?: string | undefined;
  /** CONFIRMED, TENTATIVE (e.g. postponed) or CANCELLED. */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /**
   * A whole day (e.g. an opportunity's last day to apply): written as the Hengelo calendar days
   * of `start` and `end` (DATE values, DTEND the day after `end`, RFC 5545 3.6.1), and free time.
   */
  allDay?: boolean | undefined;
}

/** A whole calendar file. */
export interface Calendar {
  /** Shown by calendar apps as the calendar's name (feeds). */
  name?: string | undefined;
  description?: string | undefined;
  /** The moment the file was made (DTSTAMP): the build time. */
  stamp: Date;
  /** How often subscribers should check the feed again, as an ISO duration, e.g. PT12H. */
  refresh?: string | undefined;
  events: readonly CalendarEvent[];
}

export const PRODID = '-//Gemeente Hengelo//Talent Hengelo//NL';

/** Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Fold a content line into lines of at most 75 octets; each continuation starts with one space
 * (RFC 5545, 3.1). Splits between characters, never inside a multi-octet UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** 20261116T073000Z. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Hengelo wall-clock time, 20261116T083000, for DTSTART;TZID=Europe/Amsterdam. */
export function localDateTime(instant: Date): string {
  return zonedDateTime(instant).replace(/[-:]/g, '');
}

/**
 * Europe/Amsterdam: CET (+01:00) in winter, CEST (+02:00) from the last Sunday of March at 02:00
 * until the last Sunday of October at 03:00, the EU rule since 1996.
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
] as const;

/** The Hengelo calendar day of an instant as a DATE value, 20270315; `after` days later. */
export function localDate(instant: Date, after = 0): string {
  const [year, month, day] = zonedDate(instant).split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + after))
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    ...(event.allDay
      ? [`DTSTART;VALUE=DATE:${localDate(event.start)}`, `DTEND;VALUE=DATE:${localDate(event.end, 1)}`]
      : [
          `DTSTART;TZID=${TIME_ZONE}:${localDateTime(event.start)}`,
          `DTEND;TZID=${TIME_ZONE}:${localDateTime(event.end)}`,
        ]),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status}`, `TRANSP:${event.allDay ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
  return lines;
}

/** The text of a calendar file: CRLF line ends, folded lines, ending in CRLF. */
export function serializeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // RFC 7986 allows LAST-MODIFIED on the calendar itself: when this file was made.
    `LAST-MODIFIED:${utcDateTime(calendar.stamp)}`,
  ];
  if (calendar.name)
    lines.push(`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`);
  if (calendar.description) {
    lines.push(
      `DESCRIPTION:${escapeText(calendar.description)}`,
      `X-WR-CALDESC:${escapeText(calendar.description)}`,
    );
  }
  if (calendar.refresh) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refresh}`, `X-PUBLISHED-TTL:${calendar.refresh}`);
  }
  lines.push(`X-WR-TIMEZONE:${TIME_ZONE}`, ...AMSTERDAM_VTIMEZONE);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The HTTP content type of a calendar file. */
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
