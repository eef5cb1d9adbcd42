/**
 * The content loader: Astro's glob loader over `content/<collection>/` (Markdown and MDX), with
 * the site's rules around it.
 * - Every entry is checked by `validateEntry` first, so a bad entry fails the build with a
 *   message that names the file, the field, the bad value and what is allowed.
 * - Entries the publishing rules hold back (draft, OFF-brand, scheduled) are taken out of the
 *   store, so no page, feed, sitemap or search index can show them, and the build prints what
 *   was held back and why.
 * - A recurring event is replaced by its dated instances (`./recurrence.ts`), so every page,
 *   calendar file and listing sees one entry per year.
 * - An entry with no file of the same name in the other language is fine: the build lists it as
 *   information (`./translations.ts`).
 * - Opportunities also get the vacancies of the employers' job feeds (`../jobs/loader.ts`), after
 *   the files, so a hand-made entry is never overwritten; the build prints a report per feed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { heldBackSummary, isPublishable, publishStatus, type HeldBack } from './publishing';
import { expandEntry, type Recurring } from '../agenda/recurrence';
import type { CollectionName } from './schemas';
import { buildNow } from '../time/zone';
import { say } from './messages';
import { untranslatedSummary } from './translations';
import { validateEntry } from './validation';
import { checkEmployerRefs, EmployerRefError } from './employer-refs';
import { readFrontmatter } from './frontmatter';
import type { Locale } from './vocabulary';
import { monthlyVideo, type VideoCandidate } from '../media/monthly-interview';
import { imageKey, sharedPortraits } from './portraits';
import { staleFacts } from '../facts/stale';
import { addImportedVacancies } from '../jobs/loader';

/** Thrown for content that breaks the contract; its message is meant for editors. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * The folder the content is read from: `content/`, or the folder in the environment variable
 * CONTENT_DIR (relative to the project or absolute). `npm run bench` points it at a temporary
 * folder of generated entries; the site itself always builds from `content/`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}

/** Collections of data files (YAML), not Markdown: one file per entry, in no language folder. */
const DATA_COLLECTIONS: readonly CollectionName[] = ['facts'];
/** The field that names employers by id, per collection that has one. */
const EMPLOYER_FIELDS: Partial<Record<CollectionName, string>> = {
  opportunities: 'employer',
  events: 'employer',
  stories: 'employers',
};

