// axe in real Chromium over the pages of the site, at a phone and a desktop width; each page also
// makes no request to another origin, sets no cookie and logs no console or CSP error. /admin/
// (Sveltia CMS, a third-party app for editors) is checked in tests/e2e/cms.spec.ts instead.
// Every page is checked, except that pages generated from one template by the hundred (single-
// facet pages, further pages of a listing, path-finder steps and results) are checked per template:
// the first page of each family and, where there is one, the first that shows its empty state.
// Their structure is checked on every page by the tests over the build (tests/dist).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { facetWords, pageWord, sections } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/content/vocabulary';
import { appPages, html, htmlPages } from '../support/dist';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [375, 1280];

/** The template family of a generated page, or undefined for a page checked on its own. */
function familyOf(url: string): string | undefined {
  for (const locale of locales) {
    for (const listing of ['stories', 'events', 'opportunities'] as const) {
      const base = `/${sections[listing][locale]}/`;
      if (!url.startsWith(base)) continue;
      const rest = url.slice(base.length).split('/').filter(Boolean);
      const words: string[] = Object.values(facetWords).map((word) => word[locale]);
      if (rest[0] === pageWord[locale]) return `${base} pages`;
      if (rest[0] && words.includes(rest[0]) && rest.length >= 2) return `${base}${rest[0]}/`;
    }
    const forYou = `/${sections.forYou[locale]}/`;
    if (url.startsWith(forYou) && url !== forYou) return `${forYou} ${url.split('/').filter(Boolean).length}`;
  }
  return undefined;
}

function pagesToCheck(): string[] {
  const picked = new Map<string, string[]>();
  const checked: string[] = [];
  for (const url of htmlPages()) {
    if (appPages.has(url)) continue;
    // An old path-finder page only forwards (meta refresh) to the new one, which is checked.
    if (html(url).includes('http-equiv="refresh"')) continue;
    const family = familyOf(url);
    if (!family) {
      checked.push(url);
      continue;
    }
    const members = picked.get(family) ?? [];
    const empty = html(url).includes('data-empty-state');
    const hasEmpty = members.some((member) => html(member).includes('data-empty-state'));
    if (members.length === 0 || (empty && !hasEmpty)) members.push(url);
    picked.set(family, members);
  }
  return [...checked, ...[...picked.values()].flat()].sort();
}

for (const url of pagesToCheck()) {
  test(`${url}: no axe violations at ${widths.join(' and ')} px, no third parties, cookies or CSP errors`, async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol !== 'data:' && target.protocol !== 'blob:' && target.origin !== origin)
        foreign.push(request.url());
    });
    page.on('console', (message) => {
      // The 404 page is served with status 404 on purpose; Chromium logs that as a console error.
      if (message.type() === 'error' && !(url === '/404/' && /404/.test(message.text())))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });

    const response = await page.goto(url);
    expect(response?.ok() || url === '/404/').toBe(true);
    for (const width of widths) {
      // Media queries apply on resize, so one load serves both widths.
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    }
    // Lazy images and anything else below the fold load too before we count requests.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}
