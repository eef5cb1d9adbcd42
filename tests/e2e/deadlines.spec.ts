// A built page can be older than a deadline: in the browser, an opportunity closes at the end of
// its deadline day in Hengelo, whatever the build said. The visitor's clock is mocked on both
// sides of the deadline.
import { expect, test, type Page } from '@playwright/test';
import { openOpportunities } from '../../src/lib/opportunities/similar';
import { path } from '../../src/lib/routing/routes';
import { zonedDate, zonedTimeToUtc } from '../../src/lib/time/zone';
import { published } from '../support/content';
import { builtAt } from '../support/dist';

const now = builtAt();
const all = published('opportunities', 'nl', now).map((entry) => ({
  ...entry,
  data: entry.data as typeof entry.data & { deadline: Date; apply: string },
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
