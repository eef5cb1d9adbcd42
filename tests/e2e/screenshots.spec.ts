// Screenshots for the editors' guide (docs/redactie.md), taken from the real CMS and the built
// site. Every run takes them (so the journeys keep working); they are written to
// docs/screenshots/ when a file is missing or with UPDATE_SCREENSHOTS=1 (npm run docs:screenshots),
// otherwise to test-results/, so a test run leaves the docs as they are.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { path } from '../../src/lib/routing/routes';
import { atBuildTime, fixtureUrl, published } from './fixture/site';
import { openPractice, revealField } from '../support/cms';

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

test('CMS: sign in, list, new video interview, video fields, blocks, save', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Werken met een lokale repository' })).toBeVisible();
  await shot(page, '01-cms-inloggen.png');

  await openPractice(page);
  await expect(page.getByText('Video van de maand: Anouk')).toBeVisible();
  await shot(page, '02-cms-verhalen.png');

  await page.getByRole('button', { name: /Nieuw/ }).first().click();
  const title = page.getByRole('textbox', { name: 'Titel' }).first();
  await title.fill('Video van de maand: Sanne bouwt robots in Hengelo');
  await page
    .getByRole('textbox', { name: 'Samenvatting' })
    .first()
    .fill('Sanne (28) kwam uit Delft voor een baan als robotbouwer. In de video vertelt ze waarom ze bleef.');
  await shot(page, '03-cms-nieuw-verhaal.png');

  // Leave the example unsaved (Sveltia keeps no draft of a cancelled new entry).
  await page.getByRole('button', { name: 'Bewerken annuleren' }).click();

  await page.getByText('Video van de maand: Anouk').click();
  await expect(page.getByRole('textbox', { name: 'Titel' }).first()).toHaveValue(/Anouk/);
  const format = await revealField(page, 'Soort verhaal');
  await expect(format.getByRole('radio', { name: 'Video-interview' })).toBeChecked();
  await shot(page, '04-cms-soort-verhaal.png');
  await revealField(page, 'Video');
  await shot(page, '05-cms-video-velden.png');
  const body = await revealField(page, 'Tekst');
  await body.getByRole('button', { name: /Invoegen/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Citaat' })).toBeVisible();
  await shot(page, '06-cms-blokken-invoegen.png');
  await page.keyboard.press('Escape');
  const draft = await revealField(page, 'Concept');
  await draft.getByRole('switch', { name: 'Concept' }).click();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
  await shot(page, '07-cms-concept-en-opslaan.png');
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
  await shot(page.locator('main'), '08-site-video-interview.png');

  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator('talent-video').scrollIntoViewIfNeeded();
  await shot(page, '09-site-video-telefoon.png');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(fixtureUrl('/'));
  const month = page.getByRole('region', { name: 'Video van de maand' });
  await month.scrollIntoViewIfNeeded();
  await shot(month, '10-site-video-van-de-maand.png');

  await page.goto(fixtureUrl(path('nl', 'videos')));
  await shot(page, '11-site-video-archief.png');
});
