/**
 * Yearly events from one content entry. An event with a `recurrence` rule (a small subset of the
 * iCalendar RRULE of RFC 5545, section 3.3.10) stands for one dated instance per year: Twente
 * Goes Techno is "every year in the third week of November", `FREQ=YEARLY;BYMONTH=11;BYDAY=3MO`.
 * The entry's `start` and `end` are the first instance; they fix the time of day and how many days
 * an instance lasts. Each instance gets its own page and calendar file, named after the file with
 * the year added (`twente-goes-techno-2026`).
 *
 * Pure functions over local Hengelo dates (YYYY-MM-DD) and `now`, so tests can put the clock
 * anywhere; wall-clock times go through `zonedTimeToUtc`, so instances keep their local time across
 * daylight-saving changes.
 */
import { say } from '../content/messages';
import { TIME_ZONE, zonedDate, zonedDateTime, zonedTimeToUtc } from '../time/zone';

/** RFC 5545 weekday codes, in JavaScript's getUTCDay() order. */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** A parsed rule: every INTERVAL years in month BYMONTH on one day of that month. */
export interface YearlyRule {
  /** Every how many years (INTERVAL, default 1). */
  interval: number;
  /** Month, 1-12 (BYMONTH). */
  month: number;
  /** The day of the month: a fixed day (BYMONTHDAY) or the nth weekday (BYDAY, e.g. 3MO or -1FR). */
  day: { monthDay: number } | { nth: number; weekday: number };
}

/** Parse a rule, or say in one sentence what is wrong with it (in Dutch, for the editor). */
export function parseRule(text: string): { ok: true; rule: YearlyRule } | { ok: false; message: string } {
  const fail = (why: string) => ({
    ok: false as const,
    message: say('ruleNotRule', { waarde: JSON.stringify(text), reden: why }),
  });
  const parts = new Map<string, string>();
  for (const part of text
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || extra !== undefined)
      return fail(`het deel "${part}" is geen NAAM=WAARDE`);
    const name = key.trim().toUpperCase();
    if (parts.has(name)) return fail(`${name} staat er twee keer in`);
    parts.set(name, value.trim().toUpperCase());
  }
  const known = ['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY'];
  const unknown = [...parts.keys()].filter((key) => !known.includes(key));
  if (unknown.length > 0) return fail(`${unknown.join(', ')} kent de site niet`);
  if (parts.get('FREQ') !== 'YEARLY') return fail('het is niet elk jaar: FREQ=YEARLY ontbreekt');

  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1) return fail('INTERVAL is geen heel aantal jaren');

  const month = Number(parts.get('BYMONTH'));
  if (!parts.has('BYMONTH') || !Number.isInteger(month) || month < 1 || month > 12) {
    return fail('er moet één maand in staan, BYMONTH=1 tot en met BYMONTH=12');
  }

  const byDay = parts.get('BYDAY');
  const byMonthDay = parts.get('BYMONTHDAY');
  if ((byDay === undefined) === (byMonthDay === undefined)) {
    return fail('er moet precies één van BYDAY (zoals 3MO) en BYMONTHDAY (zoals 19) in staan');
  }
  if (byMonthDay !== undefined) {
    const monthDay = Number(byMonthDay);
    if (!Number.isInteger(monthDay) || monthDay < 1 || monthDay > 31)
      return fail('BYMONTHDAY ligt niet tussen 1 en 31');
    return { ok: true, rule: { interval, month, day: { monthDay } } };
  }
  const match = /^([+-]?[1-5])(SU|MO|TU|WE|TH|FR|SA)$/.exec(byDay ?? '');
  if (!match)
    return fail(
      'BYDAY moet één genummerde weekdag zijn, zoals 3MO (derde maandag) of -1FR (laatste vrijdag)',
    );
  const [, nth = '', code = ''] = match;
  return {
    ok: true,
    rule: {
      interval,
      month,
      day: { nth: Number(nth), weekday: WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]) },
    },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2027-03-11 as the CMS shows a day: 11-03-2027. */
const dutchDay = (date: string) => date.split('-').reverse().join('-');

/** The rule's date in one year (YYYY-MM-DD), or undefined when that year has none (30 February, a 5th Monday). */
export function dateInYear(rule: YearlyRule, year: number): string | undefined {
  const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  let day: number;
  if ('monthDay' in rule.day) {
    day = rule.day.monthDay;
  } else {
    const { nth, weekday } = rule.day;
    if (nth > 0) {
      const first = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
      day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
    } else {
      const last = new Date(Date.UTC(year, rule.month - 1, daysInMonth)).getUTCDay();
      day = daysInMonth - ((last - weekday + 7) % 7) + (nth + 1) * 7;
    }
  }
  if (day < 1 || day > daysInMonth) return undefined;
  return `${year}-${pad(rule.month)}-${pad(day)}`;
}

