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
  await page.getByText('Anouk bouwt als trainee').first().click();
  const title = page.getByRole('textbox', { name: 'Titel', exact: true }).first();
  await expect(title).toHaveValue(/^Anouk bouwt als trainee/);
  // Let the rich-text editor load the body, with its Quote, FactBox and CallToAction blocks.
  const body = await revealField(page, 'Tekst');
  await expect(body.getByText('Knop naar een volgende stap')).toBeVisible();
  await title.fill('Anouk bouwt mee aan Hengelo');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const nl = 'content/stories/nl/anouk-trainee-bij-de-gemeente-hengelo.mdx';
  await expect.poll(() => practiceFile(page, nl)).toContain('title: "Anouk bouwt mee aan Hengelo"');

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
  const title = page.getByRole('textbox', { name: 'Titel', exact: true }).first();
  await title.fill(`${await title.inputValue()} (nieuwe datum volgt)`);
  // The begin time in Dutch order, as the editor reads it.
  const begin = await revealField(page, 'Begin');
  await expect(begin.getByRole('textbox')).toHaveValue(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const path = 'content/events/nl/talenttop-3.md';
  await expect.poll(() => practiceFile(page, path)).toContain('(nieuwe datum volgt)');
  const raw = await practiceFile(page, path);
  expect(raw).toMatch(/^start: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"$/m);
  const result = validate('events', path, raw);
  expect(result.ok ? 'ok' : result.message).toBe('ok');
  expect(errors).toEqual([]);
});

test('the CMS speaks Dutch: dates as 18-03-2026, its own buttons, and no stock photos', async ({ page }) => {
  const errors = problems(page);
  await openPractice(page);
  await page
    .getByRole('button', { name: /^Nieuw/ })
    .first()
    .click();
  const date = page.getByRole('textbox', { name: 'Publicatiedatum', exact: true }).first();
  await expect(date).toHaveValue(/^\d{2}-\d{2}-\d{4}$/);
  await date.fill('30-02-2026');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // A day that does not exist stays as typed, and the check says how to write a date.
  await expect(page.getByRole('button', { name: 'Fouten tonen' })).toBeVisible();
  await expect(page.getByText('Dit is geen datum. Schrijf de datum als 18-03-2026').first()).toBeVisible();
  await (await revealField(page, 'Hoofdafbeelding')).getByRole('button', { name: 'Bladeren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Afbeelding selecteren' });
  await expect(dialog.getByRole('option', { name: 'portret-1.jpg' })).toBeVisible();
  await expect(dialog.getByText(/Stockfoto|Pexels|Unsplash|Pixabay|Picsum/)).toHaveCount(0);
  await expect(dialog.getByRole('option', { name: 'URL invoeren' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Nieuwe map' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the CMS asks before unsaved work is lost, and not when nothing was typed', async ({ page }) => {
  await openPractice(page);
  const messages: string[] = [];
  let answer = false;
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  const back = page.getByRole('button', { name: 'Bewerken annuleren' });
  const title = page.getByRole('textbox', { name: 'Titel', exact: true }).first();

  await page
    .getByRole('button', { name: /^Nieuw/ })
    .first()
    .click();
  await back.click();
  await expect(page.getByRole('button', { name: /^Nieuw/ }).first()).toBeVisible();
  expect(messages).toEqual([]);

  await page
    .getByRole('button', { name: /^Nieuw/ })
    .first()
    .click();
  await title.fill('Sanne bouwt robots');
  await back.click();
  await expect(title).toHaveValue('Sanne bouwt robots');
  await page.keyboard.press('Escape');
  await expect(title).toHaveValue('Sanne bouwt robots');
  expect(messages).toHaveLength(2);
  expect(messages[0]).toMatch(/^Je wijzigingen zijn nog niet opgeslagen/);

  answer = true;
  await back.click();
  await expect(title).toHaveCount(0);
  expect(messages).toHaveLength(3);
});

test('a story can be saved in Dutch only: switch English off, and only the Dutch file is written', async ({
  page,
}) => {
  // A long journey through the editor (about 17 s alone): room for a loaded machine.
  test.slow();
  const errors = problems(page);
  await openPractice(page);
  await page
    .getByRole('button', { name: /^Nieuw/ })
    .first()
    .click();
  const nl = page.getByRole('group', { name: /Inhoud in het \W?Nederlands\W? bewerken/ });
  await nl.getByRole('textbox', { name: 'Titel', exact: true }).fill('Alleen in het Nederlands');
  await nl
    .getByRole('textbox', { name: 'Samenvatting', exact: true })
    .fill('Een verhaal zonder Engelse versie.');
  for (const name of ['Werken', '25-30 jaar', 'Nieuw talent'])
    await nl.getByRole('checkbox', { name }).check();
  const hero = await revealField(page, 'Hoofdafbeelding');
  await hero.getByRole('button', { name: 'Bladeren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('option', { name: 'portret-2.jpg' }).click();
  await dialog.getByRole('button', { name: 'Invoegen' }).click();
  await hero.getByRole('textbox', { name: 'Alt-tekst', exact: true }).fill('Illustratie: zorgmedewerker.');
  await (await revealField(page, 'Soort verhaal')).getByRole('radio', { name: 'Artikel' }).check();
  await page.getByRole('radio', { name: 'Engels' }).first().click();
  await page.getByRole('button', { name: /Inhoudsopties voor het \W?Engels/ }).click();
  await page.getByRole('menuitem', { name: /Engels\W* uitschakelen/ }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const path = 'content/stories/nl/alleen-in-het-nederlands.mdx';
  const raw = await practiceFile(page, path);
  const result = validate('stories', path, raw);
  expect(result.ok ? 'ok' : result.message).toBe('ok');
  await expect(practiceFile(page, 'content/stories/en/alleen-in-het-nederlands.mdx')).rejects.toThrow(
    /NotFoundError|could not be found/,
  );
  expect(errors).toEqual([]);
});
