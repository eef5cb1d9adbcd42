// Filtering the listings in Chromium, by pointer and by keyboard: exactly the matching entries
// (computed from content/ with src/lib/discovery/facets.ts), the URL query round-trips, back/forward and
// reload restore the view, the empty state suggests a wider selection, and the no-JavaScript
// links reach the pre-rendered single-facet pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  facetTable,
  listingDefaults,
  listings,
  parseQuery,
  specOf,
  toListingQuery,
  withDefaults,
  type FacetKey,
  type Listing,
  type Selection,
} from '../../src/lib/discovery/facets';
import { useTranslations } from '../../src/i18n';
import { PAGE_SIZE } from '../../src/lib/discovery/pagination';
import { listingPath, path } from '../../src/lib/routing/routes';
import { plural } from '../../src/lib/site/templates';
import { matching } from '../support/listings';

const locale = 'nl';

/** The options a test picks from: facets with a default (the agenda's `when`) stay at it. */
function optionsOf(listing: Listing) {
  return facetTable[listing]
    .filter(({ key }) => !(key in listingDefaults[listing]))
    .flatMap(({ key, vocabulary }) => vocabulary.ids.map((id) => ({ key, id })));
}

/**
 * The URL query of a view. Selections in this file name what is chosen on top of the listing's
 * defaults, as `matching` reads them.
 */
function queryOf(listing: Listing, selection: Selection): string {
  const defaults = listingDefaults[listing];
  return toListingQuery(specOf(listing), defaults, withDefaults(defaults, selection));
}

/** Two options of different facets that together narrow the listing but still show something. */
function pairOf(listing: Listing): Selection {
  const total = matching(listing, locale, {}).length;
  const options = optionsOf(listing);
  for (const a of options) {
    const one = matching(listing, locale, { [a.key]: [a.id] }).length;
    if (one === 0 || one === total) continue;
    for (const b of options) {
      if (b.key === a.key) continue;
      const both = matching(listing, locale, { [a.key]: [a.id], [b.key]: [b.id] }).length;
      if (both > 0 && both < one) return { [a.key]: [a.id], [b.key]: [b.id] };
    }
  }
  throw new Error(`no useful pair of facets in ${listing}`);
}

/** A selection of two options that leaves nothing, where leaving out one facet shows something. */
function emptyOf(listing: Listing): Selection {
  const options = optionsOf(listing);
  for (const a of options) {
    if (matching(listing, locale, { [a.key]: [a.id] }).length === 0) continue;
    for (const b of options) {
      if (b.key === a.key || matching(listing, locale, { [b.key]: [b.id] }).length === 0) continue;
      if (matching(listing, locale, { [a.key]: [a.id], [b.key]: [b.id] }).length === 0) {
        return { [a.key]: [a.id], [b.key]: [b.id] };
      }
    }
  }
  throw new Error(`no empty pair of facets in ${listing}`);
}

const checkbox = (page: Page, key: string, id: string) => page.locator(`input[name="${key}"][value="${id}"]`);

/** The entry links the listing shows now, after showing all pages of results. */
async function shown(page: Page): Promise<string[]> {
  const more = page.locator('[data-more]');
  while (await more.isVisible()) await more.click();
  return page
    .locator('talent-filter [data-slot="link"]:visible')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The result count as the listing words it: opportunities count what is open. */
function countText(listing: Listing, n: number): string {
  const t = useTranslations(locale);
  return listing === 'opportunities'
    ? plural(n, t.careers.countOne, t.careers.countOther)
    : plural(n, t.filter.resultOne, t.filter.resultMany);
}

async function expectShowing(page: Page, listing: Listing, selection: Selection) {
  const expected = matching(listing, locale, selection).map((entry) => entry.href);
  await expect(page.locator('[data-status]')).toHaveText(countText(listing, expected.length));
  // The page's own view is the server-rendered first page; other views are rendered in place.
  const own = await page.locator('[data-server]').isVisible();
  expect(await shown(page)).toEqual(own ? expected.slice(0, PAGE_SIZE) : expected);
}

async function openFilters(page: Page) {
  const panel = page.locator('details.filter-panel');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) {
    if (await page.locator('details.filter-panel > summary').isVisible()) {
      await page.locator('details.filter-panel > summary').click();
    }
  }
}

