/**
 * The content as the site should publish it, computed from the content files with the same
 * frontmatter parser, contract and publishing rules as the build. Tests compare the built site
 * against this instead of hard-coded lists, so they stay true when editors change content.
 * The functions exported here read the site under test (./sites.ts); `contentOf(fixture)` reads
 * the fixture site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { isPublishable, publishStatus } from '../../src/lib/content/publishing';
import { expandEntry, type Recurring } from '../../src/lib/agenda/recurrence';
import type { CollectionName } from '../../src/lib/content/schemas';
import { buildNow } from '../../src/lib/time/zone';
import { validateEntry } from '../../src/lib/content/validation';
import type { Locale } from '../../src/lib/content/vocabulary';
import { builtSite } from './dist';
import { site, type Site } from './sites';

export interface Entry {
  collection: CollectionName;
  file: string;
  slug: string;
  locale: Locale;
  data: Record<string, unknown> & { title: string; lang: Locale };
}

/** The entry files of a collection in a content folder (none when the folder is missing). */
export function entryFiles(content: string, collection: CollectionName): string[] {
  const base = join(content, collection);
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(base, name))
    .sort();
}

/** The content of a site, read at the moment its build was made for (or BUILD_DATE, or now). */
export function contentOf(where: Site) {
  const build = builtSite(where.dist);
  /** The moment to read at: the build's own, so tests agree with it whatever the clock says. */
  const moment = () => (build.isBuilt() ? build.builtAt() : buildNow());

  /**
   * Every valid entry of a collection, published or not; a recurring event as its dated instances
   * at `now`, as the content loader stores them.
   */
  function allEntries(collection: CollectionName, now: Date = moment()): Entry[] {
    return entryFiles(where.content, collection).flatMap((file): Entry[] => {
      const raw = readFileSync(file, 'utf8');
      const result = validateEntry(collection, file, readFrontmatter(raw), raw);
      if (!result.ok) throw new Error(result.message);
      const data = result.data as Entry['data'];
      const slug = basename(file).replace(/\.mdx?$/, '');
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

  /** The entries the build publishes at `now` (by default the moment it was built for). */
  function published(collection: CollectionName, locale?: Locale, now: Date = moment()): Entry[] {
    return allEntries(collection, now).filter(
      (entry) =>
        (!locale || entry.locale === locale) &&
        (!isPublishable(entry.data) || publishStatus(entry.data, now).published),
    );
  }

  /**
   * The published entries of a collection in one language that have no published version in the
   * other (matched by file name, as the site pairs translations).
   */
  function untranslated(collection: CollectionName, locale: Locale, now: Date = moment()): Entry[] {
    const other = new Set(
      published(collection, undefined, now)
        .filter((entry) => entry.locale !== locale)
        .map((entry) => entry.slug),
    );
    return published(collection, locale, now).filter((entry) => !other.has(entry.slug));
  }

  return { allEntries, published, untranslated, moment };
}

export const { allEntries, published, untranslated } = contentOf(site);
