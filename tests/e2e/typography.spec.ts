// The typeface and the headings on a phone: the site's own font is used (no system font), and the
// longest titles in the content stay within three lines at 375 px.
import { expect, test } from '@playwright/test';
import { headingSize } from '../../src/lib/site/heading-size';
import { html, htmlPages } from '../support/dist';

/** Pages of one content entry: their h1 is an entry's title. */
const ENTRY =
  /^\/(?:en\/)?(?:verhalen|stories|agenda|events|kansen|opportunities|voor|for|programma|programme)\/[^/]+\/$/;

/** The entry pages with the longest titles in each language, from the build. */
function longestTitles(count: number): string[] {
  const titled = htmlPages()
    .filter((page) => ENTRY.test(page))
    .map((page) => ({
      page,
      title: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html(page))?.[1]?.replace(/<[^>]+>/g, '') ?? '',
    }));
  return (['nl', 'en'] as const).flatMap((locale) =>
    titled
      .filter(({ page }) => (locale === 'en') === page.startsWith('/en/'))
      .sort((a, b) => b.title.length - a.title.length)
      .slice(0, count)
      .map(({ page }) => page),
  );
}

test('headings and text are set in the site’s own typeface, loaded from the site', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  const families = await page.evaluate(() =>
    ['h1', 'p'].map((selector) => getComputedStyle(document.querySelector(selector) as Element).fontFamily),
  );
  for (const family of families) expect(family).toMatch(/^"Source Sans 3/);
  const loaded = await page.evaluate(
    () => [...document.fonts].filter((font) => font.status === 'loaded').length,
  );
  expect(loaded).toBeGreaterThan(0);
});

test('the longest titles stay within three lines at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of longestTitles(4)) {
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    const lines = await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement;
      return Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight));
    });
    expect(lines, `${url}: h1 in ${lines} lines`).toBeLessThanOrEqual(3);
  }
});

test('a title of the longest length an entry may have (90 characters) stays within three lines at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const [first] = longestTitles(1);
  await page.goto(first ?? '/');
  await page.evaluate(() => document.fonts.ready);
  // A sentence of ordinary Dutch words at the schema's limit (a title of nothing but long compounds
  // can still take a fourth line).
  const title = 'Lotte heeft haar atelier in een broedplaats: betaalbare ruimte om te maken, met anderen';
  expect(title.length).toBeGreaterThan(85);
  expect(title.length).toBeLessThanOrEqual(90);
  const lines = await page.evaluate(
    ({ title, size }) => {
      const h1 = document.querySelector('h1') as HTMLElement;
      h1.textContent = title;
      h1.className = `${size} break-words hyphens-auto`;
      return Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight));
    },
    { title, size: headingSize(title) },
  );
  expect(lines).toBeLessThanOrEqual(3);
});
