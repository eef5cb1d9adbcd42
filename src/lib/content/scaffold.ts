/**
 * `npm run new -- story "Titel"`: a new entry for editors who prefer files to the CMS. The file
 * keeps the content contract as created (every required field filled, today's date) and starts
 * as a draft, so nothing is published before the editor has replaced the placeholder text.
 * Pure functions; `scripts/new-entry.mjs` does the reading and writing.
 */
import type { CollectionName } from './schemas';
import { ages, eventTypes, lines, moments, opportunityLanguages, opportunityTypes, sectors, segments, levels } from './vocabulary';

/** What an editor can ask for, and where it goes. */
export const kinds = {
  story: { collection: 'stories', extension: 'mdx', image: 'portret-3.jpg' },
  video: { collection: 'stories', extension: 'mdx', image: 'portret-5.jpg' },
  event: { collection: 'events', extension: 'md', image: 'talenttop.jpg' },
  opportunity: { collection: 'opportunities', extension: 'md', image: 'stage.jpg' },
} as const satisfies Record<string, { collection: CollectionName; extension: string; image: string }>;

export type Kind = keyof typeof kinds;

export function isKind(value: string): value is Kind {
  return Object.hasOwn(kinds, value);
}

/** A file name from a title: "Anouk (26) bouwt mee!" gives anouk-26-bouwt-mee. At most 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}

/** The Dutch alt text of an image, from the table in content/images/catalogue.md. */
export function catalogueAlt(catalogue: string, file: string): string | undefined {
  for (const line of catalogue.split(/\r?\n/)) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells[1] === file) return cells[2];
  }
  return undefined;
}

/** YYYY-MM-DD a number of days after another date (calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** A YAML string in double quotes. */
function q(value: string): string {
  return JSON.stringify(value);
}

export interface TemplateInput {
  /** The title as the editor typed it. */
  title: string;
  /** Today in Hengelo, YYYY-MM-DD (BUILD_DATE when set). */
  today: string;
  /** The hero image's file name in content/images/ and its alt text. */
  image: { file: string; alt: string };
}

const PLACEHOLDER = {
  summary:
    'Schrijf hier in één of twee zinnen waar dit over gaat. Deze tekst staat op kaarten en in zoekresultaten.',
  body: (what: string) =>
    `Schrijf hier ${what}. Gebruik korte zinnen en gewone woorden (B1-niveau).\n\n` +
    '## Een tussenkop\n\nEen nieuwe alinea begint na een lege regel.',
};

function common(kind: Kind, input: TemplateInput): string[] {
  return [
    '---',
    `title: ${q(input.title)}`,
    `summary: ${q(PLACEHOLDER.summary)}`,
    'lang: "nl"',
    `publishDate: ${q(input.today)}`,
    `lines: [${q(lines.ids[0])}]`,
    // Students for events and opportunities, young professionals for stories; editors adjust.
    `ages: [${q((kind === 'event' || kind === 'opportunity' ? ages.ids.at(1) : ages.ids.at(2)) ?? ages.ids[0])}]`,
    `segments: [${q(segments.ids[0])}]`,
    `moments: [${q(moments.ids.at(1) ?? moments.ids[0])}]`,
    'brand: "on"',
    '# Concept: het staat pas op de site als je dit op false zet.',
    'draft: true',
    'featured: false',
    'hero:',
    `  src: ${q(`../../images/${input.image.file}`)}`,
    `  alt: ${q(input.image.alt)}`,
  ];
}

/** The text of a new entry's file. */
export function entryTemplate(kind: Kind, input: TemplateInput): string {
  const head = common(kind, input);
  let fields: string[];
  let body: string;
  switch (kind) {
    case 'story':
      fields = ['format: "artikel"'];
      body = PLACEHOLDER.body('het verhaal');
      break;
    case 'video':
      fields = [
        'format: "video"',
        'person:',
        '  name: "Naam van de persoon"',
        '  role: "Rol of baan, bijvoorbeeld: trainee bij een maakbedrijf"',
        'video:',
        '  # Het adres op YouTube (https://youtu.be/…) of Vimeo (https://vimeo.com/…).',
        '  url: "https://youtu.be/VERVANGDIT1"',
        '  duration: "PT2M"',
        '  transcript: |',
        '    Schrijf hier alles wat er in de video gezegd wordt.',
        '',
        '    Begin een nieuwe alinea na een lege regel.',
      ];
      body = PLACEHOLDER.body('een korte inleiding bij de video');
      break;
    case 'event': {
      const day = addDays(input.today, 14);
      fields = [
        `type: ${q(eventTypes.ids[0])}`,
        '# Lokale tijd in Hengelo, tussen aanhalingstekens.',
        `start: ${q(`${day}T15:00`)}`,
        `end: ${q(`${day}T17:00`)}`,
        'venue:',
        '  name: "Naam van de locatie"',
        '  street: "Straat 1"',
        '  postalCode: "7551 AA"',
        '  city: "Hengelo"',
        'organiser:',
        '  name: "Gemeente Hengelo"',
        '  url: "https://www.hengelo.nl/"',
        'price: 0',
      ];
      body = PLACEHOLDER.body('wat er gebeurt, voor wie het is en hoe je je aanmeldt');
      break;
    }
    case 'opportunity':
      fields = [
        `type: ${q(opportunityTypes.ids[0])}`,
        `sector: ${q(sectors.ids[0])}`,
        `levels: [${q(levels.ids[0])}]`,
        // The file name of an employer in content/employers/; the build names the ones there are.
        'employer: "bestandsnaam-van-de-werkgever"',
        `workingLanguage: ${q(opportunityLanguages.ids[0])}`,
        'location: "Hengelo"',
        'hours: "32-40 uur per week"',
        'compensation: "Vergoeding volgt"',
        `deadline: ${q(addDays(input.today, 30))}`,
        'apply: "talent@hengelo.nl"',
      ];
      body = PLACEHOLDER.body('wat je gaat doen, wat je meebrengt en wat je krijgt');
      break;
  }
  return `${[...head, ...fields, '---'].join('\n')}\n\n${body}\n`;
}
