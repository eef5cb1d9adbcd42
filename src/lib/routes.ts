/**
 * Every URL of the site is built here. Dutch lives at the root, English under /en/, with
 * translated section names. Pages, links, the language switcher and hreflang all ask this
 * module, so a route changes in one place.
 */
import { eventSeries, type Locale } from './vocabulary';

/** Site sections and their path per language. */
export const sections = {
  home: { nl: '', en: 'en' },
  stories: { nl: 'verhalen', en: 'en/stories' },
  videos: { nl: 'verhalen/video', en: 'en/stories/video' },
  events: { nl: 'agenda', en: 'en/events' },
  eventArchive: { nl: 'agenda/archief', en: 'en/events/archive' },
  opportunities: { nl: 'kansen', en: 'en/opportunities' },
  programme: { nl: 'programma', en: 'en/programme' },
  profiles: { nl: 'voor', en: 'en/for' },
  accessibility: { nl: 'toegankelijkheid', en: 'en/accessibility' },
  privacy: { nl: 'privacy', en: 'en/privacy' },
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

/** The social (Open Graph) image of an entry: /og/nl/stories/anouk.png. */
export function ogImagePath(locale: Locale, section: EntrySection, slug: string): string {
  return `/og/${locale}/${section}/${slug}.png`;
}

/** The RSS feed of stories in a language: /rss.xml, /en/rss.xml. */
export function feedPath(locale: Locale): string {
  return locale === 'nl' ? '/rss.xml' : '/en/rss.xml';
}
