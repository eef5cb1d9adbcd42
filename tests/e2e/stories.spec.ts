// Video interviews, sharing and story pages as a visitor meets them in Chromium.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { path } from '../../src/lib/routing/routes';
import { published } from '../support/content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const videoUrl = (entry: { data: Record<string, unknown> }) => (entry.data.video as { url: string }).url;
const youtube = published('stories', 'nl').find(
  (entry) => entry.data.format === 'video' && /youtu/.test(videoUrl(entry)),
);
const local = published('stories', 'nl').find(
  (entry) => entry.data.format === 'video' && videoUrl(entry).startsWith('/'),
);
// The example content has both kinds; without them these journeys could not be tested.
if (!youtube || !local)
  throw new Error('content/stories needs a published YouTube and a self-hosted video story');

/**
 * Lists every request that leaves the site's origin and answers it with a stand-in page, so the
 * test never reaches the real YouTube or Vimeo.
 */
async function watchRequests(page: Page, origin: string): Promise<string[]> {
  const external: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    external.push(url);
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>Video player</title><p>Video player</p></html>',
    });
  });
  return external;
}

/** Presses Tab until the locator has focus, as a keyboard user would get there. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
    if (name.test(focused)) return;
  }
  throw new Error(`${name} was not reached with Tab`);
}

test.describe('a YouTube video interview', () => {
  const url = path('nl', 'stories', youtube.slug);

  test('makes no request outside the site until play is pressed by keyboard; then loads the privacy-enhanced player', async ({
    page,
    baseURL,
  }) => {
    const external = await watchRequests(page, baseURL ?? '');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    expect(external, 'requests before play').toEqual([]);
    expect(page.locator('iframe')).toHaveCount(0);

    await tabTo(page, /Speel de video af/);
    await page.keyboard.press('Enter');
    const player = page.locator('talent-video iframe');
    await expect(player).toHaveAttribute(
      'src',
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/,
    );
    await expect(player).toHaveAttribute('title', /YouTube-speler: /);
    await expect(player).toBeFocused();
    await expect
      .poll(() => external)
      .toEqual([expect.stringMatching(/^https:\/\/www\.youtube-nocookie\.com\/embed\//)]);
    expect(errors, 'console errors (e.g. CSP)').toEqual([]);
  });

  test('Space works on the play button too', async ({ page, baseURL }) => {
    await watchRequests(page, baseURL ?? '');
    await page.goto(url);
    await page.getByRole('button', { name: /Speel de video af/ }).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('talent-video iframe')).toHaveAttribute('src', /youtube-nocookie\.com/);
  });

  test('the transcript opens by keyboard', async ({ page, baseURL }) => {
    await watchRequests(page, baseURL ?? '');
    await page.goto(url);
    const transcript = page.locator('details', { hasText: 'Lees wat er gezegd wordt' });
    await expect(transcript).not.toHaveAttribute('open');
    await tabTo(page, /^Lees wat er gezegd wordt$/);
    await page.keyboard.press('Enter');
    await expect(transcript).toHaveAttribute('open');
    const firstLine = String((youtube.data.video as { transcript: string }).transcript).split('\n')[0] ?? '';
    await expect(transcript.getByText(firstLine, { exact: false }).first()).toBeVisible();
  });

  test('axe finds nothing before or after play', async ({ page, baseURL }) => {
    await watchRequests(page, baseURL ?? '');
    await page.goto(url);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
    }
    await page.getByRole('button', { name: /Speel de video af/ }).click();
    await expect(page.locator('talent-video iframe')).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
  });
});

test('without JavaScript the poster links to the video on YouTube, and there is no dead button', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path('nl', 'stories', youtube.slug));
  await expect(page.getByRole('link', { name: /Bekijk de video op YouTube/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.youtube\.com\/watch\?v=/,
  );
  await expect(page.getByRole('button', { name: /Speel de video af/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kopieer de link' })).toHaveCount(0);
  await context.close();
});

test('a self-hosted interview plays in place with captions and makes no outside request', async ({
  page,
  baseURL,
}) => {
  const external = await watchRequests(page, baseURL ?? '');
  await page.goto(path('nl', 'stories', local.slug), { waitUntil: 'networkidle' });
  const video = page.locator('video');
  await expect(video.locator('track')).toHaveAttribute('srclang', 'nl');
  await expect(video.locator('source')).toHaveAttribute('src', /^\/videos\/.+\.mp4$/);
  expect(external).toEqual([]);
});

test('"copy link" copies the page address and says so', async ({ page, context }) => {
  const story = published('stories', 'nl')[0];
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path('nl', 'stories', story?.slug));
  const share = page.getByRole('region', { name: 'Deel dit' });
  await expect(share.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute(
    'href',
    /^https:\/\/wa\.me\/\?text=/,
  );
  await expect(share.getByRole('link', { name: /LinkedIn/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/,
  );
  await expect(share.getByRole('link', { name: 'E-mail' })).toHaveAttribute('href', /^mailto:\?subject=/);
  await share.getByRole('button', { name: 'Kopieer de link' }).click();
  await expect(share.getByRole('status')).toHaveText('De link is gekopieerd.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(path('nl', 'stories', story?.slug));
});
