// The iCalendar writer against RFC 5545, read back by ical.js (an independent parser): escaping,
// folding at 75 octets, CRLF, and times that round-trip on both sides of a daylight-saving change.
import { describe, expect, it } from 'vitest';
import { calendarEvent, deadlineEvent, eventUid, feedEvents } from '../../src/lib/agenda/calendar-feed';
import {
  AMSTERDAM_VTIMEZONE,
  escapeText,
  foldLine,
  localDate,
  localDateTime,
  serializeCalendar,
  utcDateTime,
  type CalendarEvent,
} from '../../src/lib/agenda/ical';
import { toZonedIso, zonedTimeToUtc, zoneOffsetMinutes } from '../../src/lib/time/zone';
import { parseCalendar, wallTimeIn } from '../support/ical';

const octets = (text: string) => new TextEncoder().encode(text).length;
const stamp = new Date('2026-11-29T10:00:00Z');

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'talenttop-3@talent.hengelo.nl',
    start: zonedTimeToUtc('2027-03-11T15:00'),
    end: zonedTimeToUtc('2027-03-11T20:00'),
    summary: 'TalentTop #3: wonen voor jong talent',
    status: 'CONFIRMED',
    ...overrides,
  };
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
  it('keeps every line within 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'Zorgcoöperatie € 3.350 – café '.repeat(12)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('date-times', () => {
  it('writes UTC and Hengelo wall-clock time', () => {
    const summer = zonedTimeToUtc('2027-06-19T14:00');
    expect(utcDateTime(summer)).toBe('20270619T120000Z');
    expect(localDateTime(summer)).toBe('20270619T140000');
    expect(localDateTime(zonedTimeToUtc('2027-02-04T15:00'))).toBe('20270204T150000');
  });
});

describe('serializeCalendar', () => {
  const text = serializeCalendar({
    name: 'Talent Hengelo: agenda',
    stamp,
    refresh: 'PT12H',
    events: [event()],
  });

  it('uses CRLF line ends only, ends with one, and keeps lines within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has the required properties, in the right places', () => {
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Gemeente Hengelo//Talent Hengelo//NL',
    ]);
    expect(lines).toContain('UID:talenttop-3@talent.hengelo.nl');
    expect(lines).toContain('DTSTAMP:20261129T100000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20270311T150000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20270311T200000');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(text).toContain(AMSTERDAM_VTIMEZONE.join('\r\n'));
  });

  it('reads back with ical.js: text, UID, stamp and times', () => {
    const tricky = 'Programma; eten, drinken\nen een backslash \\ – 25 € per persoon';
    const calendar = parseCalendar(
      serializeCalendar({ stamp, events: [event({ description: tricky, location: 'Stadhuis, Hengelo' })] }),
    );
    expect(calendar.version).toBe('2.0');
    const [read] = calendar.events;
    expect(read?.uid).toBe('talenttop-3@talent.hengelo.nl');
    expect(read?.summary).toBe('TalentTop #3: wonen voor jong talent');
    expect(read?.description).toBe(tricky);
    expect(read?.location).toBe('Stadhuis, Hengelo');
    expect(read?.stamp.toISOString()).toBe(stamp.toISOString());
    expect(read?.startZone).toBe('Europe/Amsterdam');
    expect(read?.start.toISOString()).toBe(event().start.toISOString());
    expect(read?.end.toISOString()).toBe(event().end.toISOString());
  });

  it('round-trips an event across the October clock change, and one in summer', () => {
    const night = event({
      start: zonedTimeToUtc('2026-10-24T20:00'),
      end: zonedTimeToUtc('2026-10-25T04:00'),
    });
    const summer = event({
      uid: 'festival@talent.hengelo.nl',
      start: zonedTimeToUtc('2027-06-19T14:00'),
      end: zonedTimeToUtc('2027-06-19T23:30'),
    });
    const [a, b] = parseCalendar(serializeCalendar({ stamp, events: [night, summer] })).events;
    expect(a?.start.toISOString()).toBe('2026-10-24T18:00:00.000Z');
    expect(a?.end.toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(b?.start.toISOString()).toBe('2027-06-19T12:00:00.000Z');
    expect(b?.end.toISOString()).toBe('2027-06-19T21:30:00.000Z');
  });
});