for (const listing of listings) {
  const base = path(locale, listing);
  const spec = specOf(listing);

  test.describe(`${listing}`, () => {
    test('filters by pointer, with the URL, back/forward and reload in step', async ({ page }) => {
      const pair = pairOf(listing);
      const [[keyA, idA], [keyB, idB]] = Object.entries(pair).map(([key, ids]) => [key, ids?.[0]]) as [
        string,
        string,
      ][] as [[string, string], [string, string]];
      await page.goto(base);
      await page.locator('talent-filter[data-ready]').waitFor({ state: 'attached' });
      await openFilters(page);

      await checkbox(page, keyA, idA).click();
      const first = { [keyA]: [idA] } as Selection;
      await expect(page).toHaveURL(`${base}?${queryOf(listing, first)}`);
      await expectShowing(page, listing, first);

      await checkbox(page, keyB, idB).click();
      await expect(page).toHaveURL(`${base}?${queryOf(listing, pair)}`);
      await expectShowing(page, listing, pair);

      await page.reload();
      await expect(checkbox(page, keyA, idA)).toBeChecked();
      await expect(checkbox(page, keyB, idB)).toBeChecked();
      await expectShowing(page, listing, pair);

      await page.goBack();
      await expect(page).toHaveURL(`${base}?${queryOf(listing, first)}`);
      await expect(checkbox(page, keyB, idB)).not.toBeChecked();
      await expectShowing(page, listing, first);

      await page.goBack();
      await expect(page).toHaveURL(base);
      await expect(checkbox(page, keyA, idA)).not.toBeChecked();
      await expectShowing(page, listing, {});

      await page.goForward();
      await expect(checkbox(page, keyA, idA)).toBeChecked();
      await expectShowing(page, listing, first);
    });

    test('filters by keyboard alone, and clears all', async ({ page }) => {
      const pair = pairOf(listing);
      await page.goto(base);
      await page.locator('talent-filter[data-ready]').waitFor({ state: 'attached' });
      await page.setViewportSize({ width: 375, height: 800 });
      // On a phone the filter is a disclosure: open it with the keyboard.
      const summary = page.locator('details.filter-panel > summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      for (const [key, ids] of Object.entries(pair)) {
        const box = checkbox(page, key, ids?.[0] ?? '');
        await box.focus();
        await expect(box).toBeFocused();
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      await expectShowing(page, listing, pair);
      // Tab moves on from the last checkbox without getting stuck.
      const last = page.locator('talent-filter input[type=checkbox]').last();
      await last.focus();
      await page.keyboard.press('Tab');
      await expect(last).not.toBeFocused();
      await expect(page.locator('talent-filter :focus-visible, talent-filter :focus')).not.toHaveCount(0);

      const clear = page.getByRole('button', { name: 'Alle filters wissen' });
      await clear.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(base);
      await expectShowing(page, listing, {});
    });

    test('opens a shared link with the same view, ignoring what it does not know', async ({ page }) => {
      const pair = pairOf(listing);
      await page.goto(`${base}?${queryOf(listing, pair)}&colour=blue&age=99`);
      for (const [key, ids] of Object.entries(pair))
        await expect(checkbox(page, key, ids?.[0] ?? '')).toBeChecked();
      await expectShowing(page, listing, pair);
    });

    test('suggests the nearest wider selection when nothing matches', async ({ page }) => {
      const empty = emptyOf(listing);
      await page.goto(`${base}?${queryOf(listing, empty)}`);
      await expect(page.locator('[data-status]')).toHaveText(countText(listing, 0));
      const suggestion = page.locator('[data-suggestions] button').first();
      await expect(suggestion).toBeVisible();
      await suggestion.click();
      const defaults = listingDefaults[listing];
      const selection = parseQuery(spec, new URL(page.url()).search);
      // One facet of the empty view left out, the others as they were.
      const before = withDefaults(defaults, empty);
      const after = withDefaults(defaults, selection);
      const changed = (Object.keys(spec) as FacetKey[]).filter(
        (key) =>
          queryOf(listing, { [key]: before[key] ?? [] }) !== queryOf(listing, { [key]: after[key] ?? [] }),
      );
      expect(changed).toHaveLength(1);
      expect(matching(listing, locale, selection).length).toBeGreaterThan(0);
      await expectShowing(page, listing, selection);
    });

    test('has no WCAG 2.2 AA violations with the filter open and results shown', async ({ page }) => {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${base}?${queryOf(listing, pairOf(listing))}`);
        await openFilters(page);
        await expect(page.locator('[data-results]')).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        ).toEqual([]);
      }
    });
  });
}

test('a single-facet page with JavaScript starts from its facet and can widen to the whole listing', async ({
  page,
}) => {
  const option = { key: 'line' as const, id: 'werken' };
  await page.goto(listingPath(locale, 'stories', option));
  await page.locator('talent-filter[data-ready]').waitFor({ state: 'attached' });
  await expect(checkbox(page, option.key, option.id)).toBeChecked();
  await expectShowing(page, 'stories', { line: ['werken'] });
  await checkbox(page, option.key, option.id).click();
  await expect(page).toHaveURL(path(locale, 'stories'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verhalen');
  await expectShowing(page, 'stories', {});
  await page.goBack();
  await expect(page).toHaveURL(listingPath(locale, 'stories', option));
  await expect(checkbox(page, option.key, option.id)).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Verhalen: /);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each option is a link to its pre-rendered page, which lists exactly the matching entries', async ({
    page,
  }) => {
    for (const listing of listings) {
      const [key, ids] = Object.entries(pairOf(listing))[0] as [string, string[]];
      const option = { key: key as 'age', id: ids[0] ?? '' };
      await page.goto(path(locale, listing));
      await expect(checkbox(page, option.key, option.id)).toBeHidden();
      await openFilters(page);
      await page.locator(`a[href="${listingPath(locale, listing, option)}"]`).click();
      await expect(page).toHaveURL(listingPath(locale, listing, option));
      const links = await page
        .locator('[data-server] [data-slot="link"]')
        .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(links).toEqual(matching(listing, locale, { [option.key]: [option.id] }).map((e) => e.href));
    }
  });
});

test('the filter does not move when JavaScript takes over from the links', async ({ browser }) => {
  const box = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(path(locale, 'opportunities'));
    if (javaScriptEnabled) await page.locator('talent-filter[data-ready]').waitFor({ state: 'attached' });
    const boxes = await page
      .locator('details.filter-panel li')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
    await context.close();
    return boxes;
  };
  const before = await box(false);
  const after = await box(true);
  expect(after.length).toBeGreaterThan(0);
  expect(after).toEqual(before);
});
