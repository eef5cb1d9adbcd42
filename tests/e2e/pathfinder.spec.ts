// The path finder from the home page, by keyboard: one key press per answer, to a result page
// whose heading says the answers in plain words, and back to change an answer.
import { expect, test } from '@playwright/test';
import { forYouPath } from '../../src/lib/routing/routes';
import { keepRangesTogether } from '../../src/lib/site/templates';

test('three answers by keyboard lead from the home page to a personal page', async ({ page }) => {
  await page.goto('/');
  const steps = [
    { name: /Ik ben opgegroeid in Twente/, url: forYouPath('nl', 'hunkertukker') },
    { name: /18 tot 25 jaar/, url: forYouPath('nl', 'hunkertukker', '18-25') },
    { name: /^Werk\b/, url: forYouPath('nl', 'hunkertukker', '18-25', 'werken') },
  ];
  for (const step of steps) {
    const answer = page.getByRole('main').getByRole('link', { name: step.name });
    await answer.focus();
    await expect(answer).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(step.url);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    keepRangesTogether('Voor jou: student, 18-25, wil terug naar Twente, zoekt werk'),
  );
  for (const title of ['Verhalen', 'Kansen', 'Komende evenementen']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }

  // Change the age: back to that question, with the first answer kept.
  await page.getByRole('link', { name: /^Wijzig\W+Hoe oud ben je\?$/ }).click();
  await expect(page).toHaveURL(forYouPath('nl', 'hunkertukker'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe oud ben je?');
});

test('the English path finder speaks English', async ({ page }) => {
  await page.goto(forYouPath('en', 'nieuw-talent', '25-30', 'wonen'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    keepRangesTogether('For you: young professional, 25-30, new to Twente, looking for a home'),
  );
});
