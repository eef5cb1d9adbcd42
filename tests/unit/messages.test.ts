// Every message an editor can meet is in Dutch and in the guide. The messages are made from the
// texts in one catalogue (src/lib/content/messages.ts); the guide (docs/redactie.md) has one table
// of all of them. These tests break every field of every collection in several ways, and the text,
// the blocks and the files' places, and check that each message that comes out is made from a
// text of the catalogue, and that every text of the catalogue is in the guide's table.
import { readFileSync } from 'node:fs';
import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config';
import { parseRule, recurrenceProblem } from '../../src/lib/agenda/recurrence';
import { MESSAGES, messagePattern, say } from '../../src/lib/content/messages';
import { componentNames } from '../../src/lib/content/mdx-body';
import { heldBackSummary, publishStatus } from '../../src/lib/content/publishing';
import { schemas } from '../../src/lib/content/schemas';
import { componentProblem, validateEntry } from '../../src/lib/content/validation';
import { monthlyVideo, type VideoCandidate } from '../../src/lib/media/monthly-interview';
import { videoUrlProblem } from '../../src/lib/media/video-embed';
import { hostileEntries, type HostileEntry } from '../support/hostile';

const guide = readFileSync('docs/redactie.md', 'utf8');
const patterns = Object.values(MESSAGES).map(messagePattern);

/** Whether a message is made from one of the catalogue's texts. */
const fromCatalogue = (message: string) => patterns.some((pattern) => pattern.test(message));

/** Every field path of a schema (lists of groups as `name[0]`). */
function paths(schema: z.ZodType, prefix = ''): string[] {
  let node = schema;
  for (;;) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodPipe) node = node.in as z.ZodType;
    else break;
  }
  if (node instanceof z.ZodObject) {
    return Object.entries(node.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...paths(value, `${prefix}${key}.`),
    ]);
  }
  if (node instanceof z.ZodArray) return paths(node.element as z.ZodType, prefix.replace(/\.$/, '[0].'));
  return [];
}

