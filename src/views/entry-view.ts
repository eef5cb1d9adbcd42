/**
 * What every page about one content entry starts with: its props (the language, the entry, the
 * page in each language), the interface text, the entry's data and its rendered body. Editor
 * components name the entry's file when their props are wrong (src/components/mdx/guard.ts), so
 * the file is noted for them before the body renders.
 */
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { useTranslations } from '../i18n';
import type { Locale } from '../lib/content/vocabulary';
import type { Alternates } from '../lib/routing/routes';

export interface EntryProps<E> {
  locale: Locale;
  entry: E;
  alternates: Alternates;
}

export async function entryView<C extends CollectionKey, E extends CollectionEntry<C>>(
  props: EntryProps<E>,
  locals: App.Locals,
) {
  const { entry } = props;
  locals.contentFile = entry.filePath;
  const { Content } = await render(entry);
  return { ...props, t: useTranslations(props.locale), data: entry.data as E['data'], Content };
}
