/** Reading the production build in dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

/** Every HTML page of the build, as site paths (/verhalen/roel/). */
export function htmlPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/'))
    .sort();
}

/** The file behind a site path. */
export function fileOf(sitePath: string): string {
  const clean = decodeURI(sitePath.split(/[?#]/)[0] ?? '/');
  if (clean.endsWith('/')) {
    const index = join(DIST, clean, 'index.html');
    return existsSync(index) ? index : join(DIST, `${clean.slice(0, -1)}.html`);
  }
  return join(DIST, clean);
}

/** Whether a site path exists in the build. */
export function exists(sitePath: string): boolean {
  return existsSync(fileOf(sitePath));
}

/** The HTML of a site path. */
export function html(sitePath: string): string {
  return readFileSync(fileOf(sitePath), 'utf8');
}

/** Every value of an attribute on a tag, e.g. every href of every <a>. */
export function attributes(source: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const match of source.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const value = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(match[0]);
    if (value) values.push(value[1] ?? value[2] ?? value[3] ?? '');
  }
  return values;
}

/**
 * Pages that are apps, not site pages, each with the reason. They have no site chrome (menu,
 * language switch, feed link) and are left out of the checks that are about site pages; every
 * test that skips them says so by using `sitePages()` or this map.
 */
export const appPages = new Map([
  [
    '/admin/',
    'Sveltia CMS, the editors’ app: a third-party UI (about 2 MB of script), noindex and not in the sitemap',
  ],
]);

/** Every HTML page of the build except the apps in `appPages`. */
export function sitePages(): string[] {
  return htmlPages().filter((page) => !appPages.has(page));
}
