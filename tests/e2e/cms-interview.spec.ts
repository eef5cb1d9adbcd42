// The city marketeer publishes the monthly video interview alone: a new interview, with its
// English version, made through the CMS's screens in practice mode by following the checklist of
// the editors' guide step by step (tests/support/interview.ts, the same steps as the guide),
// saved once. Both files come back complete, pass the build's own validation, and build into a
// site (a fixture site of their own: the hostile fixture content, tests/support/hostile.ts, with
// these two files and their image added).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import sharp from 'sharp';
import { path as sitePath } from '../../src/lib/routing/routes';
import { validateEntry } from '../../src/lib/content/validation';
import { followSteps, openPractice, practiceFile } from '../support/cms';
import { writeHostileContent } from '../support/hostile';
import { effort, INTERVIEW, STEPS } from '../support/interview';
import { buildSite } from '../support/build-site';

test.use({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });

function problems(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) found.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => found.push(error.message));
  return found;
}

/** Builds `content` into `<work>/dist`; the exit code and the output. */
const build = (content: string, work: string) => buildSite(content, work, new Date().toISOString());

test('a new video interview with its English version: the guide’s steps, one save, two complete files that build', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const errors = problems(page);
  const image = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d4e89' } })
    .jpeg()
    .toBuffer();
  await openPractice(page, [{ path: `content/images/${INTERVIEW.image}`, base64: image.toString('base64') }]);
  await expect(page.getByRole('button', { name: /^Nieuw/ }).first()).toBeVisible();

  await followSteps(page, STEPS);

  // What it asks of an editor (the target: at most 25 actions, at most 14 typed fields).
  const { actions, typed } = effort();
  test.info().annotations.push({ type: 'effort', description: `${actions} actions, ${typed} typed fields` });
  expect(actions).toBeLessThanOrEqual(25);
  expect(typed).toBeLessThanOrEqual(14);

  const slug = 'sanne-bouwt-robots-in-hengelo';
  const files = { nl: `content/stories/nl/${slug}.mdx`, en: `content/stories/en/${slug}.mdx` };
  const raw = { nl: await practiceFile(page, files.nl), en: await practiceFile(page, files.en) };
  for (const locale of ['nl', 'en'] as const) {
    const frontmatter = load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw[locale])?.[1] ?? '') as Record<
      string,
      unknown
    >;
    const result = validateEntry('stories', files[locale], frontmatter, raw[locale]);
    expect(result.ok ? 'ok' : result.message, files[locale]).toBe('ok');
    const texts = locale === 'nl' ? INTERVIEW : { ...INTERVIEW, ...INTERVIEW.en };
    // Complete: the shared fields copied into English, the translated ones its own.
    expect(frontmatter).toMatchObject({
      title: texts.title,
      lang: locale,
      format: 'video',
      brand: 'on',
      hero: { src: `../../images/${INTERVIEW.image}`, alt: texts.alt },
      person: { name: INTERVIEW.name, role: texts.role },
      video: { url: INTERVIEW.url, duration: INTERVIEW.duration, transcript: texts.transcript },
    });
    expect(frontmatter.publishDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(raw[locale]).not.toMatch(/: null$/m);
  }
  expect(errors).toEqual([]);

  // The two files build, with the site's own pages for them.
  mkdirSync('.cache', { recursive: true });
  const work = mkdtempSync(join('.cache', 'cms-interview-'));
  try {
    const content = join(work, 'content');
    await writeHostileContent(content);
    writeFileSync(join(content, 'images', INTERVIEW.image), image);
    for (const locale of ['nl', 'en'] as const) {
      mkdirSync(join(content, 'stories', locale), { recursive: true });
      writeFileSync(join(content, 'stories', locale, `${slug}.mdx`), raw[locale]);
    }
    const result = await build(content, work);
    expect(result.code, result.output).toBe(0);
    for (const locale of ['nl', 'en'] as const) {
      const file = join(work, 'dist', sitePath(locale, 'stories', slug), 'index.html');
      expect(existsSync(file), file).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(locale === 'nl' ? INTERVIEW.title : INTERVIEW.en.title);
      // The pasted link, read as the one canonical address.
      expect(html).toContain('https://www.youtube.com/watch?v=zl7mkZMJpTo');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
