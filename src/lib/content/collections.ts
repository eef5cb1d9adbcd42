/**
 * Reading the collections for one language, in the order the site shows them. The loader has
 * already taken out what the publishing rules hold back; what is left here is the shop window.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from '../site/once';
import type { Alternates, Section } from '../routing/routes';
import { path } from '../routing/routes';
import type { Locale } from './vocabulary';
import { locales } from './vocabulary';
import type { Fact } from '../facts/lookup';
import { similarIndex, type SimilarIndex } from '../opportunities/similar';
import { zonedDate } from '../time/zone';

export type Story = CollectionEntry<'stories'>;
export type Event = CollectionEntry<'events'>;
export type Opportunity = CollectionEntry<'opportunities'>;
export type Profile = CollectionEntry<'profiles'>;
export type Line = CollectionEntry<'lines'>;
export type Employer = CollectionEntry<'employers'>;

type Localised = { id: string; data: { lang: Locale } };

/** The URL slug of an entry: its file name (`nl/anouk-terug.md` gives `anouk-terug`). */
export function slugOf(entry: { id: string }): string {
  return entry.id.split('/').slice(1).join('/') || entry.id;
}

function inLocale<T extends Localised>(entries: T[], locale: Locale): T[] {
  return entries.filter((entry) => entry.data.lang === locale);
}

/**
 * Every story page asks for all stories (related stories): the sorted list is made once per build.
 * Callers get their own copy, so sorting or filtering it cannot touch the shared one.
 */
async function once<T>(key: string, read: () => Promise<T[]>): Promise<T[]> {
  return (await oncePerBuild(key, read)).slice();
}

/** Stories, newest first. */
export function getStories(locale: Locale): Promise<Story[]> {
  return once(`stories:${locale}`, async () =>
    inLocale(await getCollection('stories'), locale).sort(
      (a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime(),
    ),
  );
}

/** Events, soonest first. */
export function getEvents(locale: Locale): Promise<Event[]> {
  return once(`events:${locale}`, async () =>
    inLocale(await getCollection('events'), locale).sort(
      (a, b) => a.data.start.getTime() - b.data.start.getTime(),
    ),
  );
}

/** Opportunities, nearest deadline first. */
export function getOpportunities(locale: Locale): Promise<Opportunity[]> {
  return once(`opportunities:${locale}`, async () =>
    inLocale(await getCollection('opportunities'), locale).sort(
      (a, b) => a.data.deadline.getTime() - b.data.deadline.getTime(),
    ),
  );
}

/**
 * The open opportunities at `now` and their similar ones (`../opportunities/similar`), made once
 * per build, language and Hengelo day: every opportunity and employer page asks for them, and
 * going through all opportunities on each of those pages grows with the square of their number.
 */
export function openOpportunityIndex(locale: Locale, now: Date): Promise<SimilarIndex<Opportunity>> {
  return oncePerBuild(`open-opportunities:${locale}:${zonedDate(now)}`, async () =>
    similarIndex(await getOpportunities(locale), now),
  );
}

/** Every sourced figure (content/facts/), by its id: the file name. One language for both. */
export function getFacts(): Promise<Fact[]> {
  return once('facts', async () =>
    (await getCollection('facts')).map((entry) => ({ id: entry.id, data: entry.data })),
  );
}

/** Employers, by name. */
export function getEmployers(locale: Locale): Promise<Employer[]> {
  return once(`employers:${locale}`, async () =>
    inLocale(await getCollection('employers'), locale).sort((a, b) =>
      a.data.name.localeCompare(b.data.name, locale),
    ),
  );
}

/**
 * The employers by id (file name) as a page in `locale` shows them: the entry in that language,
 * else the one in the other language (an employer written in one language only). The build has
 * checked that every id an entry names is here (`./employer-refs.ts`).
 */
export function employerIndex(locale: Locale): Promise<ReadonlyMap<string, Employer>> {
  return oncePerBuild(`employer-index:${locale}`, async () => {
    const index = new Map<string, Employer>();
    for (const lang of [locale, ...locales.filter((other) => other !== locale)]) {
      for (const entry of await getEmployers(lang)) if (!index.has(slugOf(entry))) index.set(slugOf(entry), entry);
    }
    return index;
  });
}

/** The employer an opportunity names (the check at load time makes sure there is one). */
export async function employerOf(opportunity: Opportunity, locale: Locale): Promise<Employer> {
  const employer = (await employerIndex(locale)).get(opportunity.data.employer);
  if (!employer) throw new Error(`No employer "${opportunity.data.employer}" for ${opportunity.filePath ?? opportunity.id}`);
  return employer;
}

/** Target-group profiles, in the plan's order. */
export async function getProfiles(locale: Locale): Promise<Profile[]> {
  return inLocale(await getCollection('profiles'), locale).sort((a, b) => a.data.order - b.data.order);
}

/** Programme lines, in the plan's order. */
export async function getLines(locale: Locale): Promise<Line[]> {
  return inLocale(await getCollection('lines'), locale).sort((a, b) => a.data.order - b.data.order);
}

/**
 * For the entries of one collection: the URLs of an entry in each language it exists in, matched
 * by file name. A language without the entry is left out, so hreflang never points at a missing
 * page. The slugs go into a set once, so n entries cost n steps, not n × n.
 */
export function alternatesIn(all: Localised[], section: Section): (entry: { id: string }) => Alternates {
  const present = new Set(all.map((other) => `${other.data.lang}:${slugOf(other)}`));
  return (entry) => {
    const slug = slugOf(entry);
    const alternates: Alternates = {};
    for (const locale of locales) {
      if (present.has(`${locale}:${slug}`)) alternates[locale] = path(locale, section, slug);
    }
    return alternates;
  };
}
