// Keyboard and language journeys through the page chrome.
import { expect, test } from '@playwright/test';

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the main menu works by keyboard and marks the current section', async ({ page }) => {
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Verhalen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/verhalen\/$/);
  await expect(menu.getByRole('link', { name: 'Verhalen' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown address shows the helpful 404 with links onward', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Kansen' }).first().click();
  await expect(page).toHaveURL(/\/kansen\/$/);
});

for (const width of [375, 1280]) {
  test(`at ${width} px every control of the page chrome is reached by Tab, in view, with a visible focus`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/verhalen/');
    const reached: string[] = [];
    // From the top of the page, Tab until focus enters the main content; the header must not trap it.
    // On a phone the menu button comes first: Enter opens it, and Tab goes on into the menu.
    for (let step = 0; step < 30; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
          inMain: Boolean(el.closest('main')),
          visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
          ring:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== 'none',
        };
      });
      expect(focus, `Tab ${step + 1} reaches an element`).not.toBeNull();
      if (!focus || focus.inMain) break;
      reached.push(focus.name);
      expect(focus.visible, `${focus.name} is in view when focused`).toBe(true);
      expect(focus.ring, `${focus.name} shows where focus is`).toBe(true);
      if (focus.name === 'Menu') await page.keyboard.press('Enter');
    }
    expect(reached).toEqual(
      expect.arrayContaining([
        'Ga naar de inhoud',
        'Verhalen',
        'Kansen',
        'Werkgevers',
        'Agenda',
        'Zoek op de site',
        'English',
        ...(width < 1024 ? ['Menu'] : []),
      ]),
    );
    if (width >= 1024) expect(reached).not.toContain('Menu');
    // The plan is in the footer ("Over het programma"), not in the main navigation.
    expect(reached).not.toContain('Over het programma');
    expect(reached.length).toBeLessThan(30);
  });
}

test('searching by keyboard alone: from the header field to the first result', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  // By id: a role query does not see the field while the phone's menu is closed.
  const field = page.locator('#header-search');
  const menu = page.locator('header details');
  for (let step = 0; step < 15 && !(await field.evaluate((el) => el === document.activeElement)); step += 1) {
    // The search is in the phone's menu: Enter on the menu button opens it.
    const onMenu = await menu.evaluate(
      (details) => document.activeElement === details.querySelector('summary'),
    );
    await page.keyboard.press(
      onMenu && !(await menu.evaluate((details) => (details as HTMLDetailsElement).open)) ? 'Enter' : 'Tab',
    );
  }
  await expect(field).toBeFocused();
  // A word every site has a page for: the target group of that name (its page always exists).
  await page.keyboard.type('Hunkertukker');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=Hunkertukker$/);
  const first = page.locator('[data-results] [data-slot="link"]').first();
  await expect(first).toBeVisible();
  const target = (await first.getAttribute('href')) ?? '';
  // The results come after the search field and the filters: Tab gets there without a trap.
  for (let step = 0; step < 60 && !(await first.evaluate((el) => el === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  expect(target).toMatch(/^\/[^/]+\/[^/]+\/$/);
});
