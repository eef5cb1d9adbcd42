/**
 * Site search: after the build, index the built pages with Pagefind's Node API and write the
 * index to `<dist>/pagefind/`. Nothing is copied into `public/`, so the index can never be older
 * than the pages it describes.
 *
 * What gets indexed is decided by the pages: only pages with `data-pagefind-body` (detail and
 * topic pages, see `src/lib/search.ts`), only the element that carries it (no header, footer or
 * listings), with filters named like the URL facets. Pagefind splits the index by `<html lang>`,
 * so Dutch and English are searched separately.
 *
 * Set PAGEFIND=off to skip indexing (e.g. for a quick build that does not need search).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported up front: by astro:build:done the config's module runner is closed to new imports.
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'talent-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGEFIND === 'off') {
          logger.warn('PAGEFIND=off: no search index written.');
          return;
        }
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          await mkdir(outputPath, { recursive: true });
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search in ${outputPath}.`);
        } finally {
          await close();
        }
      },
    },
  };
}