describe('the Europe/Amsterdam VTIMEZONE', () => {
  it('agrees with the time zone database every hour around each clock change, 2020-2040', () => {
    parseCalendar(serializeCalendar({ stamp, events: [] }));
    let checked = 0;
    for (let year = 2020; year <= 2040; year += 1) {
      for (const month of [3, 10]) {
        // The day before, of and after the change (the last Sunday of the month).
        const last = new Date(Date.UTC(year, month, 0));
        const sunday = Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay());
        for (let hour = -24; hour < 48; hour += 1) {
          const instant = new Date(sunday + hour * 3_600_000 + 30 * 60_000);
          // ical.js itself misplaces the first hour after a change when converting from UTC (its
          // offset lookup goes by wall time); that hour is left out, every other one must match.
          if (zoneOffsetMinutes(instant) !== zoneOffsetMinutes(new Date(instant.getTime() - 3_600_000)))
            continue;
          expect(wallTimeIn('Europe/Amsterdam', instant), instant.toISOString()).toBe(
            toZonedIso(instant).slice(0, 16),
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBe(21 * 2 * (72 - 1));
  });
});

describe('events as calendar entries', () => {
  const data = {
    title: 'TalentTop #3',
    summary: 'De derde TalentTop gaat over wonen.',
    start: zonedTimeToUtc('2027-03-11T15:00'),
    end: zonedTimeToUtc('2027-03-11T20:00'),
    venue: {
      name: 'Stadhuis Hengelo',
      street: 'Burgemeester Jansenplein 1',
      postalCode: '7551 EC',
      city: 'Hengelo',
    },
    status: 'scheduled' as const,
  };
  const url = 'https://talent.hengelo.nl/agenda/talenttop-3/';

  it('has a stable UID from the slug, the same in both languages', () => {
    expect(eventUid('talenttop-3')).toBe('talenttop-3@talent.hengelo.nl');
    expect(calendarEvent(data, 'talenttop-3', 'nl', url).uid).toBe(
      calendarEvent(data, 'talenttop-3', 'en', url).uid,
    );
  });

  it('puts the venue in LOCATION and the page in URL and DESCRIPTION', () => {
    const entry = calendarEvent(data, 'talenttop-3', 'nl', url);
    expect(entry.location).toBe('Stadhuis Hengelo, Burgemeester Jansenplein 1, 7551 EC Hengelo');
    expect(entry.url).toBe(url);
    expect(entry.description).toBe(`De derde TalentTop gaat over wonen.\n\nMeer informatie: ${url}`);
    expect(entry.status).toBe('CONFIRMED');
  });

  it('marks a cancelled event CANCELLED and says so in its title; a postponed one TENTATIVE', () => {
    const cancelled = calendarEvent({ ...data, status: 'cancelled' }, 'talenttop-3', 'nl', url);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.summary).toBe('Gaat niet door: TalentTop #3');
    const postponed = calendarEvent({ ...data, status: 'postponed' }, 'talenttop-3', 'en', url);
    expect(postponed.status).toBe('TENTATIVE');
    expect(postponed.summary).toBe('Postponed: TalentTop #3');
  });

  it('feeds the events that have not ended, soonest first, on both sides of a start', () => {
    const e = (id: string, start: string, end: string) => ({
      id,
      data: { start: zonedTimeToUtc(start), end: zonedTimeToUtc(end) },
    });
    const events = [
      e('later', '2027-03-11T15:00', '2027-03-11T20:00'),
      e('soon', '2026-12-10T17:30', '2026-12-10T20:00'),
    ];
    expect(feedEvents(events, zonedTimeToUtc('2026-12-10T17:29')).map((x) => x.id)).toEqual([
      'soon',
      'later',
    ]);
    expect(feedEvents(events, zonedTimeToUtc('2026-12-10T19:59')).map((x) => x.id)).toEqual([
      'soon',
      'later',
    ]);
    expect(feedEvents(events, zonedTimeToUtc('2026-12-10T20:01')).map((x) => x.id)).toEqual(['later']);
  });
});

describe("all-day entries (an opportunity's last day to apply)", () => {
  const deadline = zonedTimeToUtc('2027-03-31T00:00');
  const entry = deadlineEvent(
    { title: 'Traineeship data', summary: 'Twee jaar, drie projecten.', deadline },
    'traineeship-data',
    'nl',
    'https://talent.hengelo.nl/kansen/traineeship-data/',
  );

  it('writes the Hengelo day as a DATE, DTEND the day after, as free time', () => {
    const text = serializeCalendar({ stamp, events: [entry] });
    expect(text).toContain('DTSTART;VALUE=DATE:20270331\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270401\r\n');
    expect(text).toContain('TRANSP:TRANSPARENT\r\n');
    expect(text).not.toContain('DTSTART;TZID');
  });

  it('reads back with ical.js as a one-day date, under its own UID and a title that says what it is', () => {
    const calendar = parseCalendar(serializeCalendar({ stamp, events: [entry, event()] }));
    const vevent = calendar.component.getAllSubcomponents('vevent')[0];
    const start = vevent?.getFirstPropertyValue('dtstart') as { isDate: boolean; toString(): string };
    const end = vevent?.getFirstPropertyValue('dtend') as { isDate: boolean; toString(): string };
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2027-03-31');
    expect(end.toString()).toBe('2027-04-01');
    expect(calendar.events[0]?.uid).toBe(`deadline-${eventUid('traineeship-data')}`);
    expect(calendar.events[0]?.summary).toBe('Laatste dag om te reageren: Traineeship data');
    // An event of the same calendar keeps its own times and UID.
    expect(calendar.events[1]?.uid).toBe('talenttop-3@talent.hengelo.nl');
    expect(calendar.events[1]?.start.toISOString()).toBe(zonedTimeToUtc('2027-03-11T15:00').toISOString());
  });

  it('takes the day in Hengelo, also late in the evening UTC and across month ends', () => {
    expect(localDate(new Date('2027-03-30T22:30:00Z'))).toBe('20270331');
    expect(localDate(new Date('2027-12-31T12:00:00Z'), 1)).toBe('20280101');
  });
});
