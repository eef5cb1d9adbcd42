/**
 * Fixture content for the hostile-text build (tests/builds/hostile.test.ts): every collection in
 * both languages, with markup, script and template syntax in every text field, so that the built
 * pages can be checked for anything executable. Written into a folder at test time, with an image
 * drawn for it, so it depends on nothing in content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { CollectionName } from '../../src/lib/content/schemas';
import type { Locale } from '../../src/lib/content/vocabulary';

/** The strings put into text fields. */
export const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '{{7*7}}',
  'a\u2028b\u2029c',
  '<!--',
] as const;

/** Addresses a script could run from, for the fields that hold an address (the schema refuses them). */
export const HOSTILE_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)'] as const;

let counter = 0;

/**
 * A text of at most `max` characters: a label (to find it again) and as many of the hostile
 * strings as fit, starting at a different one for each field so that every string turns up in
 * short fields too.
 */
function hostile(max: number): string {
  const start = counter++;
  let text = `H${start}`;
  for (let i = 0; i < HOSTILE.length; i++) {
    const next = `${text} ${HOSTILE[(start + i) % HOSTILE.length]}`;
    if (next.length <= max) text = next;
  }
  return text;
}

/** A YAML scalar: JSON is YAML, with the line separators written as escapes. */
function yaml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Frontmatter from an object, one field a line, values as JSON (flow style). */
function frontmatter(data: Record<string, unknown>): string {
  return `---\n${Object.entries(data)
    .map(([key, value]) => `${key}: ${yaml(value)}`)
    .join('\n')}\n---\n`;
}

export interface HostileEntry {
  collection: CollectionName;
  /** Path inside the content folder. */
  file: string;
  locale: Locale;
  data: Record<string, unknown>;
  body: string;
}

const IMAGE = '../../images/hostile.jpg';
const hero = () => ({ src: IMAGE, alt: hostile(200) });

/** MDX text: `<`, `{` and `}` escaped, so they stay text. */
function mdxText(text: string): string {
  return text.replace(/[<{}]/g, (char) => `\\${char}`);
}

/** A JSX prop as the CMS writes it: a JSON string in braces (quotes and all). */
const prop = (name: string, value: string) => `${name}={${JSON.stringify(value)}}`;

function markdownBody(): string {
  return [
    `Tekst met ${HOSTILE.map((text) => `\`${text}\``).join(', ')} als code.`,
    '',
    'En als tekst: &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; {{7*7}} <!-- -->.',
    '',
    '```html',
    '</script><script>alert(1)</script>',
    '<img src=x',
    'onerror=alert(1)>',
    '```',
    '',
    '[Een gewone link](https://example.com/?q=%22%3E%3Cscript%3E)',
    '',
  ].join('\n');
}

function mdxBody(): string {
  return [
    `Tekst met ${mdxText(HOSTILE.join(' '))} en \`<img src=x onerror=alert(1)>\` als code.`,
    '',
    `<Quote ${prop('person', hostile(80))} ${prop('role', hostile(120))}>`,
    `  ${mdxText(hostile(300))}`,
    '</Quote>',
    '',
    `<Figure src="${IMAGE}" ${prop('alt', hostile(200))} ${prop('caption', hostile(300))} />`,
    '',
    `<FactBox ${prop('title', hostile(80))}>`,
    `- ${mdxText(hostile(300))}`,
    '</FactBox>',
    '',
    `<Video url="https://youtu.be/zl7mkZMJpTo" ${prop('title', hostile(120))} duration="PT2M" poster="${IMAGE}" ${prop('alt', hostile(200))}>`,
    `  ${mdxText(hostile(300))}`,
    '</Video>',
    '',
    `<CallToAction href="/kansen/" ${prop('label', hostile(60))}>`,
    `  ${mdxText(hostile(200))}`,
    '</CallToAction>',
    '',
  ].join('\n');
}

const tags = { lines: ['werken'], ages: ['25-30'], segments: ['nieuw-talent'], moments: ['baan'] };

