/**
 * Translations are paired by file name: content/stories/nl/roel.mdx and content/stories/en/roel.mdx
 * are one story in two languages. An entry may exist in one language only (a story written in
 * Dutch alone): it is valid, gets its page, listings, feeds and search in that language only, its
 * hreflang names only that page, and the language switch leads to the other language's section
 * instead (`languageSwitchTarget` in src/lib/routing/routes.ts). The build lists such entries as
 * information, not as an error.
 */
import { locales, type Locale } from './vocabulary';

/** What pairing needs to know of an entry: its id in the store (nl/roel) and language. */
export interface Localised {
  id: string;
  lang: Locale;
  /** The file, for the build's message. */
  file?: string | undefined;
}

/** The file name an entry is paired by: nl/roel gives roel. */
function nameOf(entry: { id: string }): string {
  return entry.id.split('/').slice(1).join('/') || entry.id;
}

/** The entries that have no version in the other language, each with the language it lacks. */
export function untranslated<T extends Localised>(entries: readonly T[]): { entry: T; missing: Locale }[] {
  const present = new Set(entries.map((entry) => `${entry.lang}:${nameOf(entry)}`));
  return entries.flatMap((entry) =>
    locales
      .filter((other) => other !== entry.lang && !present.has(`${other}:${nameOf(entry)}`))
      .map((missing) => ({ entry, missing })),
  );
}

const languageName: Record<Locale, string> = { nl: 'Nederlands', en: 'Engels' };
const languageAdjective: Record<Locale, string> = { nl: 'Nederlandse', en: 'Engelse' };

/**
 * The build's information line about entries in one language only, or undefined when every entry
 * has both: "stories: 1 item staat in één taal …".
 */
export function untranslatedSummary(collection: string, entries: readonly Localised[]): string | undefined {
  const missing = untranslated(entries);
  if (missing.length === 0) return undefined;
  const lines = missing.map(
    ({ entry, missing: lacking }) =>
      `  - ${entry.file ?? entry.id}: alleen in het ${languageName[entry.lang]}: geen gepubliceerde ${languageAdjective[lacking]} versie met dezelfde bestandsnaam`,
  );
  return `${collection}: ${missing.length} ${missing.length === 1 ? 'item staat' : 'items staan'} in één taal (dat mag: de andere taal laat ${missing.length === 1 ? 'het' : 'ze'} weg uit pagina's, overzichten, feeds en zoeken):\n${lines.join('\n')}`;
}
