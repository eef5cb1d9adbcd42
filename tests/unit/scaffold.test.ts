// `npm run new`: slugs, templates, and that what it writes keeps the contract as created.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  catalogueAlt,
  entryTemplate,
  isKind,
  kinds,
  slugify,
  type Kind,
} from '../../src/lib/content/scaffold';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { validateEntry } from '../../src/lib/content/validation';

const catalogue = readFileSync('content/images/catalogue.md', 'utf8');
/** The frontmatter as the build reads it. */
const frontmatterOf = readFrontmatter;

describe('slugify', () => {
  it('makes a file name from a Dutch title', () => {
    expect(slugify('Video van de maand: Anouk (26) bouwt mee!')).toBe(
      'video-van-de-maand-anouk-26-bouwt-mee',
    );
    expect(slugify('Kevin kwam terug uit München')).toBe('kevin-kwam-terug-uit-munchen');
    expect(slugify("Café 't Hengeloos — één avond")).toBe('cafe-t-hengeloos-een-avond');
    expect(slugify('  --  ')).toBe('');
  });

  it('keeps names at most 80 characters, cut between words', () => {
    const slug = slugify('een '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((word) => word === 'een')).toBe(true);
  });
});

describe('helpers', () => {
  it('reads the Dutch alt text from the image catalogue', () => {
    expect(catalogueAlt(catalogue, 'stage.jpg')).toMatch(/^Illustratie: stagiair/);
    expect(catalogueAlt(catalogue, 'bestaat-niet.jpg')).toBeUndefined();
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2028-02-15', 14)).toBe('2028-02-29');
  });

  it('knows the kinds editors can ask for', () => {
    expect(Object.keys(kinds)).toEqual(['story', 'video', 'event', 'opportunity']);
    expect(isKind('video')).toBe(true);
    expect(isKind('podcast')).toBe(false);
  });
});

describe.each(Object.keys(kinds) as Kind[])('a new %s', (kind) => {
  const { collection, extension, image } = kinds[kind];
  const title = 'Nieuw in Hengelo: een test';
  const text = entryTemplate(kind, {
    title,
    today: '2026-11-29',
    image: { file: image, alt: catalogueAlt(catalogue, image) ?? '' },
  });
  const file = `content/${collection}/nl/${slugify(title)}.${extension}`;
  const data = frontmatterOf(text);

  it('keeps the content contract as created', () => {
    const result = validateEntry(collection, file, data, text);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it('is a draft dated today, with an existing hero image and its catalogue alt text', () => {
    expect(data).toMatchObject({ title, lang: 'nl', publishDate: '2026-11-29', draft: true, brand: 'on' });
    const hero = data.hero as { src: string; alt: string };
    expect(readdirSync('content/images')).toContain(hero.src.replace('../../images/', ''));
    expect(hero.alt).toBe(catalogueAlt(catalogue, image));
  });
});

describe('npm run new', () => {
  const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/new-entry.mjs', ...args, '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, BUILD_DATE: '2027-02-03' },
    });

  it('writes a valid draft with the date of BUILD_DATE and says how to add the English version', () => {
    const output = run('event', 'TalentTop #4: werken in de zorg');
    const file = join(root, 'content/events/nl/talenttop-4-werken-in-de-zorg.md');
    const text = readFileSync(file, 'utf8');
    const data = frontmatterOf(text);
    expect(data).toMatchObject({ publishDate: '2027-02-03', start: '2027-02-17T15:00', draft: true });
    expect(validateEntry('events', 'content/events/nl/talenttop-4-werken-in-de-zorg.md', data, text).ok).toBe(
      true,
    );
    expect(output).toContain('content/events/en/talenttop-4-werken-in-de-zorg.md');
  }, 30_000);

  it('refuses to overwrite an existing file, and explains unknown kinds', () => {
    expect(() => run('event', 'TalentTop #4: werken in de zorg')).toThrow(/bestaat al/);
    expect(() => run('podcast', 'Iets')).toThrow(
      /Gebruik: npm run new -- <story\|video\|event\|opportunity>/,
    );
  }, 30_000);
});
