// An opportunity that names an employer the site does not have fails the build, with the file,
// the field and the employers there are: the fixture site's content, with one id misspelt.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { fixture } from '../support/sites';

let work = '';
let result: { code: number | null; output: string } = { code: null, output: '' };
const FILE = join('opportunities', 'nl', 'stage-grafisch-ontwerp-broedplaats.md');

beforeAll(async () => {
  mkdirSync('.cache', { recursive: true });
  work = mkdtempSync(join('.cache', 'employer-refs-'));
  const content = join(work, 'content');
  cpSync(fixture.content, content, { recursive: true });
  const file = join(content, FILE);
  const text = readFileSync(file, 'utf8');
  if (!text.includes('\nemployer: studio-stoomhamer\n'))
    throw new Error(`${FILE} no longer names studio-stoomhamer`);
  writeFileSync(file, text.replace('\nemployer: studio-stoomhamer\n', '\nemployer: studio-stoomhamr\n'));
  result = await buildSite(content, join(work, 'site'), fixture.buildDate);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('an unknown employer id', () => {
  it('fails the build and writes no site', () => {
    expect(result.code).not.toBe(0);
    expect(existsSync(join(work, 'site', 'dist', 'index.html'))).toBe(false);
  });

  it('names the file, the field, the wrong id and the employers there are', () => {
    const output = stripVTControlCharacters(result.output);
    expect(output).toContain(`${join(work, 'content', FILE)} heeft 1 probleem:`);
    expect(output).toContain('Werkgever (employer): "studio-stoomhamr" is geen werkgever die de site kent.');
    // The published employers of the fixture; the draft one is not among them.
    expect(output).toContain(
      'Bekend zijn: bitwerf-twente, het-maakcollege, oldenkamp-precisietechniek, stroomwijk-twente, studio-stoomhamer, zorgcooperatie-hofkamp.',
    );
    expect(output).not.toMatch(/Bekend zijn:[^\n]*werkplaats-concept/);
  });
});
