// One meaning for a date: an entry dated 2026-03-18 is public from 00:00 Hengelo time on 18 March
// however its YAML writes it, its JSON-LD carries that day, and the build's messages name that day.
// The frontmatter is read with the build's own parser (src/lib/content/frontmatter.ts), so these
// tests see the values Astro's content loader hands to the schema.
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { publishStatus } from '../../src/lib/content/publishing';
import { calendarDay } from '../../src/lib/content/schemas/fields';
import { validateEntry } from '../../src/lib/content/validation';
import { articleJsonLd } from '../../src/lib/structured-data/story';
import { buildNow, toZonedIso, zonedDate, zonedTimeToUtc } from '../../src/lib/time/zone';

/** A valid Dutch story with the given publishDate line. */
function story(publishDate: string): string {
  return `---
title: "Roel kwam terug uit Amsterdam"
summary: "Roel woonde tien jaar in Amsterdam en kwam terug naar Hengelo."
lang: nl
publishDate: ${publishDate}
lines: [wonen]
ages: ["25-30"]
segments: [hunkertukker]
brand: "on"
format: artikel
hero:
  src: ../../images/terugkeer-trein.jpg
  alt: "Illustratie: een trein komt aan op het station van Hengelo."
---

Roel is terug.
`;
}

/** The publish moment of a story file as the build reads it. */
function publishMoment(publishDate: string): Date {
  const raw = story(publishDate);
  const result = validateEntry('stories', 'content/stories/nl/roel.mdx', readFrontmatter(raw), raw);
  if (!result.ok) throw new Error(result.message);
  return (result.data as { publishDate: Date }).publishDate;
}

const midnight = zonedTimeToUtc('2026-03-18T00:00');

describe('the frontmatter parser', () => {
  it('is the one Astro’s content loader uses (same module, same js-yaml)', () => {
    const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
    const ours = createRequire(import.meta.url);
    const module = '@astrojs/internal-helpers/frontmatter';
    expect(realpathSync(ours.resolve(module))).toBe(realpathSync(fromAstro.resolve(module)));
  });

  it('reads an unquoted date as a Date at UTC midnight and a quoted one as text (why date() exists)', () => {
    expect(readFrontmatter(story('2026-03-18')).publishDate).toEqual(new Date('2026-03-18T00:00:00Z'));
    expect(readFrontmatter(story('"2026-03-18"')).publishDate).toBe('2026-03-18');
  });
});

describe('a date field', () => {
  it.each([
    ['unquoted', '2026-03-18'],
    ['quoted', '"2026-03-18"'],
    ['single-quoted', "'2026-03-18'"],
    ['a local date-time in quotes', '"2026-03-18T09:30"'],
    ['an unquoted date-time (UTC to YAML)', '2026-03-18T09:30:00'],
    ['a date-time with an offset', '"2026-03-18T00:30:00+01:00"'],
    ['Hengelo midnight as a CMS date picker writes it in UTC', '"2026-03-17T23:00:00.000Z"'],
    ['the same, unquoted', '2026-03-17T23:00:00.000Z'],
  ])('written as %s (%s) is 18 March from 00:00 in Hengelo', (_how, written) => {
    expect(publishMoment(written).toISOString()).toBe(midnight.toISOString());
    expect(toZonedIso(publishMoment(written))).toBe('2026-03-18T00:00:00+01:00');
  });

  it('gives the quoted and unquoted forms the same moment in summer time too', () => {
    expect(publishMoment('2026-07-08').getTime()).toBe(publishMoment('"2026-07-08"').getTime());
    expect(toZonedIso(publishMoment('2026-07-08'))).toBe('2026-07-08T00:00:00+02:00');
  });

  it('names the calendar day it is given, and nothing for what is not a date', () => {
    expect(calendarDay(new Date('2026-12-15T00:00:00Z'))).toBe('2026-12-15');
    expect(calendarDay(new Date('2026-12-14T23:00:00Z'))).toBe('2026-12-15');
    expect(calendarDay('2026-12-15')).toBe('2026-12-15');
    expect(calendarDay('2026-02-30')).toBeUndefined();
    expect(calendarDay('15-12-2026')).toBeUndefined();
    expect(calendarDay('soon')).toBeUndefined();
  });

  it('still refuses what is not a date, naming the field', () => {
    const raw = story('"18 maart"');
    const result = validateEntry('stories', 'content/stories/nl/roel.mdx', readFrontmatter(raw), raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('publishDate');
  });
});

describe('publishing on the day', () => {
  it.each(['2026-03-18', '"2026-03-18"'])('BUILD_DATE=2026-03-18 publishes the entry dated %s', (written) => {
    const now = buildNow({ BUILD_DATE: '2026-03-18' });
    expect(publishStatus({ brand: 'on', draft: false, publishDate: publishMoment(written) }, now)).toEqual({
      published: true,
    });
  });

  it.each(['2026-03-18', '"2026-03-18"'])(
    'a minute before midnight it holds %s back, naming that day',
    (written) => {
      const now = zonedTimeToUtc('2026-03-17T23:59');
      expect(publishStatus({ brand: 'on', draft: false, publishDate: publishMoment(written) }, now)).toEqual({
        published: false,
        reason: 'scheduled',
        detail: 'gepland: het komt online op 18-03-2026.',
      });
    },
  );

  it('a story dated 15 December, however the CMS wrote it, is reported as 15 December', () => {
    const now = buildNow({ BUILD_DATE: '2026-12-01' });
    for (const written of ['2026-12-15', '"2026-12-15"', '"2026-12-14T23:00:00.000Z"']) {
      const status = publishStatus({ brand: 'on', draft: false, publishDate: publishMoment(written) }, now);
      expect(status.published ? '' : status.detail, written).toBe('gepland: het komt online op 15-12-2026.');
    }
  });

  it('puts that day in the JSON-LD: datePublished 2026-03-18, at 00:00 Hengelo time', () => {
    const article = articleJsonLd({
      url: 'https://talent.hengelo.nl/verhalen/roel/',
      site: 'https://talent.hengelo.nl/',
      language: 'nl-NL',
      title: 'Roel kwam terug uit Amsterdam',
      summary: 'Roel woonde tien jaar in Amsterdam.',
      publishDate: publishMoment('2026-03-18'),
      image: 'https://talent.hengelo.nl/og/nl/stories/roel.jpg',
      publisher: 'Gemeente Hengelo',
    });
    expect(article.datePublished).toBe('2026-03-18T00:00:00+01:00');
    expect(zonedDate(publishMoment('2026-03-18'))).toBe('2026-03-18');
  });
});
