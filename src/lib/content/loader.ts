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
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { heldBackSummary, isPublishable, publishStatus, type HeldBack } from './publishing';
import { expandEntry, type Recurring } from '../agenda/recurrence';
import type { CollectionName } from './schemas';
import { buildNow } from '../time/zone';
import { say } from './messages';
import { untranslatedSummary } from './translations';
import { validateEntry } from './validation';
import type { Locale } from './vocabulary';
import { monthlyVideo, type VideoCandidate } from '../media/monthly-interview';
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

export function contentLoader(collection: CollectionName, now: () => Date = buildNow): Loader {
  const inner = glob({ pattern: '**/*.{md,mdx}', base: join(contentDir(), collection) });
  return {
    name: 'talent-content',
    load: async (context) => {
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = relative(process.cwd(), props.filePath ?? props.id);
          const raw = props.filePath ? await readFile(props.filePath, 'utf8') : undefined;
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
      if (collection === 'stories') {
        // The plan's monthly cadence: a reminder, never a failure.
        const video = monthlyVideo(
          entries.map(([, entry]) => entry.data as unknown as VideoCandidate),
          at,
        );
        if (video.status === 'missing') context.logger.warn(video.message);
        else if (video.status === 'scheduled') context.logger.info(video.message);
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
