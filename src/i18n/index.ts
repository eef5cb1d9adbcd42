import type { Locale } from '../lib/content/vocabulary';
import { en } from './en';
import { nl, type Dictionary } from './nl';

const dictionaries: Record<Locale, Dictionary> = { nl, en };

/** The interface text of a language. */
export function useTranslations(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const languageTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export type { Dictionary };
