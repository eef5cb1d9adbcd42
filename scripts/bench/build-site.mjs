/**
 * One benchmark build (run by filter.mjs in its own process): the site from the content folder
 * in CONTENT_DIR, into <work>/dist, with its own cache in <work>/cache so that the project's
 * content cache is left alone. Processed images are copied from the project's cache first: the
 * generated entries share the site's images, so nothing new needs processing.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';

const work = process.argv[2];
if (!work || !process.env.CONTENT_DIR)
  throw new Error('usage: CONTENT_DIR=<dir> node build-site.mjs <work dir>');
const images = join('node_modules', '.astro', 'assets');
if (existsSync(images)) cpSync(images, join(work, 'cache', 'assets'), { recursive: true });
await build({
  root: process.cwd(),
  outDir: join(work, 'dist'),
  cacheDir: join(work, 'cache'),
  // BUILD_LOG_LEVEL=info shows the build's reports (held-back entries, job feeds).
  logLevel: process.env.BUILD_LOG_LEVEL ?? 'warn',
});
