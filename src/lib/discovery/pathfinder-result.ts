/**
 * What a path finder result page lists, per kind (stories, opportunities, upcoming events): every
 * matching item, best first. The result page shows the first few of each and links to the rest;
 * the result's feeds (`src/lib/feeds/selection.ts`) hold all of them.
 */
import { specOf, type Listing } from './facets';
import { listItems, type ListItem } from './listing';
import { listingsFor, resultFor, type Answers, type Result } from './pathfinder';
import type { Locale } from '../content/vocabulary';

export interface ResultGroup {
  listing: Listing;
  result: Result;
  /** Every matching item, best first (`result.ranked` as items). */
  items: ListItem[];
}

/** The groups of a result, in the order of `listingsFor`. */
export function resultGroups(locale: Locale, answers: Answers): Promise<ResultGroup[]> {
  return Promise.all(
    listingsFor(answers).map(async (listing) => {
      const all = await listItems(listing, locale);
      const result = resultFor(
        listing,
        all.map((item) => item.facets),
        specOf(listing),
        answers,
      );
      if (!result)
        throw new Error(`The path finder has no ${listing} for ${Object.values(answers).join('/')}.`);
      return { listing, result, items: result.ranked.map((index) => all[index] as ListItem) };
    }),
  );
}
