/**
 * Site search: after the build, index the built pages with Pagefind's Node API and write the
 * index to `<dist>/pagefind/`. Nothing is copied into `public/`, so the index can never be older
 * than the pages it describes.
 *
 * What gets indexed is decided by the pages: only pages with `data-pagefind-body` (detail and
 * topic pages, see `src/lib/discovery/search-record.ts`), only the element that carries it (no header, footer or
 * listings), with filters named like the URL facets. Pagefind splits the index by `<html lang>`,
 * so Dutch and English are searched separately.
 *
 * Indexing starts as soon as the pages are written (`astro:build:generated`) and runs in
 * Pagefind's own process while the other integrations finish (sitemap, social images); the
 * index is written at the end (`astro:build:done`).
 *
 * Set PAGEFIND=off to skip indexing (e.g. for a quick build that does not need search).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported up front: by astro:build:done the config's module runner is closed to new imports.
import { close, createIndex, type PagefindIndex } from 'pagefind';

/**
 * The pages Pagefind reads: the home page and pages one or two folders below a language's root
 * (`/verhalen/<slug>/`, `/en/stories/<slug>/`, `/programma/`). Every indexed page is one of them;
 * the deeper listing, facet and numbered pages never are, and reading them would only cost time.
 * `tests/dist/search.test.ts` fails if a page with `data-pagefind-body` falls outside this set.
 */
export const INDEXED_PAGES = '{index.html,*/index.html,*/*/index.html,en/*/*/index.html}';

async function indexSite(site: string): Promise<{ index: PagefindIndex; pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  return { index, pages: added.page_count };
}

export default function pagefind(): AstroIntegration {
  let indexing: Promise<{ index: PagefindIndex; pages: number }> | undefined;
  return {
    name: 'talent-pagefind',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        if (process.env.PAGEFIND === 'off') return;
        indexing = indexSite(fileURLToPath(dir));
        // Awaited in astro:build:done; until then a failure must not go unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGEFIND === 'off') {
          logger.warn('PAGEFIND=off: no search index written.');
          return;
        }
        const outputPath = join(fileURLToPath(dir), 'pagefind');
        try {
          const { index, pages } = await (indexing ?? indexSite(fileURLToPath(dir)));
          await mkdir(outputPath, { recursive: true });
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${pages} pages for search in ${outputPath}.`);
        } finally {
          await close();
        }
      },
    },
  };
}