function withField(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = path.replace(/\[0\]/g, '.0').split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  const last = keys.at(-1) as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** Wrong values of every kind an editor can write. */
const WRONG: unknown[] = [
  undefined,
  12,
  -3,
  2.5,
  '',
  '   ',
  'x'.repeat(2001),
  'gisteren',
  true,
  ['?'],
  [],
  {},
  null,
];

/** Every report a broken entry gives. */
function reports(entry: HostileEntry): string[] {
  const file = `content/${entry.file}`;
  const out: string[] = [];
  for (const path of paths(schemas[entry.collection](() => z.string()) as unknown as z.ZodType)) {
    for (const value of WRONG) {
      const result = validateEntry(entry.collection, file, withField(entry.data, path, value));
      if (!result.ok) out.push(result.message);
    }
  }
  return out;
}

describe('the messages of the content checks', () => {
  const entries = hostileEntries().filter((entry) => entry.locale === 'nl');

  it.each(entries.map((entry) => [entry.file, entry] as const))(
    'breaking any field of %s gives only messages from the catalogue',
    (_, entry) => {
      const all = reports(entry);
      expect(all.length).toBeGreaterThan(10);
      for (const report of all) {
        expect(fromCatalogue(report.split('\n')[0] ?? ''), report).toBe(true);
        for (const line of report.split('\n').slice(1)) {
          const message = line.replace(/^ {2}- (?:[^:]+: )?/, '');
          expect(fromCatalogue(message) || fromCatalogue(line.replace(/^ {2}- /, '')), line).toBe(true);
        }
      }
    },
  );

  it('names the field as the CMS labels it', () => {
    const story = hostileEntries().find((entry) => entry.collection === 'stories') as HostileEntry;
    const result = validateEntry(
      'stories',
      'content/stories/nl/x.mdx',
      withField(story.data, 'video.duration', '2 min'),
    );
    expect(result.ok ? '' : result.message).toBe(
      `content/stories/nl/x.mdx heeft 1 probleem:\n  - Video › Duur (video.duration): ${say('duration', { waarde: '"2 min"' })}`,
    );
  });

  it('gives messages from the catalogue for the text, its blocks and the file’s place', () => {
    const story = hostileEntries().find((entry) => entry.file.endsWith('.mdx')) as HostileEntry;
    const raw = (body: string) => `---\ntitle: x\npublishDate: 2026-02-30\n---\n\n${body}\n`;
    const bodies = [
      '<Quote role="x">Tekst</Quote>',
      '<Quote person="x" persoon="y">Tekst</Quote>',
      '<Video url="x" title="" duration="2 min" poster="" alt="" captions="y" />',
      '<Video url="/videos/a.mp4" title="a" duration="2:00" poster="p.jpg" alt="a">Tekst</Video>',
      '<Figure src="a.jpg" />',
      '<FactBox title="' + 'x'.repeat(90) + '" />',
      '<CallToAction href="www.x.nl" label="Ga" />',
      '<Quote person="x"',
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(1)" style="color:red">',
      '[link](javascript:alert(1)) ![x](data:image/png;base64,AAAA)',
      '{1 + 1}',
      'import x from "y"',
      '<Quote {...props}>Tekst</Quote>',
      '<Quote person={naam}>Tekst</Quote>',
      '{ niet } geldig {',
    ];
    for (const body of bodies) {
      const result = validateEntry(
        'stories',
        'content/stories/nl/video.mdx',
        { ...story.data, lang: 'en' },
        raw(body),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) {
        for (const line of result.message.split('\n').slice(1)) {
          const message = line.replace(/^ {2}- (?:Tekst[^:]*|[^:(]+\([^)]+\)): /, '').replace(/^ {2}- /, '');
          expect(fromCatalogue(message), line).toBe(true);
        }
      }
    }
    for (const name of componentNames) {
      const problem = componentProblem(name, {}, undefined);
      for (const line of (problem ?? '').split('\n').slice(1)) {
        expect(fromCatalogue(line.replace(/^ {2}- [^:]+: /, '')), line).toBe(true);
      }
    }
  });

  it('gives messages from the catalogue for addresses, rules, held-back entries and the monthly video', () => {
    const messages = [
      ...[
        'public/videos/a.mp4',
        'https://www.youtube.com/playlist?list=x',
        'https://youtube.com/',
        'https://vimeo.com/',
        'x',
      ].map((url) => videoUrlProblem(url) ?? ''),
      ...['x', 'FREQ=YEARLY;BYMONTH=13;BYDAY=3MO', 'FREQ=MONTHLY'].map((rule) => {
        const parsed = parseRule(rule);
        return parsed.ok ? '' : parsed.message;
      }),
      recurrenceProblem({
        start: new Date('2027-03-11T14:00:00Z'),
        end: new Date('2027-03-11T16:00:00Z'),
        recurrence: { rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=1TH' },
      })?.message ?? '',
      ...[{ draft: true }, { brand: 'off' }, {}].map((change) => {
        const status = publishStatus(
          { brand: 'on', draft: false, publishDate: new Date('2030-01-01T00:00:00Z'), ...change },
          new Date('2026-01-01T00:00:00Z'),
        );
        return status.published ? '' : status.detail;
      }),
      heldBackSummary('stories', [], 3),
      heldBackSummary('stories', [{ file: 'a', reason: 'draft', detail: 'x' }], 3).split('\n')[0] ?? '',
      ...(
        [
          [],
          [{ draft: true }],
          [{ publishDate: new Date('2026-11-30T10:00:00Z') }],
        ] as Partial<VideoCandidate>[][]
      ).map((changes) => {
        const stories = changes.map((change) => ({
          format: 'video',
          lang: 'nl',
          brand: 'on',
          draft: false,
          publishDate: new Date('2026-11-18T10:00:00Z'),
          ...change,
        }));
        const result = monthlyVideo(stories, new Date('2026-11-10T10:00:00Z'));
        return result.status === 'published' ? '' : result.message;
      }),
    ];
    for (const message of messages) expect(fromCatalogue(message), message).toBe(true);
  });

  it('gives the CMS the catalogue’s messages for what it checks while the editor types', () => {
    const patternsOf = (fields: Field[]): string[] =>
      fields.flatMap((field) => [
        ...('pattern' in field && Array.isArray(field.pattern) ? [String(field.pattern[1])] : []),
        ...('fields' in field && Array.isArray(field.fields) ? patternsOf(field.fields as Field[]) : []),
      ]);
    const messages = (cmsConfig().collections as { fields: Field[] }[]).flatMap((c) => patternsOf(c.fields));
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) expect(fromCatalogue(message), message).toBe(true);
  });
});

describe('docs/redactie.md', () => {
  const table = guide.slice(guide.indexOf('## Alle meldingen'));

  it('has one table of all messages, with every text of the catalogue', () => {
    expect(table.length).toBeGreaterThan(1000);
    const cells = new Set([...table.matchAll(/^\| `(.+?)` +\|/gm)].map((match) => match[1]));
    for (const [id, text] of Object.entries(MESSAGES)) expect(cells.has(text), id).toBe(true);
    expect(cells.size).toBe(Object.keys(MESSAGES).length);
  });
});
