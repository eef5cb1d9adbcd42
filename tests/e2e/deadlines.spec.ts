// A built page can be older than a deadline: in the browser, an opportunity closes at the end of
// its deadline day in Hengelo, whatever the build said. The visitor's clock is mocked on both
// sides of the deadline.
import { expect, test, type Page } from '@playwright/test';
import { openOpportunities } from '../../src/lib/schedule';
import { path } from '../../src/lib/routing/routes';
import { zonedDate, zonedTimeToUtc } from '../../src/lib/time/zone';
import { published } from '../support/content';
import { builtAt, html, htmlPages } from '../support/dist';

const now = builtAt();
const all = published('opportunities', 'nl', now).map((entry) => ({
  ...entry,
  data: entry.data as typeof entry.data & { deadline: Date; apply: string; type: string; levels: string[] },
}));
const open = openOpportunities(all, now);
const first = open[0];
const deadline = first ? zonedDate(first.data.deadline) : '';
const dayAfter = first ? zonedDate(new Date(first.data.deadline.getTime() + 36 * 3_600_000)) : '';
const lastMinute = zonedTimeToUtc(`${deadline}T23:59`);
const nextMorning = zonedTimeToUtc(`${dayAfter}T00:01`);

const openCount = (n: number) => (n === 1 ? '1 open kans' : `${n} open kansen`);

async function at(page: Page, moment: Date, url: string) {
  await page.clock.setFixedTime(moment);
  await page.goto(url);
}

/**
 * With content that has no open opportunity at the build's moment there is nothing to close in
 * the browser: then each test checks that the listing says so and ships no script instead.
 */
async function nothingOpen(page: Page) {
  await page.goto(path('nl', 'opportunities'));
  await expect(page.getByText('Er zijn nu geen open kansen.')).toBeVisible();
  await expect(page.locator('script[type="module"]')).toHaveCount(0);
}

test('on the last minute of the deadline day, the opportunity is still listed and open', async ({ page }) => {
  if (!first) return nothingOpen(page);
  await at(page, lastMinute, path('nl', 'opportunities'));
  await expect(page.getByRole('link', { name: first?.data.title })).toBeVisible();
  await expect(page.getByText(openCount(open.length))).toBeVisible();

  await at(page, lastMinute, path('nl', 'opportunities', first?.slug));
  await expect(page.getByRole('link', { name: 'Reageer nu' })).toBeVisible();
  await expect(page.getByText('Deze kans is gesloten')).toBeHidden();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
});

test('the minute after, it is gone from the listing and its page shows it has closed', async ({ page }) => {
  if (!first) return nothingOpen(page);
  await at(page, nextMorning, path('nl', 'opportunities'));
  await expect(page.getByRole('link', { name: first?.data.title })).toBeHidden();
  const left = openOpportunities(all, nextMorning).length;
  await expect(page.getByText(openCount(left))).toBeVisible();

  await at(page, nextMorning, path('nl', 'opportunities', first?.slug));
  await expect(page.getByRole('link', { name: 'Reageer nu' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deze kans is gesloten' })).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test('the home page drops it too', async ({ page }) => {
  if (!first) return nothingOpen(page);
  await at(page, lastMinute, path('nl', 'home'));
  await expect(page.getByRole('link', { name: first?.data.title })).toBeVisible();
  await at(page, nextMorning, path('nl', 'home'));
  await expect(page.getByRole('link', { name: first?.data.title })).toBeHidden();
});

test('when every deadline has passed, the listing says there is nothing open', async ({ page }) => {
  if (!first) return nothingOpen(page);
  const last = open.at(-1);
  const after = zonedTimeToUtc(
    `${zonedDate(new Date((last?.data.deadline.getTime() ?? 0) + 36 * 3_600_000))}T09:00`,
  );
  await at(page, after, path('en', 'opportunities'));
  await expect(page.getByText('There are no open opportunities right now.')).toBeVisible();
  await expect(page.getByText('0 open opportunities')).toBeVisible();
  // No opportunity card is left visible (the filter's options are list items too: not counted).
  await expect(page.locator('[data-open-list] article:visible')).toHaveCount(0);
});

/** A card's link to the opportunity: the cards link with data-slot="link". */
const cardLink = (page: Page, href: string) => page.locator(`[data-slot="link"][href="${href}"]`);

test('after its deadline it is hidden everywhere: filtered views from the index, search, path finder, home', async ({
  page,
}) => {
  if (!first) return nothingOpen(page);
  const href = path('nl', 'opportunities', first.slug);
  const type = String(first.data.type);
  // A path-finder result page that lists it, as built.
  const finder = htmlPages().find(
    (page) => page.startsWith(`${path('nl', 'forYou')}`) && html(page).includes(`href="${href}"`),
  );
  // Search by its own title: the words of the title find it while it is open.
  const query = String(first.data.title);
  const views: { url: string; ready: (page: Page) => Promise<void> }[] = [
    // The filter renders this view from the JSON index (no pre-rendered page for a query of two facets).
    {
      url: `${path('nl', 'opportunities')}?type=${type}&level=${[...first.data.levels].join(',')}`,
      ready: filtered,
    },
    { url: `${path('nl', 'opportunities')}?type=${type}`, ready: filtered },
    { url: `${path('nl', 'search')}?q=${encodeURIComponent(query)}`, ready: searched },
    { url: path('nl', 'home'), ready: async () => {} },
    ...(finder ? [{ url: finder, ready: async () => {} }] : []),
  ];
  for (const view of views) {
    await at(page, lastMinute, view.url);
    await view.ready(page);
    await expect(
      cardLink(page, href).filter({ visible: true }).first(),
      `${view.url} at the last minute`,
    ).toBeVisible();

    await at(page, nextMorning, view.url);
    await view.ready(page);
    await expect(cardLink(page, href).filter({ visible: true }), `${view.url} the morning after`).toHaveCount(
      0,
    );
  }
  expect(finder, 'a path-finder page lists the opportunity').toBeDefined();
});

/** Wait until the filter has rendered its results from the JSON index. */
async function filtered(page: Page) {
  await expect(page.locator('[data-results]')).toBeVisible();
}

/** Wait until search has answered. */
async function searched(page: Page) {
  await expect(page.locator('[data-status]')).toHaveText(/“/);
}
