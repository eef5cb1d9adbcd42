// Keyboard and language journeys through the page chrome.
import { expect, test } from '@playwright/test';
import { published } from '../support/content';

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

test('the language switch lands on the same story in English and back', async ({ page }) => {
  const story = published('stories', 'nl').find((nl) =>
    published('stories', 'en').some((en) => en.slug === nl.slug),
  );
  expect(story).toBeDefined();
  await page.goto(`/verhalen/${story?.slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/stories/${story?.slug}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(new RegExp(`/verhalen/${story?.slug}/$`));
});

test('an unknown address shows the helpful 404 with links onward', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Kansen' }).first().click();
  await expect(page).toHaveURL(/\/kansen\/$/);
});
