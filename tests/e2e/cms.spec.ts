// The editors' CMS at /admin/: it loads from the site's own build without errors or outside
// requests, and what it saves keeps the content contract.
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { validateEntry } from '../../src/lib/content/validation';
import { readFileSync } from 'node:fs';
import { bodyOf, openPractice, practiceFile, revealField } from '../support/cms';

test.use({ locale: 'nl-NL' });
// The practice-mode tests write files the other tests read; side by side they can catch a file
// mid-write (NotReadableError), so this file runs one test at a time.
test.describe.configure({ mode: 'serial' });

function validate(collection: 'stories' | 'events', path: string, raw: string) {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  return validateEntry(collection, path, load(frontmatter), raw);
}

/**
 * Everything the page reports as wrong, with no exceptions: page errors, and console errors,
 * warnings and CSP reports.
 */
function problems(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()) || /content.security.policy/i.test(message.text()))
      found.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => found.push(error.message));
  return found;
}

test('/admin/ loads the CMS without console errors and without any request outside the site', async ({
  page,
  baseURL,
}) => {
  const outside: string[] = [];
  const errors = problems(page);
  const isSite = (url: string) => url.startsWith(baseURL ?? '') || /^(data|blob):/.test(url);
  // Every request the page makes or tries to make, including any the CSP stops before it is sent.
  page.on('request', (request) => {
    if (!isSite(request.url())) outside.push(request.url());
  });
  await page.route('**/*', (route) => (isSite(route.request().url()) ? route.continue() : route.abort()));
  const fontFiles: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2?$/.test(new URL(response.url()).pathname)) fontFiles.push(response.url());
  });
  await page.goto('/admin/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Werken met een lokale repository' })).toBeVisible();
  // Sveltia isolates the service name with Unicode bidi marks: "Inloggen met ⁨GitHub⁩".
  await expect(page.getByRole('button', { name: /^Inloggen met \W?GitHub\W?$/ })).toBeVisible();
  await expect(page).toHaveTitle('Talent Hengelo: redactie');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  // The CMS's text and icon fonts load, from the files the site serves itself.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((font) => ({
      family: font.family.replace(/"/g, ''),
      status: font.status,
    }));
  });
  expect(fonts.filter((font) => font.status === 'error')).toEqual([]);
  expect(fonts.filter((font) => font.status === 'loaded').map((font) => font.family)).toEqual(
    expect.arrayContaining(['Source Sans 3', 'Material Symbols Outlined']),
  );
  expect(fontFiles.length).toBeGreaterThan(0);
  for (const url of fontFiles) expect(url.startsWith(`${baseURL}/_astro/`), url).toBe(true);
  // The page says noindex itself; Sveltia adds a robots tag of its own too.
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', 'noindex, nofollow');
});

test('the CMS lists the site’s content and saves a video story in the form the contract accepts', async ({
  page,
}) => {
  const errors = problems(page);
  await openPractice(page);
  await expect(
    page.getByRole('link', { name: /Verhalen/ }).or(page.getByText('Verhalen').first()),
  ).toBeVisible();
  await page.getByText('Video van de maand: Anouk').click();
  const title = page.getByRole('textbox', { name: /Titel/ }).first();
  await expect(title).toHaveValue(/^Video van de maand: Anouk/);
  // Let the rich-text editor load the body, with its Quote, FactBox and CallToAction blocks.
  const body = await revealField(page, 'Tekst');
  await expect(body.getByText('Knop naar een volgende stap')).toBeVisible();
  await title.fill('Video van de maand: Anouk bouwt mee aan Hengelo');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const nl = 'content/stories/nl/anouk-trainee-bij-de-gemeente-hengelo.mdx';
  await expect
    .poll(() => practiceFile(page, nl))
    .toContain('title: "Video van de maand: Anouk bouwt mee aan Hengelo"');

  for (const locale of ['nl', 'en']) {
    const path = `content/stories/${locale}/anouk-trainee-bij-de-gemeente-hengelo.mdx`;
    const raw = await practiceFile(page, path);
    const result = validate('stories', path, raw);
    expect(result.ok ? 'ok' : result.message, path).toBe('ok');
    expect(raw).toContain('brand: "on"');
    // The body, components and all, comes back exactly as it was.
    expect(bodyOf(raw)).toBe(bodyOf(readFileSync(path, 'utf8')));
  }
  expect(errors).toEqual([]);
});

test('the CMS writes event times as quoted local time', async ({ page }) => {
  const errors = problems(page);
  await openPractice(page);
  await page.getByText('Agenda', { exact: true }).first().click();
  await page
    .getByText(/TalentTop #3/)
    .first()
    .click();
  const title = page.getByRole('textbox', { name: /Titel/ }).first();
  await title.fill(`${await title.inputValue()} (nieuwe datum volgt)`);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const path = 'content/events/nl/talenttop-3.md';
  await expect.poll(() => practiceFile(page, path)).toContain('(nieuwe datum volgt)');
  const raw = await practiceFile(page, path);
  expect(raw).toMatch(/^start: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"$/m);
  const result = validate('events', path, raw);
  expect(result.ok ? 'ok' : result.message).toBe('ok');
  expect(errors).toEqual([]);
});
