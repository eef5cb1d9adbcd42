/** getStaticPaths for detail pages and the extra pages of listings. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { alternatesIn, slugOf } from '../content/collections';
import { facetTable, listingDefaults, listings, type Listing } from '../discovery/facets';
import { filtered, listingFacets, pageCount } from '../discovery/listing';
import { allAnswers, movedPaths, options, questions } from '../discovery/pathfinder';
import { listingFeedKinds, resultFeedKinds, type FeedView } from '../feeds/selection';
import {
  forYouFeedPath,
  listingFeedPath,
  listingPath,
  path,
  type FacetOption,
  type FeedKind,
  type Section,
} from './routes';
import { locales, type Locale } from '../content/vocabulary';

type Localised = 'stories' | 'events' | 'opportunities' | 'employers' | 'profiles' | 'lines';

/** One page per entry of a language, with its translations. */
export async function entryPaths<C extends Localised>(collection: C, section: Section, locale: Locale) {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  const alternatesOf = alternatesIn(all, section);
  return all
    .filter((entry) => entry.data.lang === locale)
    .map((entry) => ({
      params: { slug: slugOf(entry) },
      props: { entry, alternates: alternatesOf(entry) },
    }));
}

/**
 * getStaticPaths for a listing's extra pages: further pages of the whole listing
 * (/verhalen/pagina/2/) and every single-facet page with its further pages
 * (/verhalen/lijn/werken/, /verhalen/lijn/werken/pagina/2/). Every option of the vocabulary gets
 * a page, also one without entries yet (it shows an empty state), so a shared link never breaks.
 */
export async function listingPaths(listing: Listing, locale: Locale) {
  const { matches, evaluation } = await filtered(listing, locale, listingDefaults[listing]);
  const prefix = path(locale, listing);
  const route = (option: FacetOption | undefined, page: number) => ({
    params: { filter: listingPath(locale, listing, option, page).slice(prefix.length, -1) },
    props: { option, page },
  });
  const routes = [];
  for (let page = 2; page <= pageCount(matches.length); page += 1) routes.push(route(undefined, page));
  for (const { key, vocabulary } of await listingFacets(listing)) {
    for (const id of vocabulary.ids) {
      const total = evaluation.counts[key]?.[id] ?? 0;
      for (let page = 1; page <= pageCount(total); page += 1) routes.push(route({ key, id }, page));
    }
  }
  return routes;
}

/**
 * getStaticPaths for the path finder: the first question (/voor-jou/), every valid partial
 * answer (/voor-jou/hunkertukker/, /voor-jou/hunkertukker/student-hbo/) and every valid result
 * page (/voor-jou/hunkertukker/student-hbo/stage/); no page for a goal a stage is not offered.
 * The old pages by age group (/voor-jou/hunkertukker/18-25/werken/) forward to the new ones.
 */
export function pathFinderPaths() {
  const routes: {
    params: { answers: string | undefined };
    props: { answers: string[]; movedTo?: string[] };
  }[] = [];
  const walk = (given: string[]) => {
    routes.push({
      params: { answers: given.length > 0 ? given.join('/') : undefined },
      props: { answers: given },
    });
    const next = questions[given.length];
    if (next) for (const id of options(next, given)) walk([...given, id]);
  };
  walk([]);
  for (const { from, to } of movedPaths()) {
    routes.push({ params: { answers: from.join('/') }, props: { answers: from, movedTo: to } });
  }
  return routes;
}

/**
 * getStaticPaths for the feeds of every selection ("Volg deze selectie"): per language, each
 * single-facet listing page's feeds (`listingFeedKinds`) and both feeds of every path finder
 * result. One route, `src/pages/[...feed].ts`, writes them all.
 */
export function feedPaths() {
  const routes: { params: { feed: string }; props: { locale: Locale; view: FeedView; kind: FeedKind } }[] =
    [];
  const add = (locale: Locale, view: FeedView, kind: FeedKind, file: string) =>
    routes.push({ params: { feed: file.slice(1) }, props: { locale, view, kind } });
  for (const locale of locales) {
    for (const listing of listings) {
      for (const { key, vocabulary } of facetTable[listing]) {
        for (const id of vocabulary.ids) {
          const option = { key, id };
          for (const kind of listingFeedKinds(listing, option)) {
            add(locale, { listing, option }, kind, listingFeedPath(locale, listing, option, kind));
          }
        }
      }
    }
    for (const answers of allAnswers()) {
      for (const kind of resultFeedKinds) {
        const given = [answers.segment, answers.stage, answers.goal];
        add(locale, { answers }, kind, forYouFeedPath(locale, given, kind));
      }
    }
  }
  return routes;
}
