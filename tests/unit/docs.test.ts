// The editors' guide stays true: it explains every field, shows screenshots that exist, and
// quotes build errors exactly as the site gives them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/lib/content/schemas';
import { fieldText } from '../../src/lib/content/labels';
import { validateEntry } from '../../src/lib/content/validation';
import { effort, STEPS } from '../support/interview';
import { videoStory } from '../support/entries';

const guide = readFileSync('docs/redactie.md', 'utf8');
const plainImage = () => z.string();

describe('docs/redactie.md', () => {
  it.each(['stories', 'events', 'opportunities', 'employers'] as const)(
    'explains every field of %s',
    (collection) => {
      const schema = schemas[collection](plainImage) as unknown as z.ZodObject;
      for (const field of Object.keys(schema.shape)) expect(guide, field).toContain(`\`${field}\``);
    },
  );

  it('shows only screenshots that exist, and every screenshot the tests take', () => {
    const referenced = [...guide.matchAll(/\]\((screenshots\/[^)]+\.png)\)/g)].map((m) => m[1] ?? '');
    expect(referenced.length).toBeGreaterThan(5);
    for (const file of referenced) expect(existsSync(`docs/${file}`), file).toBe(true);
    const taken = [
      ...readFileSync('tests/e2e/screenshots.spec.ts', 'utf8').matchAll(/'(\d\d-[\w-]+\.png)'/g),
    ].map((m) => `screenshots/${m[1]}`);
    expect(taken.sort()).toEqual([...new Set(referenced)].sort());
    expect(
      readdirSync('docs/screenshots')
        .map((name) => `screenshots/${name}`)
        .sort(),
    ).toEqual(taken.sort());
  });

  it('quotes the build errors exactly as the site gives them', () => {
    const file = 'content/stories/nl/sanne-bouwt-robots.mdx';
    const story = {
      ...videoStory,
      video: { url: 'https://youtu.be/zl7mkZMJpTo', duration: '4:12', transcript: 'Tekst' },
    };
    const cases: [unknown, string?][] = [
      [{ ...story, video: { ...story.video, transcript: undefined } }],
      [{ ...story, person: undefined }],
      [{ ...story, video: { ...story.video, url: 'https://www.instagram.com/p/abc' } }],
      [{ ...story, hero: { src: story.hero.src } }],
      [{ ...story, brand: 'off', featured: true }],
      [story, '---\ntitle: x\n---\n\n<Quote role="Trainee">Mooi.</Quote>\n'],
      [
        story,
        '---\ntitle: x\n---\n\nTekst.\n\nMeer.\n\nNog meer.\n\n<img src="x.jpg" alt=""\nonerror="alert(1)" />\n',
      ],
      [{ ...story, lines: ['werk'] }],
      [{ ...story, video: { ...story.video, duration: '2 minuten' } }],
      [story, '---\npublishDate: 2026-02-30\n---\n'],
      [{ ...story, publishDate: 'volgende week' }],
      [{ ...story, lang: 'en' }],
      [{ ...story, titel: 'x' }],
    ];
    for (const [data, raw] of cases) {
      const result = validateEntry('stories', file, data, raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(guide).toContain(result.message);
    }
    const { format: _format, video: _video, person: _person, ...common } = story;
    const event = validateEntry('events', 'content/events/nl/talenttop-4.md', {
      ...common,
      title: 'TalentTop #4',
      type: 'talenttop',
      start: '2027-03-11T15:00',
      end: '2027-03-11T14:00',
      venue: { name: 'Stadhuis', street: 'Hazemeijerstraat 2', postalCode: '7555', city: 'Hengelo' },
      organiser: { name: 'Gemeente Hengelo' },
    });
    expect(event.ok ? '' : event.message).toMatch(/heeft 2 problemen:/);
    if (!event.ok) expect(guide).toContain(event.message);
  });

  it('gives the monthly interview as the checklist the browser test follows, step for step', () => {
    const section = guide.slice(guide.indexOf('### De checklist'), guide.indexOf('### Na het opslaan'));
    const items: string[] = [];
    for (const line of section.split('\n')) {
      const item = /^(\d+)\. (.*)$/.exec(line);
      if (item) {
        expect(Number(item[1])).toBe(items.length + 1);
        items.push(item[2] ?? '');
      } else if (/^ {3,}\S/.test(line) && !/^\s*!\[/.test(line)) {
        items[items.length - 1] += ` ${line.trim()}`;
      }
    }
    expect(items).toEqual(STEPS.map((step) => step.guide));
    // It names every field the form requires of a video interview.
    for (const label of [
      'Titel',
      'Samenvatting',
      'Publicatiedatum',
      'Programmalijnen',
      'Leeftijdsgroepen',
      'Doelgroepen',
      'Merk',
      'Hoofdafbeelding',
      'Alt-tekst',
      'Soort verhaal',
      'Persoon',
      'Naam',
      'Rol of baan',
      'Video',
      'Link naar de video',
      'Duur',
      'Uitgeschreven tekst',
    ]) {
      expect(items.join('\n'), label).toContain(`**${label}**`);
    }
    const { actions, typed } = effort();
    expect(section).toContain(
      `Dat zijn ${actions} handelingen, waarvan ${typed} keer tekst typen of plakken.`,
    );
  });

  it('explains each field with the label and the hint the CMS shows', () => {
    const rows = [...guide.matchAll(/^\| \*\*(.+?)\*\* +\| `([^`]+)` +\| (.+?) +\|$/gm)];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      // The tables' order: fields of all three, then stories, events, opportunities and employers.
      const before = guide.slice(0, row.index);
      const collection =
        before.lastIndexOf('### Werkgevers') > before.lastIndexOf('### Alleen bij kansen')
          ? 'employers'
          : before.lastIndexOf('### Alleen bij verhalen') > before.lastIndexOf('### Alleen bij evenementen')
            ? 'stories'
            : before.lastIndexOf('### Alleen bij kansen') > before.lastIndexOf('### Alleen bij evenementen')
              ? 'opportunities'
              : 'events';
      const text = fieldText(collection, row[2] ?? '');
      expect(row[1], row[2]).toBe(text?.label);
      expect(row[3]?.replace(/\\\|/g, '|'), row[2]).toBe(text?.hint);
    }
  });
});
