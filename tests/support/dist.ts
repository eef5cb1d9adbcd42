/**
 * Reading a production build: the site's (dist/, or DIST_DIR; see ./sites.ts) through the
 * functions exported here, any other build folder through `builtSite(folder)`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from './sites';

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
 * Whether a link goes to one entry's page directly below a listing (/kansen/<slug>/), not to the
 * listing itself nor to its filter and pagination pages, which are deeper (/kansen/soort/stage/).
 */
export function isEntryLink(link: string, listing: string): boolean {
  return link.startsWith(listing) && /^[^/]+\/$/.test(link.slice(listing.length));
}

/** The JSON-LD objects of a page. */
export function jsonLd(source: string): Record<string, unknown>[] {
  return [...source.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? 'null') as Record<string, unknown>,
  );
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

/** The helpers that read one build folder. */
export function builtSite(DIST: string) {
  /** Every HTML page of the build, as site paths (/verhalen/roel/). */
  function htmlPages(): string[] {
    if (!existsSync(DIST)) {
      throw new Error(
        `${DIST}/ is missing: run \`npm run build\` first (the fixture site: \`npm run build:fixture\`).`,
      );
    }
    return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/'))
      .sort();
  }

  /** The file behind a site path. */
  function fileOf(sitePath: string): string {
    const clean = decodeURI(sitePath.split(/[?#]/)[0] ?? '/');
    if (clean.endsWith('/')) {
      const index = join(DIST, clean, 'index.html');
      return existsSync(index) ? index : join(DIST, `${clean.slice(0, -1)}.html`);
    }
    return join(DIST, clean);
  }

  /** Whether a site path exists in the build. */
  function exists(sitePath: string): boolean {
    return existsSync(fileOf(sitePath));
  }

  /** The HTML of a site path. */
  function html(sitePath: string): string {
    return readFileSync(fileOf(sitePath), 'utf8');
  }

  /**
   * The moment the build was made for (its BUILD_DATE, or the clock at build time), read from the
   * calendar feed's LAST-MODIFIED. Tests compute what the build should show from this, not from
   * the clock when the tests run.
   */
  function builtAt(): Date {
    const feed = readFileSync(join(DIST, 'agenda.ics'), 'utf8');
    const match = /^LAST-MODIFIED:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r$/m.exec(feed);
    if (!match) throw new Error(`${DIST}/agenda.ics has no LAST-MODIFIED: rebuild the site.`);
    const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
    return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s));
  }

  /** Whether the folder holds a build (tests that read content only can run without one). */
  function isBuilt(): boolean {
    return existsSync(join(DIST, 'agenda.ics'));
  }

  /** Every file of the build with an extension, as site paths (/agenda/talenttop-3.ics). */
  function filesEndingIn(extension: string): string[] {
    return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith(extension))
      .map((file) => `/${file.replace(/\\/g, '/')}`)
      .sort();
  }

  /** Every HTML page of the build except the apps in `appPages`. */
  function sitePages(): string[] {
    return htmlPages().filter((page) => !appPages.has(page));
  }

  return { DIST, htmlPages, fileOf, exists, html, builtAt, isBuilt, filesEndingIn, sitePages };
}

export const { DIST, htmlPages, fileOf, exists, html, builtAt, isBuilt, filesEndingIn, sitePages } =
  builtSite(site.dist);
