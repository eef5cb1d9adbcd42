/**
 * "Vergelijk met jouw stad": what the page of one city puts next to Hengelo and Twente. Only
 * facts of one series (the same measure from the same kind of source) and one period stand side
 * by side; where there is no such pair, the row says there is no source yet, instead of comparing
 * a figure of one year with a figure of another. Pure: the pages and the tests use it alike.
 */
import type { Labels } from '../content/vocabulary';
import type { Fact } from './lookup';
import { periodKey } from './format';

/** The cities with a page of their own; `id` is the name in lower case with hyphens (the URL). */
export const compareCities = [
  { id: 'amsterdam', place: 'Amsterdam', name: { nl: 'Amsterdam', en: 'Amsterdam' } },
  { id: 'rotterdam', place: 'Rotterdam', name: { nl: 'Rotterdam', en: 'Rotterdam' } },
  { id: 'den-haag', place: 'Den Haag', name: { nl: 'Den Haag', en: 'The Hague' } },
  { id: 'utrecht', place: 'Utrecht', name: { nl: 'Utrecht', en: 'Utrecht' } },
  { id: 'eindhoven', place: 'Eindhoven', name: { nl: 'Eindhoven', en: 'Eindhoven' } },
  { id: 'groningen', place: 'Groningen', name: { nl: 'Groningen', en: 'Groningen' } },
  { id: 'zwolle', place: 'Zwolle', name: { nl: 'Zwolle', en: 'Zwolle' } },
  { id: 'nijmegen', place: 'Nijmegen', name: { nl: 'Nijmegen', en: 'Nijmegen' } },
  { id: 'arnhem', place: 'Arnhem', name: { nl: 'Arnhem', en: 'Arnhem' } },
  { id: 'amersfoort', place: 'Amersfoort', name: { nl: 'Amersfoort', en: 'Amersfoort' } },
] as const satisfies readonly { id: string; place: string; name: Labels }[];

export type CompareCity = (typeof compareCities)[number];

/**
 * The places on the Hengelo side, nearest first: a figure for Hengelo itself, else for Twente's
 * student city, the region or the province, as long as it shares series and period.
 */
export const homePlaces = ['Hengelo', 'Enschede', 'Twente', 'Overijssel'] as const;

/**
 * The rows of a city page. `pair`: compared with Hengelo/Twente; `train`: the connection from
 * Hengelo as a source gives it (a direct train or not, trains an hour), nothing to compare.
 * `series` in order of preference: the first series with a pair wins.
 */
export const compareTopics = [
  { id: 'direct', kind: 'train', series: ['trein-vanaf-hengelo'] },
  { id: 'travelTime', kind: 'train', series: ['reistijd-vanaf-hengelo'] },
  { id: 'studentRoom', kind: 'pair', series: ['kamernet-kamerhuur-particulier', 'kamernet-kamerhuur'] },
  { id: 'housePrice', kind: 'pair', series: ['cbs-koopprijs'] },
] as const;

export type CompareTopic = (typeof compareTopics)[number];

export type CompareRow =
  | { topic: CompareTopic; kind: 'pair'; city: Fact; home: Fact }
  | { topic: CompareTopic; kind: 'train'; facts: Fact[] }
  | { topic: CompareTopic; kind: 'none' };

/** Later periods first: by the year, then the quarter, in the period's text ("Q2 2025"). */
export function periodOrder(period: string): number {
  const year = Number(/\b(\d{4})\b/.exec(period)?.[1] ?? 0);
  const quarter = Number(/\bQ([1-4])\b/i.exec(period)?.[1] ?? 5);
  return year * 10 + quarter;
}

function placeIs(fact: Fact, place: string): boolean {
  return fact.data.place.toLowerCase().startsWith(place.toLowerCase());
}

/** What the page of `city` shows, topic by topic. */
export function compareRows(city: CompareCity, facts: readonly Fact[]): CompareRow[] {
  return compareTopics.map((topic): CompareRow => {
    const series: readonly string[] = topic.series;
    const ofCity = facts
      .filter((fact) => series.includes(fact.data.series) && placeIs(fact, city.place))
      .sort(
        (a, b) =>
          series.indexOf(a.data.series) - series.indexOf(b.data.series) ||
          periodOrder(periodKey(b.data)) - periodOrder(periodKey(a.data)) ||
          a.id.localeCompare(b.id),
      );
    if (topic.kind === 'train')
      return ofCity.length > 0 ? { topic, kind: 'train', facts: ofCity } : { topic, kind: 'none' };
    for (const cityFact of ofCity) {
      for (const place of homePlaces) {
        const home = facts.find(
          (fact) =>
            fact.data.series === cityFact.data.series &&
            placeIs(fact, place) &&
            periodKey(fact.data) === periodKey(cityFact.data),
        );
        if (home) return { topic, kind: 'pair', city: cityFact, home };
      }
    }
    return { topic, kind: 'none' };
  });
}
