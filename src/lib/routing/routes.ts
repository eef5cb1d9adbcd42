/**
 * Every URL of the site is built here. Dutch lives at the root, English under /en/, with
 * translated section names. Pages, links, the language switcher and hreflang all ask this
 * module, so a route changes in one place.
 */
import type { FacetKey, Listing } from '../discovery/facets';
import { eventSeries, type Locale } from '../content/vocabulary';

/** Site sections and their path per language. */
export const sections = {
  home: { nl: '', en: 'en' },
  stories: { nl: 'verhalen', en: 'en/stories' },
  videos: { nl: 'verhalen/video', en: 'en/stories/video' },
  events: { nl: 'agenda', en: 'en/events' },
  eventArchive: { nl: 'agenda/archief', en: 'en/events/archive' },
  opportunities: { nl: 'kansen', en: 'en/opportunities' },
  employers: { nl: 'werkgevers', en: 'en/employers' },
  programme: { nl: 'programma', en: 'en/programme' },
  profiles: { nl: 'voor', en: 'en/for' },
  forYou: { nl: 'voor-jou', en: 'en/for-you' },
  search: { nl: 'zoeken', en: 'en/search' },
  accessibility: { nl: 'toegankelijkheid', en: 'en/accessibility' },
  privacy: { nl: 'privacy', en: 'en/privacy' },
  comingBack: { nl: 'terugkomen', en: 'en/coming-back' },
  moving: { nl: 'verhuizen', en: 'en/moving' },
  compare: { nl: 'vergelijk', en: 'en/compare' },
  contact: { nl: 'contact', en: 'en/contact' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sections;

/** The path of a section, or of an item in it: path('en', 'stories', 'anouk') = /en/stories/anouk/. */
export function path(locale: Locale, section: Section, slug?: string): string {
  const parts = [sections[section][locale], slug].filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The language of a URL path. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl';
}

/** The same page in every language that has it (for hreflang and the language switcher). */
export type Alternates = Partial<Record<Locale, string>>;

/** Where the language switch falls back to: the start of a section with entries, or the home page. */
export type SwitchFallback = EntrySection | 'home';

/**
 * Where the language switch of a page leads: the page itself in the other language when it has
 * one; else, for a page of the stories, events or opportunities (an entry written in one language
 * only), the start of that section in the other language; else that language's home page.
 */
export function languageSwitchTarget(
  alternates: Alternates,
  to: Locale,
  section?: Section,
): { href: string; translated: true } | { href: string; translated: false; fallback: SwitchFallback } {
  const href = alternates[to];
  if (href) return { href, translated: true };
  const fallback: SwitchFallback =
    section === 'stories' || section === 'events' || section === 'opportunities' ? section : 'home';
  return { href: path(to, fallback), translated: false, fallback };
}

/** Alternates of a page that exists in both languages. */
export function bothLanguages(section: Section, slug?: string): Alternates {
  return { nl: path('nl', section, slug), en: path('en', section, slug) };
}

/**
 * The calendar file of an event (/agenda/talenttop-3.ics), or without a slug the subscribable
 * feed of every upcoming event (/agenda.ics). Files, so no trailing slash.
 */
export function calendarPath(locale: Locale, slug?: string): string {
  return slug ? `/${sections.events[locale]}/${slug}.ics` : `/${sections.events[locale]}.ics`;
}

/** The RSS feed of open opportunities: /kansen/rss.xml, /en/opportunities/rss.xml. */
export function opportunityFeedPath(locale: Locale): string {
  return `/${sections.opportunities[locale]}/rss.xml`;
}

/** Names an event file may not have: the agenda's own pages live there (archive, series pages). */
export const reservedEventSlugs: readonly string[] = [
  ...new Set([
    ...Object.values(sections.eventArchive).map((section) => section.split('/').at(-1) ?? ''),
    ...eventSeries.ids,
  ]),
];

/** Kinds of entry that get a page of their own, and so a social image. */
export type EntrySection = 'stories' | 'events' | 'opportunities';

/** The social (Open Graph) image of an entry: /og/nl/stories/anouk.jpg. */
export function ogImagePath(locale: Locale, section: EntrySection, slug: string): string {
  return `/og/${locale}/${section}/${slug}.jpg`;
}

/** The RSS feed of stories in a language: /rss.xml, /en/rss.xml. */
export function feedPath(locale: Locale): string {
  return locale === 'nl' ? '/rss.xml' : '/en/rss.xml';
}

/**
 * Path words of the pre-rendered single-facet pages, per language: /verhalen/lijn/werken/,
 * /en/stories/line/werken/. The ids after them stay the vocabulary ids in both languages.
 */
export const facetWords = {
  age: { nl: 'leeftijd', en: 'age' },
  line: { nl: 'lijn', en: 'line' },
  segment: { nl: 'doelgroep', en: 'group' },
  moment: { nl: 'moment', en: 'moment' },
  format: { nl: 'vorm', en: 'format' },
  type: { nl: 'soort', en: 'type' },
  sector: { nl: 'sector', en: 'sector' },
  level: { nl: 'niveau', en: 'level' },
  when: { nl: 'wanneer', en: 'when' },
  size: { nl: 'grootte', en: 'size' },
  language: { nl: 'taal', en: 'language' },
  place: { nl: 'plaats', en: 'place' },
} as const satisfies Record<FacetKey, Record<Locale, string>>;

/** The path word of the pages of a long listing: /verhalen/pagina/2/. */
export const pageWord = { nl: 'pagina', en: 'page' } as const satisfies Record<Locale, string>;

/** A single facet option: the facet and one of its ids. */
export interface FacetOption {
  key: FacetKey;
  id: string;
}

/**
 * The path of a listing page: the whole listing or one facet option, and a page number.
 * listingPath('nl', 'stories', { key: 'line', id: 'werken' }, 2) = /verhalen/lijn/werken/pagina/2/.
 */
export function listingPath(locale: Locale, listing: Listing, option?: FacetOption, page = 1): string {
  const parts = [
    option && `${facetWords[option.key][locale]}/${option.id}`,
    page > 1 && `${pageWord[locale]}/${page}`,
  ].filter(Boolean);
  return path(locale, listing, parts.length > 0 ? parts.join('/') : undefined);
}

/** The JSON index of a listing, loaded by the filter on first use: /verhalen/index.json. */
export function listingIndexPath(locale: Locale, listing: Listing): string {
  return `${path(locale, listing)}index.json`;
}

/** A listing filtered by a query, e.g. /kansen/?age=18-25&line=werken (needs JavaScript to apply). */
export function filteredPath(locale: Locale, listing: Listing, query: string): string {
  return query ? `${path(locale, listing)}?${query}` : path(locale, listing);
}

/** A page of the path finder: /voor-jou/, /voor-jou/hunkertukker/student-hbo/stage/. */
export function forYouPath(locale: Locale, ...answers: string[]): string {
  return path(locale, 'forYou', answers.length > 0 ? answers.join('/') : undefined);
}

/** The two kinds of feed a selection can be followed with: RSS (a feed reader) and iCalendar. */
export type FeedKind = 'rss' | 'ics';

/** File names of a selection's feeds, next to its page. */
export const feedFiles = {
  rss: { nl: 'rss.xml', en: 'rss.xml' },
  ics: { nl: 'kalender.ics', en: 'calendar.ics' },
} as const satisfies Record<FeedKind, Record<Locale, string>>;

/**
 * A feed of exactly what a single-facet listing page lists (all its numbered pages):
 * /kansen/lijn/werken/rss.xml, /en/events/type/workshop/calendar.ics. Files: no trailing slash.
 */
export function listingFeedPath(
  locale: Locale,
  listing: Listing,
  option: FacetOption,
  kind: FeedKind,
): string {
  return `${listingPath(locale, listing, option)}${feedFiles[kind][locale]}`;
}

/** A feed of what a path finder result lists: /voor-jou/hunkertukker/student-hbo/stage/rss.xml. */
export function forYouFeedPath(locale: Locale, answers: readonly string[], kind: FeedKind): string {
  return `${forYouPath(locale, ...answers)}${feedFiles[kind][locale]}`;
}