export function contentLoader(collection: CollectionName, now: () => Date = buildNow): Loader {
  const data = DATA_COLLECTIONS.includes(collection);
  const inner = glob({ pattern: data ? '*.{yml,yaml}' : '**/*.{md,mdx}', base: join(contentDir(), collection) });
  return {
    name: 'talent-content',
    load: async (context) => {
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = relative(process.cwd(), props.filePath ?? props.id);
          // A data file has no body: the checks on a body's text are for Markdown.
          const raw = props.filePath && !data ? await readFile(props.filePath, 'utf8') : undefined;
          const result = validateEntry(collection, file, props.data, raw);
          if (!result.ok) throw new ContentError(result.message);
          return context.parseData(props);
        },
      });

      const at = now();
      // Imported vacancies are in their feed's language only, by design: not listed as untranslated.
      const imported =
        collection === 'opportunities'
          ? await addImportedVacancies(context, { contentRoot: contentDir(), now: at })
          : new Set<string>();
      const held: HeldBack[] = [];
      const entries = context.store.entries();
      if (collection === 'facts') {
        // A figure not compared with its source for a year: a warning, never a failure.
        const stale = staleFacts(
          entries.map(([id, entry]) => ({ id, file: entry.filePath ?? id, checked: (entry.data as { checked: Date }).checked })),
          at,
        );
        if (stale) context.logger.warn(stale);
      }
      if (collection === 'stories') {
        // The plan's monthly cadence: a reminder, never a failure.
        const video = monthlyVideo(
          entries.map(([, entry]) => entry.data as unknown as VideoCandidate),
          at,
        );
        if (video.status === 'missing') context.logger.warn(video.message);
        else if (video.status === 'scheduled') context.logger.info(video.message);
        // One picture, one person (./portraits.ts).
        const portraits = sharedPortraits(
          entries.flatMap(([id, entry]) => {
            const data = entry.data as { person?: unknown; hero?: { src?: unknown } };
            const image = data.person ? imageKey(data.hero?.src) : undefined;
            return image ? [{ file: entry.filePath ?? id, image }] : [];
          }),
        );
        if (portraits.length > 0) throw new ContentError(portraits.join('\n'));
      }
      for (const [id, entry] of entries) {
        if (!isPublishable(entry.data)) continue;
        const status = publishStatus(entry.data, at);
        if (!status.published) {
          held.push({ file: entry.filePath ?? id, reason: status.reason, detail: status.detail });
          context.store.delete(id);
        }
      }
      if (entries.some(([, entry]) => isPublishable(entry.data))) {
        context.logger.info(heldBackSummary(collection, held, entries.length));
        // Published in one language only: fine, and worth knowing (./translations.ts).
        const oneLanguage = untranslatedSummary(
          collection,
          context.store
            .entries()
            .filter(([id]) => !imported.has(id))
            .map(([id, entry]) => ({
            id,
            lang: (entry.data as { lang: Locale }).lang,
            file: entry.filePath,
          })),
        );
        if (oneLanguage) context.logger.info(oneLanguage);
      }

      const refField = EMPLOYER_FIELDS[collection];
      if (refField) {
        // Every published entry names published employers only (./employer-refs.ts).
        const known = await publishedEmployers(at);
        try {
          checkEmployerRefs(
            context.store.entries().flatMap(([id, entry]) => {
              const value = (entry.data as Record<string, unknown>)[refField];
              const named = value === undefined ? [] : Array.isArray(value) ? value : [value];
              return named.map((employer, index) => ({
                id,
                file: entry.filePath ?? id,
                employer: String(employer),
                collection,
                field: Array.isArray(value) ? `${refField}[${index}]` : refField,
              }));
            }),
            known,
          );
        } catch (error) {
          if (error instanceof EmployerRefError) throw new ContentError(error.message);
          throw error;
        }
      }

      if (collection === 'events') {
        for (const [id, entry] of context.store.entries()) {
          const data = entry.data as unknown as Recurring & { title: string };
          if (!data.recurrence) continue;
          context.store.delete(id);
          for (const instance of expandEntry(id, data, at)) {
            if (context.store.has(instance.id)) {
              throw new ContentError(
                say('instanceNameTaken', {
                  bestand: entry.filePath ?? id,
                  jaar: instance.id.slice(-4),
                  naam: instance.id,
                }),
              );
            }
            context.store.set({
              ...entry,
              digest: undefined,
              id: instance.id,
              data: instance.data as unknown as typeof entry.data,
            });
          }
        }
      }
    },
  };
}

/**
 * The ids of the employers the site publishes at `at` (their file names, in either language),
 * read from content/employers/ as the employers' own loader reads them: the collections load side
 * by side, so the opportunities cannot wait for the employers' store. An employer file that
 * breaks its contract fails in its own loader, with its own message.
 */
export async function publishedEmployers(at: Date, dir = join(contentDir(), 'employers')): Promise<Set<string>> {
  const ids = new Set<string>();
  const files = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const name of files) {
    const match = /^(?:nl|en)[\\/]([^\\/]+)\.mdx?$/.exec(name);
    if (!match?.[1]) continue;
    const data = readFrontmatter(await readFile(join(dir, name), 'utf8'));
    const entry = validateEntry('employers', join(dir, name), data);
    if (!entry.ok || !isPublishable(entry.data)) continue;
    if (publishStatus(entry.data, at).published) ids.add(match[1]);
  }
  return ids;
}
