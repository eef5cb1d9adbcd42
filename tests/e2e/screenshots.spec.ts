// Screenshots for the editors' guide (docs/redactie.md), taken from the real CMS and the built
// site. Every run takes them (so the journeys keep working); they are written to
// docs/screenshots/ when a file is missing or with UPDATE_SCREENSHOTS=1 (npm run docs:screenshots),
// otherwise to test-results/, so a test run leaves the docs as they are.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { path } from '../../src/lib/routing/routes';
import sharp from 'sharp';
import { atBuildTime, fixtureUrl, published } from './fixture/site';
import { contentFiles, followSteps, openPractice, revealField } from '../support/cms';
import { INTERVIEW, STEPS } from '../support/interview';

test.use({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

const DOCS = 'docs/screenshots';
const SCRATCH = 'test-results/screenshots';

/** Takes a screenshot of the page or an element and checks it is a real image. */
async function shot(target: Page | Locator, name: string): Promise<void> {
  const update = process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(join(DOCS, name));
  const folder = update ? DOCS : SCRATCH;
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  await target.screenshot({ path: file, animations: 'disabled' });
  expect(statSync(file).size, file).toBeGreaterThan(5_000);
}

test('CMS: sign in, the list, the monthly interview step by step, English, blocks', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Werken met een lokale repository' })).toBeVisible();
  await shot(page, '01-cms-inloggen.png');

  // The interview's picture: one of the site's illustrations when there is one, else a plain one.
  const illustration = 'content/images/portret-1.jpg';
  const image = existsSync(illustration)
    ? readFileSync(illustration)
    : await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d4e89' } })
        .jpeg()
        .toBuffer();
  await openPractice(page, [
    ...contentFiles(),
    { path: `content/images/${INTERVIEW.image}`, base64: image.toString('base64') },
  ]);
  await expect(page.getByText('Anouk bouwt als trainee').first()).toBeVisible();
  await shot(page, '02-cms-verhalen.png');

  // The guide's checklist, with a picture where the guide shows one.
  const field = (label: string) =>
    page.getByRole('group', { name: new RegExp(`^Veld .\\W?${label}\\W?.$`) }).first();
  const pictures: Record<number, () => Promise<void>> = {
    3: () => shot(page, '03-cms-nieuw-verhaal.png'),
    7: async () => {
      await field('Hoofdafbeelding').scrollIntoViewIfNeeded();
      await shot(field('Hoofdafbeelding'), '04-cms-hoofdafbeelding.png');
    },
    11: async () => {
      await field('Video').scrollIntoViewIfNeeded();
      await shot(page, '05-cms-persoon-en-video.png');
    },
    13: async () => {
      await shot(page, '06-cms-engels.png');
      await page.getByRole('button', { name: /Inhoudsopties voor het \W?Engels/ }).click();
      await expect(page.getByRole('menuitem', { name: /Engels\W* uitschakelen/ })).toBeVisible();
      await shot(page, '07-cms-engels-uitschakelen.png');
      await page.keyboard.press('Escape');
    },
  };
  await followSteps(page, STEPS.slice(0, -1), (_step, index) => pictures[index]?.() ?? Promise.resolve());

  // Blocks in the text, in Dutch.
  await page.getByRole('radio', { name: 'Nederlands' }).first().click();
  const body = await revealField(page, 'Tekst');
  await body.getByRole('button', { name: /Invoegen/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Citaat' })).toBeVisible();
  await shot(page, '08-cms-blokken-invoegen.png');
  await page.keyboard.press('Escape');
});

// The site's pages as an editor will see them, from the fixture site, which always has a video
// interview on YouTube (tests/fixture/coverage.test.ts), whatever content/ holds today.
test('site: the video interview, video of the month and the archive', async ({ page, context }) => {
  await atBuildTime(context);
  const video = published('stories', 'nl').find(
    (entry) => entry.data.format === 'video' && /youtu/.test((entry.data.video as { url: string }).url),
  );
  expect(video).toBeDefined();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(fixtureUrl(path('nl', 'stories', video?.slug)));
  await shot(page.locator('main'), '09-site-video-interview.png');

  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator('talent-video').scrollIntoViewIfNeeded();
  await shot(page, '10-site-video-telefoon.png');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(fixtureUrl('/'));
  const month = page.getByRole('region', { name: 'Video van de maand' });
  await month.scrollIntoViewIfNeeded();
  await shot(month, '11-site-video-van-de-maand.png');

  await page.goto(fixtureUrl(path('nl', 'videos')));
  await shot(page, '12-site-video-archief.png');
});
