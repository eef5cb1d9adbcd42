// Yearly events from one entry: the rule's dates agree with an independent RRULE implementation
// (ical.js), instances keep their local time across daylight-saving changes, and the site shows
// the instances that have started plus the next one.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  dateInYear,
  expandEntry,
  instancesOf,
  parseRule,
  recurrenceProblem,
  ruleDates,
} from '../../src/lib/agenda/recurrence';
import { toZonedIso, zonedTimeToUtc } from '../../src/lib/time/zone';

function rule(text: string) {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rule;
}

/** The first `count` dates of a rule from `start`, by ical.js. */
function icalDates(text: string, start: string, count: number): string[] {
  const iterator = ICAL.Recur.fromString(text).iterator(ICAL.Time.fromDateString(start));
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < count; next = iterator.next()) {
    dates.push(next.toString().slice(0, 10));
  }
  return dates;
}

describe('parseRule', () => {
  it('reads the third Monday of November', () => {
    expect(rule('FREQ=YEARLY;BYMONTH=11;BYDAY=3MO')).toEqual({
      interval: 1,
      month: 11,
      day: { nth: 3, weekday: 1 },
    });
  });
  it('reads a fixed day, an interval and a last weekday, in any order and case', () => {
    expect(rule('bymonthday=19;FREQ=YEARLY;BYMONTH=6;INTERVAL=2')).toEqual({
      interval: 2,
      month: 6,
      day: { monthDay: 19 },
    });
    expect(rule('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR').day).toEqual({ nth: -1, weekday: 5 });
  });
  it.each([
    ['FREQ=MONTHLY;BYDAY=1MO', /het is niet elk jaar: FREQ=YEARLY ontbreekt/],
    ['FREQ=YEARLY;BYDAY=3MO', /er moet één maand in staan/],
    ['FREQ=YEARLY;BYMONTH=13;BYDAY=3MO', /er moet één maand in staan/],
    ['FREQ=YEARLY;BYMONTH=11', /precies één van BYDAY .* en BYMONTHDAY/],
    ['FREQ=YEARLY;BYMONTH=11;BYDAY=MO', /genummerde weekdag/],
    ['FREQ=YEARLY;BYMONTH=11;BYDAY=3MO;COUNT=4', /COUNT kent de site niet/],
    ['FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=32', /BYMONTHDAY ligt niet tussen 1 en 31/],
    ['derde week van november', /is geen NAAM=WAARDE/],
  ])('refuses %s, saying what to write', (text, why) => {
    const parsed = parseRule(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(why);
      expect(parsed.message).toContain('Schrijf bijvoorbeeld FREQ=YEARLY;BYMONTH=11;BYDAY=3MO');
    }
  });
});

describe('rule dates agree with ical.js', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=11;BYDAY=3MO', '2025-11-17'],
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', '2026-03-29'],
    ['FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', '2026-10-25'],
    ['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=19', '2027-06-19'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2028-02-29'],
    ['FREQ=YEARLY;BYMONTH=9;BYDAY=1TU;INTERVAL=2', '2026-09-01'],
  ])('%s from %s', (text, start) => {
    expect(ruleDates(rule(text), start, '2100-12-31').slice(0, 12)).toEqual(icalDates(text, start, 12));
  });

  it('gives Twente Goes Techno the Mondays of the third week of November', () => {
    expect(ruleDates(rule('FREQ=YEARLY;BYMONTH=11;BYDAY=3MO'), '2025-01-01', '2028-12-31')).toEqual([
      '2025-11-17',
      '2026-11-16',
      '2027-11-15',
      '2028-11-20',
    ]);
  });

  it('skips years without the day', () => {
    expect(dateInYear(rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'), 2027)).toBeUndefined();
    expect(dateInYear(rule('FREQ=YEARLY;BYMONTH=2;BYDAY=5MO'), 2027)).toBeUndefined();
  });
});

