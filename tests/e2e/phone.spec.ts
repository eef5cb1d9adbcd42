// The site on a phone (375 x 667) and what carries over between languages: a short header with a
// menu button that works by keyboard and without JavaScript, the listing filter in a panel that
// says how many results it leaves, the first result and an opportunity's apply link on the first
// screen, the home page's opportunities within two screens, and the language switch keeping the
// filters and the search query.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { listingPath, path } from '../../src/lib/routing/routes';
import { isClosed } from '../../src/lib/schedule';
import { plural } from '../../src/lib/site/templates';
import { opportunityTypes } from '../../src/lib/content/vocabulary';
import { published } from '../support/content';
import { builtAt } from '../support/dist';
import { matching } from '../support/listings';

const PHONE = { width: 375, height: 667 };
const nl = useTranslations('nl');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An opportunity open at the build and still open today, so that its page has the apply link. */
function openOpportunity(): string {
  const open = published('opportunities', 'nl').find(
    (entry) =>
      !isClosed(entry.data.deadline as Date, builtAt()) && !isClosed(entry.data.deadline as Date, new Date()),
  );
  expect(open, 'content has an open opportunity').toBeDefined();
  return path('nl', 'opportunities', open?.slug);
}

/** An opportunity type with open opportunities, and fewer than all of them. */
function narrowingType(): { id: string; count: number } {
  const all = matching('opportunities', 'nl', {}).length;
  for (const id of opportunityTypes.ids) {
    const count = matching('opportunities', 'nl', { type: [id] }).length;
    if (count > 0 && count < all) return { id, count };
  }
  throw new Error('no opportunity type narrows the listing');
}

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        left: r.left,
        right: r.right,
        height: r.height,
      };
    });

const show = (n: number) => plural(n, nl.filter.showOne, nl.filter.showMany);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the phone header ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test('is at most 120 px tall, and its menu button opens the navigation and search by keyboard', async ({
      page,
    }) => {
      await page.goto('/');
      const header = await box(page, 'header');
      expect(header.height).toBeLessThanOrEqual(120);
      const menu = page.getByRole('navigation', { name: nl.a11y.mainNav });
      const button = page.locator('header summary');
      await expect(button).toBeVisible();
      await expect(button).toHaveAccessibleName(nl.a11y.menu);
      await expect(menu.getByRole('link', { name: nl.nav.stories })).toBeHidden();
      await expect(page.getByRole('searchbox', { name: nl.search.headerLabel })).toBeHidden();

      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('header details')).toHaveAttribute('open', '');
      // Open, the menu pushes the page down instead of covering it; every item is a whole row.
      const links = menu.getByRole('link');
      await expect(links).toHaveCount(4);
      const tops = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(4);
      for (const link of await links.all())
        expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(24);
      expect((await box(page, 'main')).top).toBeGreaterThanOrEqual((await box(page, 'header')).bottom - 1);
      await page.keyboard.press('Tab');
      await expect(links.first()).toBeFocused();
      await expect(page.getByRole('searchbox', { name: nl.search.headerLabel })).toBeVisible();

      await button.focus();
      await page.keyboard.press('Space');
      await expect(links.first()).toBeHidden();
    });
  });
}

for (const width of [1024, 1280]) {
  test(`at ${width} px the navigation is one row beside the search, without a menu button`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path('nl', 'opportunities'));
    await expect(page.locator('header summary')).toBeHidden();
    const links = page.getByRole('navigation', { name: nl.a11y.mainNav }).getByRole('link');
    const rows = await links.evaluateAll((all) =>
      all.map((link) => Math.round(link.getBoundingClientRect().top)),
    );
    expect(rows).toHaveLength(4);
    expect(new Set(rows).size, 'the navigation does not wrap').toBe(1);
    await expect(page.getByRole('searchbox', { name: nl.search.headerLabel })).toBeVisible();
    expect((await box(page, 'header')).height).toBeLessThanOrEqual(100);
  });
}

