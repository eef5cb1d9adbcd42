/**
 * Facets: how the listings (stories, events, opportunities) are filtered. One table says which
 * facets each listing has, under which URL key, over which vocabulary; the functions below do the
 * matching, counting and URL handling for both the build (pre-rendered facet pages, counts) and
 * the browser (`<talent-filter>`), so the server and the browser share one implementation.
 *
 * A facet's ids come from a vocabulary, or, for an employer's places, from the entries themselves
 * (`open`; the build fills them in).
 *
 * Rules: OR within a facet, AND across facets. `?age=18-25,25-30&line=werken` means "(18-25 or
 * 25-30) and werken". Unknown keys and ids in a URL are ignored, never an error.
 *
 * This module must stay importable in the browser: no Node imports, and only `./vocabulary`.
 */
import {
  ages,
  employerSizes,
  eventTimes,
  eventTypes,
  levels,
  lines,
  moments,
  opportunityTypes,
  sectors,
  segments,
  storyFormats,
  workingLanguages,
  type Locale,
} from '../content/vocabulary';

/** The listings that can be filtered. */
export const listings = ['stories', 'events', 'opportunities', 'employers'] as const;
export type Listing = (typeof listings)[number];

/** URL query keys of the facets; also the Pagefind filter names. */
export type FacetKey =
  | 'age'
  | 'line'
  | 'segment'
  | 'moment'
  | 'format'
  | 'type'
  | 'sector'
  | 'level'
  | 'when'
  | 'size'
  | 'language'
  | 'place';

/** What a facet needs of its vocabulary (method syntax: any vocabulary of the module fits). */
export interface FacetTerms {
  ids: readonly string[];
  label(id: string, locale: Locale): string;
}

export interface Facet {
  /** URL query key, e.g. `age`. */
  key: FacetKey;
  /** The vocabulary its ids come from. */
  vocabulary: FacetTerms;
  /** The content field that holds the ids (a list or one id); none when computed (e.g. `when`). */
  field?: string;
  /**
   * The ids come from the entries, not from a vocabulary (an employer's places, written as text):
   * `vocabulary` is empty here, and the build fills it in from the content (`listingFacets`).
   */
  open?: true;
}

/** A facet's terms when its ids come from the entries: none yet. */
const fromEntries: FacetTerms = { ids: [], label: (id: string) => id };

/**
 * THE table: the facets of each listing, in the order the filter shows them. Built in a function
 * marked free of side effects, so the browser bundle (which reads its spec from the form) leaves
 * the table and the vocabularies out.
 */
export const facetTable: Record<Listing, readonly Facet[]> = /* @__PURE__ */ table();

/* @__NO_SIDE_EFFECTS__ */
function table(): Record<Listing, readonly Facet[]> {
  const facet = (key: FacetKey, vocabulary: FacetTerms, field?: string): Facet => ({
    key,
    vocabulary,
    field,
  });
  const open = (key: FacetKey): Facet => ({ key, vocabulary: fromEntries, open: true });
  const shared = [
    facet('age', ages, 'ages'),
    facet('line', lines, 'lines'),
    facet('segment', segments, 'segments'),
    facet('moment', moments, 'moments'),
  ];
  return {
    stories: [...shared, facet('format', storyFormats, 'format')],
    opportunities: [
      facet('type', opportunityTypes, 'type'),
      facet('level', levels, 'levels'),
      facet('sector', sectors, 'sector'),
      facet('language', workingLanguages),
      ...shared,
    ],
    employers: [
      facet('sector', sectors, 'sector'),
      facet('size', employerSizes, 'size'),
      facet('language', workingLanguages, 'workingLanguages'),
      open('place'),
    ],
    events: [facet('when', eventTimes), facet('type', eventTypes, 'type'), ...shared],
  };
}

/**
 * The id of a place as the place facet and its URL have it: "Hof van Twente" is hof-van-twente,
 * "Enschede" enschede. Accents go, so the id stays [a-z0-9-].
 */
