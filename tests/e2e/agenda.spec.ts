// The agenda and opportunity pages in a real browser: no CSP violation or console error (the
// JSON-LD data blocks and the deadline script live with the site's CSP), and the calendar link
// hands over a calendar file.
import { expect, test, type Page } from '@playwright/test';
import { splitByTime } from '../../src/lib/schedule';
import { openOpportunities } from '../../src/lib/schedule';
import { calendarPath, opportunityFeedPath, path } from '../../src/lib/routing/routes';
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
      ...[upcoming[0], past[0]].map((e) => path(locale, 'events', e?.slug)),
      path(locale, 'opportunities'),
      ...[open[0], closed[0]].filter(Boolean).map((o) => path(locale, 'opportunities', o?.slug)),
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

test('"Zet in je agenda" hands over the event as a calendar file', async ({ page }) => {
  const { upcoming } = splitByTime(
    published('events', 'nl', now).map((e) => ({
      ...e,
      data: e.data as typeof e.data & { start: Date; end: Date; status: string },
    })),
    now,
  );
  const event = upcoming.find((e) => e.data.status === 'scheduled');
  expect(event).toBeDefined();
  await page.goto(path('nl', 'events', event?.slug));
  const link = page.getByRole('link', { name: /Zet in je agenda/ });
  await expect(link).toHaveAttribute('href', calendarPath('nl', event?.slug));
  const response = await page.request.get(calendarPath('nl', event?.slug));
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await response.text()).toContain(`UID:${event?.slug}@talent.hengelo.nl`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${event?.slug}.ics`);
});

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