test.describe('the listing filter on a phone', () => {
  test.use({ viewport: PHONE });

  test('is a closed panel above the results; open, it says how many results it leaves, and keeps count', async ({
    page,
  }) => {
    const total = matching('opportunities', 'nl', {}).length;
    expect(total, 'content has open opportunities').toBeGreaterThan(0);
    await page.goto(path('nl', 'opportunities'));
    await page.locator('talent-filter[data-ready]').waitFor({ state: 'attached' });
    const summary = page.locator('details.filter-panel > summary');
    await expect(summary).toHaveText(/^Filteren/, { useInnerText: true });
    // The first result starts on the first screen.
    const first = await box(page, '[data-server] [data-slot="link"]');
    expect(first.top).toBeLessThan(PHONE.height);

    await summary.click();
    await expect(summary).toHaveText(new RegExp(`^${show(total)}`), { useInnerText: true });
    const { id, count } = narrowingType();
    await page.locator(`input[name="type"][value="${id}"]`).check();
    await expect(page.locator('[data-status]')).toHaveText(
      plural(count, nl.careers.countOne, nl.careers.countOther),
    );
    await expect(summary).toHaveText(new RegExp(`^${show(count)}`), { useInnerText: true });

    // The same words end the panel; following them closes it and lands on the results.
    const end = page.locator('[data-to-results]');
    await expect(end).toHaveText(show(count));
    await end.click();
    await expect(page.locator('details.filter-panel')).not.toHaveAttribute('open', '');
    await expect(page.locator('#results [data-slot="link"]:visible').first()).toBeInViewport();
  });

  test('without JavaScript, the panel gives the server count and leads to the single-facet pages', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const total = matching('opportunities', 'nl', {}).length;
    await page.goto(path('nl', 'opportunities'));
    const summary = page.locator('details.filter-panel > summary');
    await summary.click();
    await expect(summary).toHaveText(new RegExp(`^${show(total)}`), { useInnerText: true });
    const { id, count } = narrowingType();
    await page
      .locator(`details.filter-panel a[href="${listingPath('nl', 'opportunities', { key: 'type', id })}"]`)
      .click();
    await expect(page.locator('details.filter-panel > summary')).toHaveText(/^Filteren/, {
      useInnerText: true,
    });
    await page.locator('details.filter-panel > summary').click();
    await expect(page.locator('details.filter-panel > summary')).toHaveText(new RegExp(`^${show(count)}`), {
      useInnerText: true,
    });
    await context.close();
  });
});

test.describe('an opportunity on a phone', () => {
  test.use({ viewport: PHONE });

  test('shows its key facts and the apply link on the first screen, and the link stays in view', async ({
    page,
  }) => {
    await page.goto(openOpportunity());
    const facts = page.locator('main dl').first();
    for (const label of [
      nl.opportunity.location,
      nl.opportunity.hours,
      nl.opportunity.compensation,
      nl.opportunity.deadline,
    ]) {
      const term = facts.getByText(label, { exact: true });
      await expect(term).toBeInViewport();
      expect((await term.boundingBox())?.y ?? PHONE.height).toBeLessThan(PHONE.height);
    }
    const apply = page.getByRole('link', { name: nl.opportunity.apply });
    await expect(apply).toHaveCount(1);
    const atTop = await apply.boundingBox();
    expect(atTop && atTop.y + atTop.height).toBeLessThanOrEqual(PHONE.height);
    expect(atTop?.height).toBeGreaterThanOrEqual(24);
    // Halfway down the page it is still on screen.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
    await expect(apply).toBeInViewport();
    const halfway = await apply.boundingBox();
    expect(halfway && halfway.y + halfway.height).toBeLessThanOrEqual(PHONE.height);
  });

  test('keeps what takes focus clear of the apply bar (WCAG 2.4.11)', async ({ page }) => {
    await page.goto(openOpportunity());
    const bar = page.locator('.apply-bar');
    let checked = 0;
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || !el.closest('main') || el.closest('.apply-bar')) return null;
        const target = el.getBoundingClientRect();
        const cover = document.querySelector('.apply-bar')?.getBoundingClientRect();
        if (!cover) return false;
        return target.top >= cover.top && target.bottom <= cover.bottom;
      });
      if (hidden === null) continue;
      checked += 1;
      expect(hidden, `focus ${step + 1} is not hidden under the bar`).toBe(false);
    }
    expect(checked).toBeGreaterThan(5);
    await expect(bar).toBeVisible();
  });

  test('has no axe violations with the bar, nor with the phone menu and the filter open', async ({
    page,
  }) => {
    const violations = async () =>
      (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
      );
    await page.goto(openOpportunity());
    expect(await violations()).toEqual([]);
    await page.goto(path('nl', 'opportunities'));
    await page.locator('header summary').click();
    await page.locator('details.filter-panel > summary').click();
    await expect(page.locator('details.filter-panel')).toHaveAttribute('open', '');
    expect(await violations()).toEqual([]);
  });
});

