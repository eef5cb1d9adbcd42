#!/usr/bin/env node
/**
 * npm run build:fixture: builds the fixture site, the content the tests that need particular
 * content run on (tests/fixtures/site: a recurring event, past and upcoming events, a series,
 * open and closed opportunities, video interviews on YouTube and on the site, return stories, more
 * stories than fit one listing page, a scheduled and an OFF-brand story, Dutch-only entries), for
 * its pinned BUILD_DATE, into .fixture/dist with its own cache in .fixture/cache, so the site's
 * dist/ and cache are left alone. tests/fixtures/site.json names the folders and the date; the
 * Vitest project `fixture` and the Playwright project `fixture` read the same file.
 * On a first build, processed images and social images are copied from the site's cache: most
 * are the same.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixture = JSON.parse(readFileSync('tests/fixtures/site.json', 'utf8'));
process.env.CONTENT_DIR = fixture.content;
process.env.BUILD_DATE = fixture.buildDate;
const { build } = await import('astro');

for (const folder of ['assets', 'og']) {
  const site = join('node_modules', '.astro', folder);
  const own = join(fixture.cache, folder);
  if (existsSync(site) && !existsSync(own)) cpSync(site, own, { recursive: true });
}
const started = Date.now();
await build({ root: process.cwd(), outDir: fixture.dist, cacheDir: fixture.cache, logLevel: 'warn' });
console.log(
  `Fixture site (${fixture.content}, BUILD_DATE=${fixture.buildDate}) built into ${fixture.dist} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
