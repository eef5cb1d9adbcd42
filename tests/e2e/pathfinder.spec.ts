// The path finder on a phone (375 px), by keyboard: for each stage, from the home page, one key
// press per answer, to a result page whose heading says the answers in plain words and whose
// groups are the kinds that fit the goal; only the goals that fit the stage are offered.
import { expect, test, type Page } from '@playwright/test';
import { goalsFor, listingsFor, type Answers } from '../../src/lib/discovery/pathfinder';
import { answerText, groupTitle, headingOf } from '../../src/lib/discovery/pathfinder-text';
import { forYouPath } from '../../src/lib/routing/routes';
import type { Locale } from '../../src/lib/content/vocabulary';

test.use({ viewport: { width: 375, height: 812 } });

/** One answer by keyboard: move the focus to the answer's link with Tab and press Enter. */
async function answer(page: Page, question: string, name: string, url: string): Promise<void> {
  await page.waitForLoadState('load');
  const link = page
    .getByRole('main')
    .locator(`ul[data-question="${question}"]`)
    .getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  const href = await link.getAttribute('href');
  // Tab from the top of the page until the answer has the focus.
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.getAttribute('href') === target, href)) break;
  }
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url);
}

async function walk(page: Page, locale: Locale, answers: Answers): Promise<void> {
  const { segment, stage, goal } = answers;
  await answer(page, 'segment', answerText(locale, 'segment', segment, []), forYouPath(locale, segment));
  await answer(
    page,
    'stage',
    answerText(locale, 'stage', stage, [segment]),
    forYouPath(locale, segment, stage),
  );
  // Only the goals that fit the stage are offered.
  await expect(page.locator('ul[data-question="goal"] a')).toHaveCount(goalsFor(stage).length);
  await answer(
    page,
    'goal',
    answerText(locale, 'goal', goal, [segment, stage]),
    forYouPath(locale, segment, stage, goal),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(locale, answers));
  // The kinds that fit the goal (those with something to show first).
  const titles = await page.locator('main section[data-listing] h2').allTextContents();
  expect(titles.map((title) => title.trim()).sort()).toEqual(
    listingsFor(answers)
      .map((listing) => groupTitle(locale, listing, answers))
      .sort(),
  );
}

const journeys: Answers[] = [
  { segment: 'aanwezig-talent', stage: 'scholier', goal: 'studeren' },
  { segment: 'aanwezig-talent', stage: 'student-mbo', goal: 'werken' },
  { segment: 'hunkertukker', stage: 'student-hbo', goal: 'stage' },
  { segment: 'nieuw-talent', stage: 'student-wo', goal: 'wonen' },
  { segment: 'hunkertukker', stage: 'starter', goal: 'werken' },
  { segment: 'nieuw-talent', stage: 'professional', goal: 'doen' },
];

for (const journey of journeys) {
  test(`${journey.stage}: three answers by keyboard lead from the home page to a result`, async ({
    page,
  }) => {
    await page.goto('/');
    await walk(page, 'nl', journey);
  });
}

test('a pupil is offered no home and no job', async ({ page }) => {
  await page.goto(forYouPath('nl', 'aanwezig-talent', 'scholier'));
  const offered = page.locator('ul[data-question="goal"] a');
  await expect(offered).toHaveCount(2);
  await expect(offered.filter({ hasText: /woning|kamer|werk/i })).toHaveCount(0);
});

test('an answer can be changed, keeping the answers before it', async ({ page }) => {
  await page.goto(forYouPath('nl', 'hunkertukker', 'student-hbo', 'stage'));
  await page.getByRole('link', { name: /^Wijzig\W+Wat doe je nu\?$/ }).click();
  await expect(page).toHaveURL(forYouPath('nl', 'hunkertukker'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat doe je nu?');
});

test('the English path finder speaks English', async ({ page }) => {
  await page.goto('/en/');
  await walk(page, 'en', { segment: 'nieuw-talent', stage: 'student-hbo', goal: 'stage' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an old page by age group forwards to the new path finder', async ({ page }) => {
  await page.goto('/voor-jou/nieuw-talent/25-30/wonen/');
  await expect(page).toHaveURL(forYouPath('nl', 'nieuw-talent', 'starter', 'wonen'));
});
