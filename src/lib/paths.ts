/** getStaticPaths for detail pages: one page per entry of a language, with its translations. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { alternatesOf, slugOf } from './content';
import type { Section } from './routes';
import type { Locale } from './vocabulary';

type Localised = 'stories' | 'events' | 'opportunities' | 'profiles' | 'lines';

export async function entryPaths<C extends Localised>(collection: C, section: Section, locale: Locale) {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all
    .filter((entry) => entry.data.lang === locale)
    .map((entry) => ({
      params: { slug: slugOf(entry) },
      props: { entry, alternates: alternatesOf(entry, all, section) },
    }));
}
