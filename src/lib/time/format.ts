/** Dates, times and numbers for people, through Intl, in Hengelo's time zone. */
import { languageTags } from '../../i18n';
import { TIME_ZONE } from './zone';
import type { Locale } from '../content/vocabulary';

/**
 * One formatter per language and style: creating an Intl formatter costs far more than using it,
 * and a build formats a date on every card of every listing.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, style: 'date' | 'day' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      languageTags[locale],
      style === 'time'
        ? { timeStyle: 'short', timeZone: TIME_ZONE }
        : { dateStyle: style === 'day' ? 'full' : 'long', timeZone: TIME_ZONE },
    );
    formatters.set(key, format);
  }
  return format;
}

/** "11 maart 2025" / "11 March 2025". */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(locale, 'date').format(date);
}

/** "dinsdag 11 maart 2025" / "Tuesday 11 March 2025". */
export function formatDay(date: Date, locale: Locale): string {
  return formatter(locale, 'day').format(date);
}

/** "15:00". */
export function formatTime(date: Date, locale: Locale): string {
  return formatter(locale, 'time').format(date);
}

/** "dinsdag 11 maart 2025, 15:00 - 18:00", or across days with both dates. */
export function formatRange(start: Date, end: Date, locale: Locale): string {
  const sameDay = formatDate(start, locale) === formatDate(end, locale);
  const dash = '\u2013';
  return sameDay
    ? `${formatDay(start, locale)}, ${formatTime(start, locale)} ${dash} ${formatTime(end, locale)}`
    : `${formatDay(start, locale)}, ${formatTime(start, locale)} ${dash} ${formatDay(end, locale)}, ${formatTime(end, locale)}`;
}

/** "€ 700.000" / "€700,000". */
export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(languageTags[locale], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** "3 min 40 s" from an ISO 8601 duration such as PT3M40S. */
export function formatDuration(iso: string, locale: Locale): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!match) return iso;
  const [, h, m, s] = match;
  const units = locale === 'nl' ? { h: 'uur', m: 'min', s: 'sec' } : { h: 'h', m: 'min', s: 's' };
  return [h && `${Number(h)} ${units.h}`, m && `${Number(m)} ${units.m}`, s && `${Number(s)} ${units.s}`]
    .filter(Boolean)
    .join(' ');
}

/** "november 2026" / "November 2026", from a month such as 2026-11. */
export function formatMonth(month: string, locale: Locale): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(languageTags[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (number ?? 1) - 1, 15)));
}