test('the home page reaches open opportunities within two screens on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const section = page.locator('section[aria-labelledby="home-opportunities"]');
  expect((await box(page, 'section[aria-labelledby="home-opportunities"] h2')).top).toBeLessThan(
    PHONE.height * 2,
  );
  if (matching('opportunities', 'nl', {}).length > 0) {
    const card = await box(page, 'section[aria-labelledby="home-opportunities"] [data-slot="link"]');
    expect(card.top).toBeLessThan(PHONE.height * 2);
  } else {
    await expect(section.getByText(nl.careers.noneOpen)).toBeVisible();
  }
});

test.describe('the language switch keeps what the visitor chose', () => {
  test('filters in the URL carry over to the English listing', async ({ page }) => {
    const { id } = narrowingType();
    await page.goto(path('nl', 'opportunities'));
    await page.locator('talent-filter[data-ready]').waitFor({ state: 'attached' });
    const summary = page.locator('details.filter-panel > summary');
    if (await summary.isVisible()) await summary.click();
    await page.locator(`input[name="type"][value="${id}"]`).check();
    await page.locator('input[name="level"]').first().check();
    await expect(page).toHaveURL(/\?type=.*&level=/);
    const query = new URL(page.url()).search;
    const toEnglish = page.getByRole('link', { name: 'English' });
    await expect(toEnglish).toHaveAttribute('href', `${path('en', 'opportunities')}${query}`);
    await toEnglish.click();
    await expect(page).toHaveURL(`${path('en', 'opportunities')}${query}`);
    await expect(page.locator(`input[name="type"][value="${id}"]`)).toBeChecked();
    await expect(page.locator('input[name="level"]').first()).toBeChecked();
    // And back again; undoing the filters points the switch at the plain page once more.
    const toDutch = page.getByRole('link', { name: 'Nederlands' });
    await expect(toDutch).toHaveAttribute('href', `${path('nl', 'opportunities')}${query}`);
    await page.getByRole('button', { name: useTranslations('en').filter.clearAll }).click();
    await expect(toDutch).toHaveAttribute('href', path('nl', 'opportunities'));
  });

  test('the search query carries over to the English search page', async ({ page }) => {
    await page.goto(`${path('nl', 'search')}?q=stage`);
    const toEnglish = page.getByRole('link', { name: 'English' });
    await expect(toEnglish).toHaveAttribute('href', `${path('en', 'search')}?q=stage`);
    await page.getByLabel(nl.search.label).fill('afstuderen');
    await page.getByLabel(nl.search.label).press('Enter');
    await expect(toEnglish).toHaveAttribute('href', `${path('en', 'search')}?q=afstuderen`);
    await toEnglish.click();
    await expect(page).toHaveURL(`${path('en', 'search')}?q=afstuderen`);
    await expect(page.getByLabel(useTranslations('en').search.label)).toHaveValue('afstuderen');
    await expect(page.locator('[data-results] [data-slot="link"]').first()).toBeVisible();
  });

  test('without JavaScript a filtered page links its translated page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { id } = narrowingType();
    await page.goto(listingPath('nl', 'opportunities', { key: 'type', id }));
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(listingPath('en', 'opportunities', { key: 'type', id }));
    await context.close();
  });
});
