// The build's own rules for facts, end to end: the fixture content (tests/fixtures/site) with one
// fact last checked long ago and a guide that names a fact that does not exist, built into a
// folder of its own (.cache/facts-*). The build prints the reminder about the old fact (a warning,
// not the failure), and fails on the unknown id with the guide's file and the ids there are.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/lib/content/messages';
import { buildSite } from '../support/build-site';
import { fixture } from '../support/sites';

let work = '';
let built = { code: null as number | null, output: '' };
const OLD = 'kamerhuur-enschede-2023';
const guide = join('pages', 'nl', 'verhuizen.mdx');
let ids: string[] = [];

beforeAll(async () => {
  mkdirSync('.cache', { recursive: true });
  work = mkdtempSync(join('.cache', 'facts-'));
  const content = join(work, 'content');
  cpSync(fixture.content, content, { recursive: true });
  const old = join(content, 'facts', `${OLD}.yml`);
  writeFileSync(old, readFileSync(old, 'utf8').replace(/^checked: .*$/m, 'checked: 2020-01-15'));
  const page = join(content, guide);
  writeFileSync(page, `${readFileSync(page, 'utf8')}\n\nEen getal: <Fact id="bestaat-niet" />.\n`);
  ids = readdirSync(join(content, 'facts'))
    .map((name) => name.replace(/\.yml$/, ''))
    .sort();
  built = await buildSite(content, join(work, 'site'), fixture.buildDate);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build with an old fact and an unknown fact id', () => {
  it('warns about the fact not checked for a year', () => {
    expect(built.output).toContain(say('factsStale', { aantal: 1 }));
    expect(built.output).toMatch(new RegExp(`${OLD}\\.yml: voor het laatst gecontroleerd op 2020-01-15`));
  });

  it('fails on the unknown id, naming the page and the facts there are', () => {
    expect(built.code).not.toBe(0);
    expect(built.output).toContain('het feit "bestaat-niet" bestaat niet');
    expect(built.output).toContain(guide);
    expect(built.output).toContain(ids.join(', '));
  });
});
