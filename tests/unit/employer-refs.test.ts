// Opportunities (and stories and events) name their employer by id: one check, for hand-made
// entries and for entries made any other way, fails with the file, the field and the ids there are.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkEmployerRefs,
  employerRefProblems,
  EmployerRefError,
} from '../../src/lib/content/employer-refs';
import { publishedEmployers } from '../../src/lib/content/loader';
import { MESSAGES, messagePattern } from '../../src/lib/content/messages';
import { zonedTimeToUtc } from '../../src/lib/time/zone';

const known = ['bitwerf-twente', 'studio-stoomhamer'];
const good = { id: 'nl/stage', file: 'content/opportunities/nl/stage.md', employer: 'bitwerf-twente' };
const typo = { id: 'nl/baan', file: 'content/opportunities/nl/baan.md', employer: 'bitwerf-twnte' };

describe('checkEmployerRefs', () => {
  it('passes when every id names a known employer', () => {
    expect(() => checkEmployerRefs([good], known)).not.toThrow();
    expect(employerRefProblems([good], known)).toEqual([]);
  });

  it('fails on an unknown id, naming the file, the field and the known ids', () => {
    expect(() => checkEmployerRefs([good, typo], known)).toThrow(EmployerRefError);
    const [message = ''] = employerRefProblems([good, typo], known);
    expect(message).toContain('content/opportunities/nl/baan.md heeft 1 probleem:');
    expect(message).toContain('Werkgever (employer): "bitwerf-twnte" is geen werkgever die de site kent.');
    expect(message).toContain('Bekend zijn: bitwerf-twente, studio-stoomhamer.');
    expect(message.split('\n')[1]?.replace(/^ {2}- Werkgever \(employer\): /, '')).toMatch(
      messagePattern(MESSAGES.unknownEmployer),
    );
  });

  it('lists every wrong entry at once, and names the field of a story or an event', () => {
    const story = {
      id: 'nl/ruben',
      file: 'content/stories/nl/ruben.mdx',
      employer: 'onbekend',
      collection: 'stories' as const,
      field: 'employers[0]',
    };
    const problems = employerRefProblems([typo, story], known);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('content/stories/nl/ruben.mdx heeft 1 probleem:');
    expect(problems[1]).toContain('(employers[0]): "onbekend"');
  });

  it('says so when there are no employers at all', () => {
    expect(employerRefProblems([good], [])[0]).toContain('Bekend zijn: nog geen enkele.');
  });
});

describe('publishedEmployers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'employers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const employer = (publishDate: string, extra = '') =>
    [
      '---',
      'name: Voorbeeld',
      'summary: Maakt dingen.',
      'lang: nl',
      `publishDate: ${publishDate}`,
      'brand: "on"',
      extra,
      'sector: techniek',
      'size: "10-49"',
      'places: [Hengelo]',
      'workingLanguages: [nl]',
      'hiresInternationally: false',
      'website: https://www.voorbeeld.example/',
      'image: ../../images/maakstad.jpg',
      'imageAlt: Een fabriekshal.',
      '---',
      '',
    ].join('\n');
  mkdirSync(join(dir, 'nl'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'nl', 'online.md'), employer('2026-01-01'));
  writeFileSync(join(dir, 'en', 'alleen-engels.md'), employer('2026-01-01').replace('lang: nl', 'lang: en'));
  writeFileSync(join(dir, 'nl', 'concept.md'), employer('2026-01-01', 'draft: true'));
  writeFileSync(join(dir, 'nl', 'gepland.md'), employer('2027-06-01'));

  it('knows the employers published at the date, in either language, and not drafts or scheduled ones', async () => {
    const ids = await publishedEmployers(zonedTimeToUtc('2027-03-01T12:00'), dir);
    expect([...ids].sort()).toEqual(['alleen-engels', 'online']);
    const later = await publishedEmployers(zonedTimeToUtc('2027-06-01T12:00'), dir);
    expect(later.has('gepland')).toBe(true);
  });

  it('knows none when there is no employers folder', async () => {
    expect((await publishedEmployers(new Date(), join(dir, 'nergens'))).size).toBe(0);
  });
});