export function placeId(place: string): string {
  return place
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Allowed ids per facet key, in display order. The browser reads it from the form. */
export type FacetSpec = Partial<Record<FacetKey, readonly string[]>>;

/** The selected ids per facet key. Only facets with at least one id appear. */
export type Selection = Partial<Record<FacetKey, string[]>>;

/** The ids an item has per facet key. */
export type FacetValues = Partial<Record<FacetKey, readonly string[]>>;

/** Which counts a filter shows: per facet key, per id, how many items that option would leave. */
export type Counts = Partial<Record<FacetKey, Record<string, number>>>;

/** The spec of a listing, from the table. */
export function specOf(listing: Listing, facets: readonly Facet[] = facetTable[listing]): FacetSpec {
  return Object.fromEntries(facets.map((f) => [f.key, f.vocabulary.ids]));
}

/** The facet values of an entry of a listing; `computed` supplies facets without a field. */
export function facetValuesOf(
  listing: Listing,
  data: Record<string, unknown>,
  computed: FacetValues = {},
): FacetValues {
  const values: FacetValues = {};
  for (const { key, field } of facetTable[listing]) {
    const raw = field ? data[field] : computed[key];
    values[key] = raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  }
  return values;
}

const keysOf = (spec: FacetSpec) => Object.keys(spec) as FacetKey[];

/**
 * A selection from a URL query, keeping only known keys and ids, in the spec's order.
 * Accepts both `age=18-25,25-30` (what the site writes) and `age=18-25&age=25-30` (a plain form).
 */
export function parseQuery(spec: FacetSpec, query: string | URLSearchParams): Selection {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const selection: Selection = {};
  for (const key of keysOf(spec)) {
    const wanted = new Set(params.getAll(key).flatMap((value) => value.split(',').map((v) => v.trim())));
    const ids = (spec[key] ?? []).filter((id) => wanted.has(id));
    if (ids.length > 0) selection[key] = ids;
  }
  return selection;
}

/**
 * The URL query of a selection, without `?`: `age=18-25,25-30&line=werken`. Keys and ids in the
 * spec's order, so one selection always gives one URL. Ids are [a-z0-9-], safe without escaping.
 */
export function toQuery(spec: FacetSpec, selection: Selection): string {
  return keysOf(spec)
    .flatMap((key) => {
      const chosen = selection[key] ?? [];
      const ids = (spec[key] ?? []).filter((id) => chosen.includes(id));
      return ids.length > 0 ? [`${key}=${ids.join(',')}`] : [];
    })
    .join('&');
}

/** Whether nothing is selected. */
export function isEmpty(selection: Selection): boolean {
  return Object.values(selection).every((ids) => !ids || ids.length === 0);
}

/** Two selections of one spec are the same when they give the same query. */
export function sameSelection(spec: FacetSpec, a: Selection, b: Selection): boolean {
  return toQuery(spec, a) === toQuery(spec, b);
}

/**
 * What a listing shows for a facet the URL says nothing about. The agenda shows what is still to
 * come: `/agenda/` is the upcoming events, `/agenda/?type=workshop` the upcoming workshops.
 * A visitor who wants past events too asks for them (`?when=komend,geweest`).
 */
export const listingDefaults: Record<Listing, Selection> = {
  stories: {},
  events: { when: ['komend'] },
  opportunities: {},
  employers: {},
};

/** A selection with the defaults filled in for the facets it does not mention. */
export function withDefaults(defaults: Selection, selection: Selection): Selection {
  const full: Selection = { ...selection };
  for (const key of Object.keys(defaults) as FacetKey[]) {
    if ((full[key]?.length ?? 0) === 0) full[key] = [...(defaults[key] ?? [])];
  }
  return full;
}

/**
 * The URL query of a selection on a listing with defaults: a facet at its default is left out, a
 * facet with a default but nothing chosen (no restriction) is written with all its ids, so the
 * URL read back with `withDefaults` gives the same view.
 */
export function toListingQuery(spec: FacetSpec, defaults: Selection, selection: Selection): string {
  const written: Selection = { ...selection };
  for (const key of Object.keys(defaults) as FacetKey[]) {
    const chosen = written[key] ?? [];
    if (chosen.length === 0) written[key] = [...(spec[key] ?? [])];
    else if (sameSelection(spec, { [key]: chosen }, { [key]: defaults[key] ?? [] })) delete written[key];
  }
  return toQuery(spec, written);
}

/** A selection with one facet left out. */
export function without(selection: Selection, key: FacetKey): Selection {
  const rest = { ...selection };
  delete rest[key];
  return rest;
}

/** Whether an item matches a selection: for every selected facet, at least one of its ids. */
export function matches(item: FacetValues, selection: Selection): boolean {
  for (const key of Object.keys(selection) as FacetKey[]) {
    const ids = selection[key];
    if (!ids || ids.length === 0) continue;
    const values = item[key] ?? [];
    if (!ids.some((id) => values.includes(id))) return false;
  }
  return true;
}

export interface Evaluation {
  /** Indexes of the matching items, in the order given. */
  matches: number[];
  /**
   * Per facet and id: how many items match when that id is chosen within its facet, keeping the
   * other facets as they are ("what this option would leave"). For an unselected facet this is
   * how many of the current results have the id.
   */
  counts: Counts;
  /** Per selected facet: how many items match when that facet is left out. */
  without: Partial<Record<FacetKey, number>>;
}

/**
 * Matches and counts in one pass over the items: an item that fails no selected facet is a
 * result and counts for every option; one that fails exactly one facet counts only for that
 * facet's options (choosing one of them could bring it in) and for leaving that facet out.
 * Linear in the number of items, so it stays within one frame at 10,000 entries.
 */
export function evaluate(items: readonly FacetValues[], spec: FacetSpec, selection: Selection): Evaluation {
  const keys = keysOf(spec);
  const active = keys
    .filter((key) => (selection[key]?.length ?? 0) > 0)
    .map((key) => ({ key, ids: new Set(selection[key]) }));
  const counts: Counts = {};
  for (const key of keys) counts[key] = Object.fromEntries((spec[key] ?? []).map((id) => [id, 0]));
  const dropped: Partial<Record<FacetKey, number>> = {};
  for (const { key } of active) dropped[key] = 0;
  const found: number[] = [];

  const tally = (key: FacetKey, values: readonly string[] | undefined) => {
    const row = counts[key];
    if (!row || !values) return;
    for (const value of values) if (row[value] !== undefined) row[value] += 1;
  };

  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as FacetValues;
    let failed: FacetKey | undefined;
    let failures = 0;
    for (const { key, ids } of active) {
      const values = item[key];
      let hit = false;
      if (values) for (const value of values) if (ids.has(value)) hit = true;
      if (!hit) {
        failures += 1;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      found.push(index);
      for (const key of keys) tally(key, item[key]);
    } else if (failures === 1 && failed) {
      tally(failed, item[failed]);
      dropped[failed] = (dropped[failed] ?? 0) + 1;
    }
  }
  for (const { key } of active) dropped[key] = (dropped[key] ?? 0) + found.length;
  return { matches: found, counts, without: dropped };
}

export interface Wider {
  /** The facet to leave out. */
  key: FacetKey;
  /** The selection without it. */
  selection: Selection;
  /** How many items that selection shows. */
  count: number;
}

/**
 * The nearest wider selections for an empty result: leave out one facet, the one that brings
 * back the most results first. Only suggestions that show something.
 */
export function widerSelections(selection: Selection, evaluation: Evaluation): Wider[] {
  return (Object.keys(evaluation.without) as FacetKey[])
    .map((key) => ({ key, selection: without(selection, key), count: evaluation.without[key] ?? 0 }))
    .filter((wider) => wider.count > 0)
    .sort((a, b) => b.count - a.count);
}
