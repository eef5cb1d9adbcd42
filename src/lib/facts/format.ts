/**
 * A fact as a page shows it: the value with its unit in the page's language ("€ 568.161",
 * "3:59 uur", "5 dagen", "ja"), what it measures and its period. Pure: the Fact components
 * (`src/components/FactValue.astro`) and the tests use the same words.
 */
import type { FactData } from '../content/schemas';
import { factUnits, type FactUnitId, type Locale } from '../content/vocabulary';
import { languageTags } from '../../i18n';

const about = { nl: 'ongeveer', en: 'about' } as const;

/** The unit after the value 1 ("1 trein per uur"), where it differs from the plural label. */
const one: Partial<Record<FactUnitId, Record<Locale, string>>> = {
  minuten: { nl: 'minuut', en: 'minute' },
  dagen: { nl: 'dag', en: 'day' },
  maanden: { nl: 'maand', en: 'month' },
  'treinen-per-uur': { nl: 'trein per uur', en: 'train an hour' },
  'treinen-per-dag': { nl: 'trein per dag', en: 'train a day' },
  'reizigers-per-dag': { nl: 'reiziger per dag', en: 'passenger a day' },
  banen: { nl: 'baan', en: 'job' },
};
const yesNo = { nl: ['ja', 'nee'], en: ['yes', 'no'] } as const;

/** The value with its unit, e.g. "€ 568.161" / "€568,161", "ongeveer € 700 per maand", "3:59 uur". */
export function factValue(fact: FactData, locale: Locale): string {
  const { value, unit } = fact;
  let shown: string;
  if (typeof value === 'boolean') shown = yesNo[locale][value ? 0 : 1];
  else if (unit === 'euro' || unit === 'euro-per-maand') {
    const amount =
      typeof value === 'number'
        ? new Intl.NumberFormat(languageTags[locale], {
            style: 'currency',
            currency: 'EUR',
            maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
          }).format(value)
        : `€ ${value}`;
    shown = unit === 'euro' ? amount : `${amount} ${locale === 'nl' ? 'per maand' : 'a month'}`;
  } else {
    const number =
      typeof value === 'number' ? new Intl.NumberFormat(languageTags[locale]).format(value) : value;
    const words = (value === 1 ? one[unit]?.[locale] : undefined) ?? factUnits.label(unit, locale);
    shown = unit === 'procent' ? `${number}%` : `${number} ${words}`;
  }
  return fact.approximate ? `${about[locale]} ${shown}` : shown;
}

/** The period in the page's language. */
export function factPeriod(fact: FactData, locale: Locale): string {
  return typeof fact.period === 'string' ? fact.period : fact.period[locale];
}

/** The period as one text, whatever the language: what "the same period" compares. */
export function periodKey(fact: FactData): string {
  return typeof fact.period === 'string' ? fact.period : fact.period.nl;
}
