// The agenda and opportunity pages in a real browser: no CSP violation or console error (the
// JSON-LD data blocks and the deadline script live with the site's CSP), and the feeds are
// well-formed. Handing over a calendar file is in tests/e2e/fixture/agenda.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { splitByTime } from '../../src/lib/schedule';
import { openOpportunities } from '../../src/lib/schedule';
import { opportunityFeedPath, path } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/content/vocabulary';
import { published } from '../support/content';
import { builtAt } from '../support/dist';

const now = builtAt();

function pagesToCheck(): string[] {
  return locales.flatMap((locale) => {
    const events = published('events', locale, now).map((e) => ({
      ...e,
      data: e.data as typeof e.data & { start: Date; end: Date },
    }));
    const { upcoming, past } = splitByTime(events, now);
    const opportunities = published('opportunities', locale, now).map((o) => ({
      ...o,
      data: o.data as typeof o.data & { deadline: Date },
    }));
    const open = openOpportunities(opportunities, now);
    const closed = opportunities.filter((o) => !open.includes(o));
    return [
      path(locale, 'home'),
      path(locale, 'events'),
      path(locale, 'eventArchive'),
      path(locale, 'events', 'talenttop'),
      // The first upcoming and past event and open and closed opportunity, where there are any.
      ...[upcoming[0], past[0]].flatMap((e) => (e ? [path(locale, 'events', e.slug)] : [])),
      path(locale, 'opportunities'),
      ...[open[0], closed[0]].flatMap((o) => (o ? [path(locale, 'opportunities', o.slug)] : [])),
    ];
  });
}

/** Collects CSP violations and console errors of a page. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

for (const url of pagesToCheck()) {
  test(`${url} loads without CSP violations or console errors`, async ({ page }) => {
    const problems = await watch(page);
    const response = await page.goto(url);
    expect(response?.ok()).toBe(true);
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
  });
}

for (const locale of locales) {
  test(`the ${locale} opportunity feed is well-formed RSS 2.0, by the browser's strict XML parser`, async ({
    page,
  }) => {
    await page.goto(path(locale, 'home'));
    const result = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        items: doc.querySelectorAll('channel > item').length,
      };
    }, opportunityFeedPath(locale));
    expect(result.error).toBeNull();
    expect(result).toMatchObject({ root: 'rss', version: '2.0' });
    const open = openOpportunities(
      published('opportunities', locale, now).map((o) => ({
        ...o,
        data: o.data as typeof o.data & { deadline: Date },
      })),
      now,
    );
    expect(result.items).toBe(open.length);
  });
}