/** How far ahead a rule is searched for its first date when it has no end: long enough for any leap-day rule. */
const SEARCH_YEARS = 40;

/**
 * The rule's dates from the year of `from` on, in order, no later than `until` (YYYY-MM-DD, or the
 * search horizon). Years are counted in steps of INTERVAL from `from`'s year.
 */
export function ruleDates(rule: YearlyRule, from: string, until?: string): string[] {
  const first = Number(from.slice(0, 4));
  const last = until ? Number(until.slice(0, 4)) : first + SEARCH_YEARS;
  const dates: string[] = [];
  for (let year = first; year <= last; year += rule.interval) {
    const date = dateInYear(rule, year);
    if (date && date >= from && (!until || date <= until)) dates.push(date);
  }
  return dates;
}

/** What a recurring event needs. */
export interface Recurring {
  start: Date;
  end: Date;
  recurrence?: { rule: string; until?: Date | undefined } | undefined;
}

/** One dated instance: `year` names it (`<file name>-<year>`). */
export interface Instance {
  year: number;
  start: Date;
  end: Date;
}

/** The local date and wall-clock time of an instant in Hengelo. */
function local(instant: Date): { date: string; time: string } {
  const wall = zonedDateTime(instant);
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** Whole days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Checks a recurring event: the rule must parse, give at least one date, and its first date must
 * be the day `start` is on. Returns the problem as { field, message } or undefined when all is well.
 */
export function recurrenceProblem(event: Recurring): { field: string; message: string } | undefined {
  if (!event.recurrence) return undefined;
  const parsed = parseRule(event.recurrence.rule);
  if (!parsed.ok) return { field: 'recurrence.rule', message: parsed.message };
  const from = local(event.start).date;
  const until = event.recurrence.until ? zonedDate(event.recurrence.until) : undefined;
  const dates = ruleDates(parsed.rule, `${from.slice(0, 4)}-01-01`, until);
  if (dates.length === 0) {
    return {
      field: 'recurrence.rule',
      message: say('ruleNoDate', {
        waarde: JSON.stringify(event.recurrence.rule),
        van: from.slice(0, 4),
        tot: until ? dutchDay(until) : String(Number(from.slice(0, 4)) + SEARCH_YEARS),
      }),
    };
  }
  if (dates[0] !== from) {
    return {
      field: 'start',
      message: say('ruleNotStart', { begin: dutchDay(from), eerste: dutchDay(dates[0] ?? '') }),
    };
  }
  return undefined;
}

/**
 * The dated instances of an event that are on the site at `now`: every instance that has started
 * by now, and the next one. A one-off event is its own single instance. Expects an event that
 * passed `recurrenceProblem`.
 */
export function instancesOf(event: Recurring, now: Date): Instance[] {
  const year = Number(local(event.start).date.slice(0, 4));
  if (!event.recurrence) return [{ year, start: event.start, end: event.end }];
  const parsed = parseRule(event.recurrence.rule);
  if (!parsed.ok) throw new Error(parsed.message);
  const start = local(event.start);
  const end = local(event.end);
  const span = daysBetween(start.date, end.date);
  const until = event.recurrence.until ? zonedDate(event.recurrence.until) : undefined;
  const horizon = local(now).date.slice(0, 4);
  const dates = ruleDates(parsed.rule, start.date, until ?? `${Number(horizon) + SEARCH_YEARS}-12-31`);
  const instances: Instance[] = [];
  for (const date of dates) {
    const instance = {
      year: Number(date.slice(0, 4)),
      start: zonedTimeToUtc(`${date}T${start.time}`, TIME_ZONE),
      end: zonedTimeToUtc(`${addDays(date, span)}T${end.time}`, TIME_ZONE),
    };
    instances.push(instance);
    if (instance.start.getTime() > now.getTime()) break;
  }
  return instances;
}

/**
 * The entries of one event as the site shows them: a one-off event as it is; a recurring one as
 * its instances at `now`, each with the year added to its id (`nl/twente-goes-techno-2026`) and
 * title ("Twente Goes Techno 2026").
 */
export function expandEntry<T extends Recurring & { title: string }>(
  id: string,
  data: T,
  now: Date,
): { id: string; data: T }[] {
  if (!data.recurrence) return [{ id, data }];
  return instancesOf(data, now).map((instance) => ({
    id: `${id}-${instance.year}`,
    data: { ...data, title: `${data.title} ${instance.year}`, start: instance.start, end: instance.end },
  }));
}
