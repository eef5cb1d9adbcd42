/**
 * The content as the site should publish it, computed from the files in content/ with the same
 * contract and publishing rules as the build. Tests compare the built site against this instead
 * of hard-coded lists, so they stay true when editors change content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { isPublishable, publishStatus } from '../../src/lib/content/publishing';
import { expandEntry, type Recurring } from '../../src/lib/agenda/recurrence';
import type { CollectionName } from '../../src/lib/content/schemas';
import { buildNow } from '../../src/lib/time/zone';
import { validateEntry } from '../../src/lib/content/validation';
import type { Locale } from '../../src/lib/content/vocabulary';

export interface Entry {
  collection: CollectionName;
  file: string;
  slug: string;
  locale: Locale;
  data: Record<string, unknown> & { title: string; lang: Locale };
}

/**
 * Every valid entry of a collection, published or not; a recurring event as its dated instances at
 * `now`, as the content loader stores them.
 */
export function allEntries(collection: CollectionName, now: Date = buildNow()): Entry[] {
  const base = join('content', collection);
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .flatMap((name): Entry[] => {
      const file = join(base, name);
      const raw = readFileSync(file, 'utf8');
      const result = validateEntry(
        collection,
        file,
        load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? ''),
        raw,
      );
      if (!result.ok) throw new Error(result.message);
      const data = result.data as Entry['data'];
      const slug = basename(name).replace(/\.mdx?$/, '');
      const locale = basename(dirname(file)) as Locale;
      if (collection !== 'events') return [{ collection, file, slug, locale, data }];
      return expandEntry(slug, data as Entry['data'] & Recurring, now).map((instance) => ({
        collection,
        file,
        slug: instance.id,
        locale,
        data: instance.data,
      }));
    });
}

/** The entries the build publishes at BUILD_DATE (or now). */
export function published(collection: CollectionName, locale?: Locale, now: Date = buildNow()): Entry[] {
  return allEntries(collection, now).filter(
    (entry) =>
      (!locale || entry.locale === locale) &&
      (!isPublishable(entry.data) || publishStatus(entry.data, now).published),
  );
}
