// The editors' guide stays true: it explains every field, shows screenshots that exist, and
// quotes build errors exactly as the site gives them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/lib/content/schemas';
import { validateEntry } from '../../src/lib/content/validation';
import { videoStory } from '../support/entries';

const guide = readFileSync('docs/redactie.md', 'utf8');
const plainImage = () => z.string();

describe('docs/redactie.md', () => {
  it.each(['stories', 'events', 'opportunities'] as const)('explains every field of %s', (collection) => {
    const schema = schemas[collection](plainImage) as unknown as z.ZodObject;
    for (const field of Object.keys(schema.shape)) expect(guide, field).toContain(`\`${field}\``);
  });

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
    const file = 'content/stories/nl/video-van-de-maand-sanne.mdx';
    const story = {
      ...videoStory,
      video: { url: 'https://youtu.be/zl7mkZMJpTo', duration: 'PT2M', transcript: 'Tekst' },
    };
    const cases: [unknown, string?][] = [
      [{ ...story, video: { ...story.video, transcript: undefined } }],
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
    const { format: _format, video: _video, ...common } = story;
    const event = validateEntry('events', 'content/events/nl/talenttop-4.md', {
      ...common,
      title: 'TalentTop #4',
      type: 'talenttop',
      start: '2027-03-11T15:00',
      end: '2027-03-11T14:00',
      venue: { name: 'Stadhuis', street: 'Hazemeijerstraat 2', postalCode: '7555', city: 'Hengelo' },
      organiser: { name: 'Gemeente Hengelo' },
    });
    expect(event.ok ? '' : event.message).toMatch(/has 2 problems/);
    if (!event.ok) expect(guide).toContain(event.message);
  });
});