const techno = {
  title: 'Twente Goes Techno',
  start: zonedTimeToUtc('2025-11-17T08:30'),
  end: zonedTimeToUtc('2025-11-21T16:00'),
  recurrence: { rule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=3MO' },
};

describe('instances on the site', () => {
  it('has the instances that have started and the next one', () => {
    const years = (now: string) => instancesOf(techno, zonedTimeToUtc(now)).map((i) => i.year);
    expect(years('2025-10-01T00:00')).toEqual([2025]);
    expect(years('2025-11-17T08:29')).toEqual([2025]);
    expect(years('2025-11-17T08:31')).toEqual([2025, 2026]);
    expect(years('2026-11-29T10:00')).toEqual([2025, 2026, 2027]);
  });

  it('keeps local times and length, whatever the clocks do', () => {
    const [, second] = instancesOf(techno, zonedTimeToUtc('2026-12-01T00:00'));
    expect(second && toZonedIso(second.start)).toBe('2026-11-16T08:30:00+01:00');
    expect(second && toZonedIso(second.end)).toBe('2026-11-20T16:00:00+01:00');
    const acrossDst = {
      start: zonedTimeToUtc('2026-10-24T20:00'),
      end: zonedTimeToUtc('2026-10-25T04:00'),
      recurrence: { rule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=4SA' },
    };
    const [first, next] = instancesOf(acrossDst, zonedTimeToUtc('2026-10-24T21:00'));
    // The night the clocks go back lasts an hour longer.
    expect(first && (first.end.getTime() - first.start.getTime()) / 3_600_000).toBe(9);
    expect(next && toZonedIso(next.start)).toBe('2027-10-23T20:00:00+02:00');
    expect(next && toZonedIso(next.end)).toBe('2027-10-24T04:00:00+02:00');
  });

  it('stops at until', () => {
    const ending = {
      ...techno,
      recurrence: { ...techno.recurrence, until: zonedTimeToUtc('2026-12-31T00:00') },
    };
    expect(instancesOf(ending, zonedTimeToUtc('2030-01-01T00:00')).map((i) => i.year)).toEqual([2025, 2026]);
  });

  it('names each instance after its year; a one-off event stays as it is', () => {
    const entries = expandEntry('nl/twente-goes-techno', techno, zonedTimeToUtc('2026-01-01T00:00'));
    expect(entries.map((e) => [e.id, e.data.title])).toEqual([
      ['nl/twente-goes-techno-2025', 'Twente Goes Techno 2025'],
      ['nl/twente-goes-techno-2026', 'Twente Goes Techno 2026'],
    ]);
    const once = { title: 'TalentTop #3', start: techno.start, end: techno.end };
    expect(expandEntry('nl/talenttop-3', once, zonedTimeToUtc('2026-01-01T00:00'))).toEqual([
      { id: 'nl/talenttop-3', data: once },
    ]);
  });
});

describe('recurrenceProblem', () => {
  it('accepts a start on the rule', () => {
    expect(recurrenceProblem(techno)).toBeUndefined();
  });
  it('names the rule when it yields no date', () => {
    expect(
      recurrenceProblem({ ...techno, recurrence: { rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' } }),
    ).toEqual({ field: 'recurrence.rule', message: expect.stringMatching(/geeft geen enkele datum/) });
    const ended = {
      ...techno,
      recurrence: { ...techno.recurrence, until: zonedTimeToUtc('2024-12-31T00:00') },
    };
    expect(recurrenceProblem(ended)?.message).toMatch(/geeft geen enkele datum tussen 2025 en 31-12-2024/);
  });
  it('names start when it is not the first date of the rule', () => {
    expect(recurrenceProblem({ ...techno, start: zonedTimeToUtc('2025-11-18T08:30') })).toEqual({
      field: 'start',
      message: expect.stringContaining('de regel van Elk jaar terug geeft 17-11-2025'),
    });
  });
});
