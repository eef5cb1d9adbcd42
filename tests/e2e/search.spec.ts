// Site search in Chromium against the built index: the obvious entry comes first, the words people
// type (synonyms and compounds from the vocabulary) reach the right entries in both languages,
// ended events are marked and come last, Dutch and English stay apart, nothing of Pagefind loads
// before someone searches, the query and filters live in the URL, and the header form works
// without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { hasEnded, isClosed } from '../../src/lib/schedule';
import { path } from '../../src/lib/routing/routes';
import { buildNow } from '../../src/lib/time/zone';
import {
  eventTimes,
  opportunityTypes,
  type Locale,
  type OpportunityTypeId,
} from '../../src/lib/content/vocabulary';
import { published } from '../support/content';

const now = buildNow();
const results = (page: Page) => page.locator('[data-results] [data-slot="link"]');

async function search(page: Page, query: string, locale: 'nl' | 'en' = 'nl') {
  await page.goto(`${path(locale, 'search')}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).toHaveText(/“/);
}

/** Every result's link, after showing all of them. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(before);
  }
  return results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Per query, the pages that are obviously right, from content/. */
const obvious: Record<string, () => string[]> = {
  // The target-group page about them.
  Hunkertukker: () => [path('nl', 'profiles', 'hunkertukker')],
  // An open internship.
  stage: () =>
    published('opportunities', 'nl')
      .filter((entry) => entry.data.type === 'stage' && !isClosed(entry.data.deadline as Date, now))
      .map((entry) => path('nl', 'opportunities', entry.slug)),
  // The programme line about housing.
  wonen: () => [path('nl', 'programme', 'wonen')],
  // An entry with that name in its title.
  'Twente Goes Techno': () =>
    (['events', 'stories'] as const).flatMap((collection) =>
      published(collection, 'nl')
        .filter((entry) => entry.data.title.includes('Twente Goes Techno'))
        .map((entry) => path('nl', collection, entry.slug)),
    ),
};

for (const [query, expected] of Object.entries(obvious)) {
  test(`searching "${query}" returns the obvious entry first`, async ({ page }) => {
    const wanted = expected();
    expect(wanted.length, 'content has an obvious answer').toBeGreaterThan(0);
    await search(page, query);
    const first = await results(page).first().getAttribute('href');
    expect(wanted).toContain(first);
  });
}

test('an excerpt shows the matches marked, as text and marks only', async ({ page }) => {
  await search(page, 'Hengelo');
  const excerpt = page.locator('[data-results] [data-slot="excerpt"]').first();
  await expect(excerpt.locator('mark').first()).toHaveText(/hengelo/i);
  // Nothing of the excerpt becomes markup but the marks.
  const tags = await excerpt.evaluate((element) => [...element.children].map((child) => child.tagName));
  expect(tags.length).toBeGreaterThan(0);
  expect(new Set(tags)).toEqual(new Set(['MARK']));
});

test('searching "TalentTop" returns a TalentTop first, one still to come before those that have been', async ({
  page,
}) => {
  const talentTops = published('events', 'nl').filter((entry) => entry.data.type === 'talenttop');
  expect(talentTops.length, 'content has a TalentTop').toBeGreaterThan(0);
  const upcoming = talentTops.filter((entry) => !hasEnded(entry.data.end as Date, new Date()));
  await search(page, 'TalentTop');
  const links = await allResults(page);
  // What has ended comes after everything else: then the first event among the results is one.
  const first = upcoming.length > 0 ? links[0] : links.find((link) => link.startsWith('/agenda/'));
  expect(
    (upcoming.length > 0 ? upcoming : talentTops).map((entry) => path('nl', 'events', entry.slug)),
  ).toContain(first);
});

/** Open opportunities of a type in a language: open at the build and still open today. */
function openOfType(locale: Locale, type: OpportunityTypeId): string[] {
  return published('opportunities', locale)
    .filter(
      (entry) =>
        entry.data.type === type &&
        !isClosed(entry.data.deadline as Date, now) &&
        !isClosed(entry.data.deadline as Date, new Date()),
    )
    .map((entry) => path(locale, 'opportunities', entry.slug));
}

/** What people type, in which language's search, and the kind of opportunity they mean. */
const typed: [Locale, string, OpportunityTypeId][] = [
  ['nl', 'afstuderen', 'afstudeeropdracht'],
  ['nl', 'internship', 'stage'],
  ['nl', 'vacature', 'baan'],
  ['nl', 'job', 'baan'],
  ['nl', 'werkstudent', 'leerwerktraject'],
  ['nl', 'traineeship', 'traineeship'],
  ['en', 'internship', 'stage'],
  ['en', 'stage', 'stage'],
  ['en', 'afstuderen', 'afstudeeropdracht'],
  ['en', 'graduation', 'afstudeeropdracht'],
  ['en', 'vacature', 'baan'],
  ['en', 'job', 'baan'],
];

for (const [locale, query, type] of typed) {
  test(`"${query}" in the ${locale === 'nl' ? 'Dutch' : 'English'} search puts every open ${type} first`, async ({
    page,
  }) => {
    // The word is one the vocabulary gives for this kind, in this language (one list, no other).
    const words = opportunityTypes.searchWords(type, locale).flatMap((word) => word.toLowerCase().split(' '));
    expect(words).toContain(query);
    const wanted = openOfType(locale, type);
    expect(wanted.length, `content has an open ${type} in ${locale}`).toBeGreaterThan(0);
    await search(page, query, locale);
    const links = await allResults(page);
    expect(links.slice(0, wanted.length).sort()).toEqual([...wanted].sort());
    // Every match is the word itself (or a longer form of it), never a shorter stand-in
    // ("in" for "internship") that returns everything; and no result shows the hidden words.
    const marks = await page.locator('[data-results] [data-slot="excerpt"] mark').allTextContents();
    for (const mark of marks) expect(mark.toLowerCase()).toContain(query.slice(0, Math.min(query.length, 4)));
    const excerpts = await page.locator('[data-results] [data-slot="excerpt"]').allTextContents();
    const hidden = opportunityTypes.searchWords(type, locale).join(' ');
    for (const excerpt of excerpts) expect(excerpt).not.toContain(hidden);
  });
}

test('"internship" in the Dutch search shows the internships with their own summaries, and little else', async ({
  page,
}) => {
  const internships = published('opportunities', 'nl').filter(
    (entry) => entry.data.type === 'stage' && !isClosed(entry.data.deadline as Date, now),
  );
  await search(page, 'internship', 'nl');
  const links = await allResults(page);
  expect(links.length).toBeLessThanOrEqual(internships.length + 5);
  const first = internships.find((entry) => path('nl', 'opportunities', entry.slug) === links[0]);
  expect(first).toBeDefined();
  await expect(page.locator('[data-results] [data-slot="excerpt"]').first()).toHaveText(
    first?.data.summary as string,
  );
});

for (const locale of ['nl', 'en'] as const) {
  test(`${locale}: events that have ended are marked as such and listed after everything still to come`, async ({
    page,
  }) => {
    const events = published('events', locale);
    const ended = new Set(
      events
        .filter((entry) => hasEnded(entry.data.end as Date, new Date()))
        .map((entry) => path(locale, 'events', entry.slug)),
    );
    expect(ended.size, 'content has an event that has ended').toBeGreaterThan(0);
    expect(ended.size, 'content has an event still to come').toBeLessThan(events.length);
    await page.goto(`${path(locale, 'search')}?type=event`);
    await expect(results(page).first()).toBeVisible();
    const links = await allResults(page);
    expect(links.length).toBe(events.length);
    const firstEnded = links.findIndex((link) => ended.has(link));
    expect(firstEnded).toBe(links.length - ended.size);
    const label = eventTimes.label('geweest', locale);
    const items = page.locator('[data-results] > li');
    for (const [at, link] of links.entries()) {
      const badge = items.nth(at).locator('[data-slot="past"]');
      if (ended.has(link)) await expect(badge).toHaveText(label);
      else await expect(badge).toBeHidden();
    }
    expect(useTranslations(locale).search.types.event.length).toBeGreaterThan(0);
  });
}

test('a Dutch search never returns English pages, and the other way round', async ({ page }) => {
  await search(page, 'Hengelo', 'nl');
  const nl = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(nl.length).toBeGreaterThan(0);
  for (const href of nl) expect(href.startsWith('/en/')).toBe(false);
  await search(page, 'Hengelo', 'en');
  const en = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(en.length).toBeGreaterThan(0);
  for (const href of en) expect(href.startsWith('/en/')).toBe(true);
});

test('nothing of search loads until the visitor starts searching', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Zoek op de site' }).fill('stage');
  await page.goto(path('nl', 'search'));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByLabel('Waar zoek je naar?').fill('stage');
  await expect(results(page).first()).toBeVisible();
  expect(requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('the query and filters live in the URL, narrow the results and come back with history', async ({
  page,
}) => {
  await page.goto(path('nl', 'search'));
  await page.getByLabel('Waar zoek je naar?').fill('stage');
  await page.getByLabel('Waar zoek je naar?').press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=stage$/);
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();

  const panel = page.locator('details.filter-panel > summary');
  if (await panel.isVisible()) await panel.click();
  await page.locator('input[name="type"][value="story"]').check();
  await expect(page).toHaveURL(/\?q=stage&type=story$/);
  await expect(page.locator('[data-results] [data-slot="kicker"]').first()).toHaveText(/^Verhaal/);
  const stories = await page.locator('[data-results] [data-slot="kicker"]').allTextContents();
  expect(stories.length).toBeGreaterThan(0);
  expect(stories.length).toBeLessThan(all);
  for (const kicker of stories) expect(kicker).toMatch(/^Verhaal · /);
  // Every result shows its type, a date and its facets.
  await expect(page.locator('[data-results] [data-slot="facets"] li').first()).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?q=stage$/);
  await expect(page.locator('input[name="type"][value="story"]')).not.toBeChecked();
  await expect(results(page)).toHaveCount(Math.min(all, 10));

  await page.reload();
  await expect(page.getByLabel('Waar zoek je naar?')).toHaveValue('stage');
  await expect(results(page).first()).toBeVisible();
});

test('no single-key shortcut (WCAG 2.1.4): / neither moves focus nor is swallowed', async ({ page }) => {
  await page.goto(path('nl', 'stories'));
  await page.locator('body').press('/');
  const field = page.getByRole('searchbox', { name: 'Zoek op de site' });
  await expect(field).not.toBeFocused();
  await field.focus();
  await field.press('/');
  await expect(field).toHaveValue('/');
});

test('has no WCAG 2.2 AA violations with results and filters shown', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await search(page, 'werken');
    const summary = page.locator('details.filter-panel > summary');
    if (await summary.isVisible()) await summary.click();
    await expect(results(page).first()).toBeVisible();
    const report = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      report.violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search goes to the search page with the query, which explains what to do', async ({
    page,
  }) => {
    await page.goto(path('nl', 'opportunities'));
    const field = page.getByRole('searchbox', { name: 'Zoek op de site' });
    await field.fill('stage');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=stage$/);
    await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kansen' }).last()).toBeVisible();
  });
});