/** Every entry of the fixture: each collection, in both languages. */
export function hostileEntries(): HostileEntry[] {
  counter = 0;
  return (['nl', 'en'] as const).flatMap((locale): HostileEntry[] => {
    const page = () => ({ title: hostile(90), summary: hostile(220), lang: locale });
    const publishable = () => ({ ...page(), publishDate: '2026-01-05', ...tags, brand: 'on' });
    return [
      {
        collection: 'stories',
        file: `stories/${locale}/hostile-story.mdx`,
        locale,
        data: {
          ...publishable(),
          featured: true,
          format: 'terugkeer',
          person: { name: hostile(80), role: hostile(120), age: 27 },
          employers: ['hostile-employer'],
          quote: hostile(240),
          video: {
            url: 'https://youtu.be/zl7mkZMJpTo',
            duration: 'PT1M',
            poster: hero(),
            transcript: hostile(2000),
          },
          return: { from: hostile(80), away: hostile(40), why: hostile(240) },
          hero: hero(),
        },
        body: mdxBody(),
      },
      {
        collection: 'events',
        file: `events/${locale}/hostile-event.md`,
        locale,
        data: {
          ...publishable(),
          type: 'netwerkborrel',
          start: '2027-03-11T15:00',
          end: '2027-03-11T18:00',
          venue: { name: hostile(120), street: hostile(120), postalCode: '7551 EC', city: hostile(80) },
          organiser: { name: hostile(120), url: 'https://example.com/organiser' },
          employer: 'hostile-employer',
          registration: 'https://example.com/aanmelden',
          price: 5,
          hero: hero(),
        },
        body: markdownBody(),
      },
      ...(['md', 'mdx'] as const).map((format): HostileEntry => ({
        collection: 'opportunities',
        file: `opportunities/${locale}/hostile-opportunity-${format}.${format}`,
        locale,
        data: {
          ...publishable(),
          type: 'stage',
          sector: 'techniek',
          levels: ['hbo'],
          employer: 'hostile-employer',
          workingLanguage: 'both',
          location: hostile(80),
          hours: hostile(80),
          compensation: hostile(120),
          salary: { min: 600, unit: 'MONTH' },
          deadline: '2027-06-30',
          apply: 'stage@example.com',
          hero: hero(),
        },
        body: format === 'md' ? markdownBody() : mdxBody(),
      })),
      {
        collection: 'employers',
        file: `employers/${locale}/hostile-employer.md`,
        locale,
        data: {
          name: hostile(120),
          summary: hostile(220),
          lang: locale,
          publishDate: '2026-01-05',
          brand: 'on',
          sector: 'techniek',
          size: '10-49',
          places: [hostile(80), hostile(80)],
          workingLanguages: ['nl', 'en'],
          hiresInternationally: true,
          website: 'https://www.hostile-employer.example/',
          image: IMAGE,
          imageAlt: hostile(200),
          jobFeed: 'https://www.hostile-employer.example/vacatures.json',
        },
        body: markdownBody(),
      },
      {
        collection: 'profiles',
        file: `profiles/${locale}/nieuw-talent.md`,
        locale,
        data: {
          ...page(),
          segment: 'nieuw-talent',
          aim: hostile(40),
          tie: hostile(120),
          ages: ['25-30'],
          moments: ['baan'],
          subgroups: [
            { name: hostile(80), ages: ['25-30'], description: hostile(600), question: hostile(300) },
          ],
          planText: [hostile(900)],
          order: 1,
          hero: hero(),
        },
        body: markdownBody(),
      },
      {
        collection: 'lines',
        file: `lines/${locale}/werken.md`,
        locale,
        data: {
          ...page(),
          line: 'werken',
          ambition: hostile(800),
          results: [hostile(400)],
          stimulates: [hostile(400)],
          activities: hostile(1600),
          budget: { '2026': 1000 },
          order: 1,
          hero: hero(),
        },
        body: markdownBody(),
      },
      {
        collection: 'programme',
        file: `programme/${locale}/programma.md`,
        locale,
        data: {
          ...page(),
          vision: hostile(1200),
          criteria: ['T', 'A', 'L', 'E', 'N', 'T'].map((letter) => ({
            letter,
            name: hostile(60),
            text: hostile(300),
          })),
          cooperationBudget: { '2026': 1000 },
          partners: [{ name: hostile(80), role: hostile(300) }],
          source: hostile(200),
        },
        body: markdownBody(),
      },
      ...(['privacy', 'toegankelijkheid', 'terugkomen', 'verhuizen', 'contact'] as const).map(
        (id): HostileEntry => ({
          collection: 'pages',
          file: `pages/${locale}/${id}.md`,
          locale,
          data: { ...page(), page: id, updated: '2026-01-05' },
          body: markdownBody(),
        }),
      ),
      // A fact is one file for both languages: written once, with the Dutch entries.
      ...(locale === 'nl'
        ? [
            {
              collection: 'facts',
              file: 'facts/hostile-fact.yml',
              locale,
              data: {
                value: hostile(20),
                unit: 'euro',
                measures: { nl: hostile(160), en: hostile(160) },
                place: 'Amsterdam',
                period: hostile(80),
                // Shown on the compare page of Amsterdam, as a train connection.
                series: 'trein-vanaf-hengelo',
                source: 'https://example.com/bron',
                publisher: hostile(80),
                evidence: hostile(600),
                checked: '2026-01-05',
              },
              body: '',
            } satisfies HostileEntry,
          ]
        : []),
    ];
  });
}

/** The text of an entry's file. */
export function entryFile(entry: HostileEntry): string {
  // A data file (a fact) is the YAML alone.
  if (entry.file.endsWith('.yml')) return frontmatter(entry.data).replace(/^---\n|---\n$/g, '');
  return `${frontmatter(entry.data)}\n${entry.body}`;
}

/** Writes the fixture content (entries and the image they share) into `dir`. */
export async function writeHostileContent(dir: string, entries = hostileEntries()): Promise<void> {
  for (const entry of entries) {
    const path = join(dir, entry.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, entryFile(entry));
  }
  mkdirSync(join(dir, 'images'), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2d6a4f' } })
    .jpeg()
    .toFile(join(dir, 'images', 'hostile.jpg'));
}
