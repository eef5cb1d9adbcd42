/**
 * The Sveltia CMS configuration for /admin/, built from the site's own vocabulary and mirroring
 * the content schemas (`../content/schemas/`) field by field: select options are the vocabulary's ids
 * with Dutch labels, images go to content/images/ and are written as ../../images/name.jpg, dates
 * are written the way the schema reads them. `tests/unit/cms-config.test.ts` fails when the CMS
 * and the schemas or the vocabulary disagree.
 *
 * Plain data only (no Node, no Zod), because the admin page bundles it for the browser.
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import { CAPTIONS, EMAIL, ISO_DURATION, POSTAL_CODE } from '../content/patterns';
import { VIDEO_URL } from '../media/video-embed';
import {
  ages,
  brands,
  eventSeries,
  eventTypes,
  levels,
  lines,
  locales,
  moments,
  opportunityTypes,
  sectors,
  segments,
  storyFormats,
  type Vocabulary,
} from '../content/vocabulary';

/** Where the CMS saves: the repository on GitHub, and the sign-in helper for it. */
export interface CmsBackendOptions {
  /** owner/name of the repository on GitHub. */
  repo: string;
  /** The branch the site is built from. */
  branch: string;
  /** The OAuth helper (Sveltia CMS Authenticator) that signs editors in to GitHub; optional. */
  authUrl?: string | undefined;
  /** The site's public address, for "view on site" links. */
  siteUrl: string;
  /**
   * Practice mode (/admin/?oefenen): Sveltia's test backend, a sandbox in the browser's own
   * storage. Nothing reaches the repository or the site; for training, and for the browser tests
   * that take the screenshots in docs/redactie.md.
   */
  practice?: boolean | undefined;
}

/** The placeholder repository until the municipality's repository is configured (docs/cms.md). */
export const DEFAULT_BACKEND: CmsBackendOptions = {
  repo: 'gemeente-hengelo/talent-hengelo',
  branch: 'main',
  siteUrl: 'https://talent.hengelo.nl',
};

/** Where uploads go in the repository, and how entries refer to them (relative to the entry). */
export const MEDIA_FOLDER = 'content/images';
export const PUBLIC_FOLDER = '../../images';

const https = `^https://[^\\s/]+\\.[^\\s]+$`;

/** A select over a vocabulary: its ids as values, the Dutch labels for editors. */
function select<Id extends string>(
  name: string,
  label: string,
  vocabulary: Vocabulary<Id>,
  options: { multiple?: boolean; required?: boolean; hint?: string } = {},
): Field {
  return {
    name,
    label,
    widget: 'select',
    options: vocabulary.ids.map((id) => ({ value: id, label: vocabulary.label(id, 'nl') })),
    multiple: options.multiple ?? false,
    ...(options.multiple && options.required !== false ? { min: 1 } : {}),
    required: options.required ?? true,
    i18n: 'duplicate',
    ...(options.hint ? { hint: options.hint } : {}),
  } as Field;
}

function text(name: string, label: string, hint: string, extra: Record<string, unknown> = {}): Field {
  return { name, label, widget: 'string', hint, i18n: true, ...extra } as Field;
}

function longText(name: string, label: string, hint: string, extra: Record<string, unknown> = {}): Field {
  return { name, label, widget: 'text', hint, i18n: true, ...extra } as Field;
}

/** A date as the schema reads it: YYYY-MM-DD, midnight in Hengelo. */
function day(name: string, label: string, hint: string, extra: Record<string, unknown> = {}): Field {
  return {
    name,
    label,
    widget: 'datetime',
    type: 'date',
    format: 'YYYY-MM-DD',
    hint,
    i18n: 'duplicate',
    ...extra,
  } as Field;
}

/** A local date and time in Hengelo, written "YYYY-MM-DDTHH:mm" (quoted; see output.yaml). */
function moment(name: string, label: string, hint: string): Field {
  return {
    name,
    label,
    widget: 'datetime',
    type: 'datetime-local',
    format: 'YYYY-MM-DDTHH:mm',
    // TIME_ZONE of time/zone.ts, written out (tests/unit/cms-config.test.ts checks they agree):
    // importing it would put zone.ts in a chunk shared with the deadline script, one more request
    // on every page that lists opportunities.
    input_timezone: 'Europe/Amsterdam',
    output_utc: false,
    step: 300,
    hint,
    i18n: 'duplicate',
  } as Field;
}

/** An image with its alt text: `src` is shared by both languages, `alt` is translated. */
function picture(name: string, label: string, hint: string, required = true): Field {
  return {
    name,
    label,
    widget: 'object',
    hint,
    required,
    i18n: true,
    fields: [
      {
        name: 'src',
        label: 'Afbeelding',
        widget: 'image',
        hint: 'Kies een afbeelding uit content/images of upload een nieuwe.',
        i18n: 'duplicate',
      },
      {
        name: 'alt',
        label: 'Alt-tekst',
        widget: 'string',
        hint: 'Beschrijf wat er op de afbeelding staat, voor wie hem niet kan zien (verplicht, max. 200 tekens).',
        maxlength: 200,
        i18n: true,
      },
    ],
  } as Field;
}

/** Fields every page-like entry has (title, summary, lang). */
function pageFields(): Field[] {
  return [
    text('title', 'Titel', 'De kop van de pagina. Maximaal 90 tekens.', { maxlength: 90 }),
    longText(
      'summary',
      'Samenvatting',
      'Eén of twee zinnen voor kaarten, zoekresultaten en sociale media. Maximaal 220 tekens.',
      {
        maxlength: 220,
      },
    ),
    // One file per language; the language follows from the folder the CMS writes to.
    { name: 'lang', label: 'Taal', widget: 'hidden', default: '{{locale}}', i18n: true } as Field,
  ];
}

/** Fields every publishable entry (story, event, opportunity) has. */
function publishableFields(): Field[] {
  return [
    ...pageFields(),
    day(
      'publishDate',
      'Publicatiedatum',
      'Vanaf deze dag staat het op de site. Een datum in de toekomst plant het in.',
      {
        default: '{{today}}',
      },
    ),
    select('lines', 'Programmalijnen', lines, { multiple: true }),
    select('ages', 'Leeftijdsgroepen', ages, { multiple: true }),
    select('segments', 'Doelgroepen', segments, { multiple: true }),
    select('moments', 'Migratiemomenten', moments, { multiple: true, required: false }),
    select('brand', 'Merk', brands, {
      hint: 'Alleen ON-brand komt in de etalage. OFF-brand wordt nooit gepubliceerd.',
    }),
    {
      name: 'draft',
      label: 'Concept',
      widget: 'boolean',
      default: false,
      hint: 'Een concept wordt niet gepubliceerd. Zet dit aan zolang het stuk nog niet klaar is.',
      i18n: 'duplicate',
    } as Field,
    {
      name: 'featured',
      label: 'Uitgelicht',
      widget: 'boolean',
      default: false,
      hint: 'Uitgelicht op de homepage en de doelgroeppagina’s. Alleen voor ON-brand.',
      i18n: 'duplicate',
    } as Field,
    picture('hero', 'Hoofdafbeelding', 'De grote afbeelding bovenaan de pagina en op kaarten.'),
  ];
}

function party(name: string, label: string): Field {
  return {
    name,
    label,
    widget: 'object',
    i18n: true,
    fields: [
      text('name', 'Naam', 'Naam zoals getoond. Maximaal 120 tekens.', { maxlength: 120, i18n: 'duplicate' }),
      text('url', 'Website', 'Volledig adres met https://.', {
        required: false,
        type: 'url',
        pattern: [https, 'Begin met https://'],
        i18n: 'duplicate',
      }),
    ],
  } as Field;
}

const link = {
  pattern: [`${https}|${EMAIL.source}`, 'Een adres met https:// of een e-mailadres'] as [string, string],
  i18n: 'duplicate',
};

const stories = {
  name: 'stories',
  label: 'Verhalen',
  label_singular: 'Verhaal',
  description: 'Verhalen, video-interviews en terugkeerverhalen.',
  folder: 'content/stories',
  extension: 'mdx',
  format: 'frontmatter',
  create: true,
  i18n: true,
  identifier_field: 'title',
  summary: '{{title}} ({{publishDate}})',
  sortable_fields: {
    fields: ['publishDate', 'title'],
    default: { field: 'publishDate', direction: 'descending' },
  },
  media_folder: `/${MEDIA_FOLDER}`,
  public_folder: PUBLIC_FOLDER,
  fields: [
    ...publishableFields(),
    select('format', 'Soort verhaal', storyFormats, {
      hint: 'Video-interview: vul ook Video in. Terugkeerverhaal: vul ook Terugkeer in.',
    }),
    {
      name: 'person',
      label: 'Persoon',
      widget: 'object',
      required: false,
      i18n: true,
      hint: 'Over wie het verhaal gaat.',
      fields: [
        text('name', 'Naam', 'Naam zoals getoond. Maximaal 80 tekens.', { maxlength: 80, i18n: 'duplicate' }),
        text(
          'role',
          'Rol of baan',
          'Bijvoorbeeld "Werktuigbouwkundige bij een maakbedrijf". Maximaal 120 tekens.',
          {
            maxlength: 120,
          },
        ),
        {
          name: 'age',
          label: 'Leeftijd',
          widget: 'number',
          value_type: 'int',
          min: 4,
          max: 99,
          required: false,
          i18n: 'duplicate',
        },
      ],
    },
    longText('quote', 'Citaat', 'Een korte uitspraak van de persoon, groot getoond. Maximaal 240 tekens.', {
      required: false,
      maxlength: 240,
    }),
    {
      name: 'video',
      label: 'Video',
      widget: 'object',
      required: false,
      i18n: true,
      hint: 'Alleen voor een video-interview.',
      fields: [
        text(
          'url',
          'Adres van de video',
          'YouTube (https://youtu.be/…), Vimeo (https://vimeo.com/…) of een bestand in public/videos/ (/videos/naam.mp4).',
          {
            // The CMS can only check a regular expression. VIDEO_URL is made from the same forms as
            // the build's parser and tested to accept exactly what it accepts, so the CMS refuses
            // what the build would refuse; the build's message is the one that says why.
            pattern: [
              VIDEO_URL.source,
              'Alleen het adres van één video op YouTube of Vimeo, of /videos/naam.mp4',
            ],
            i18n: 'duplicate',
          },
        ),
        text('duration', 'Duur', 'Als PT3M40S voor 3 minuten en 40 seconden.', {
          pattern: [ISO_DURATION.source, 'Schrijf de duur als PT3M40S'],
          i18n: 'duplicate',
        }),
        picture('poster', 'Posterafbeelding', 'Getoond voor het afspelen. Leeg: de hoofdafbeelding.', false),
        text(
          'captions',
          'Ondertitels',
          'Verplicht bij een eigen videobestand: /videos/naam.nl.vtt (WebVTT).',
          {
            required: false,
            pattern: [CAPTIONS.source, 'Een .vtt-bestand in /videos/'],
          },
        ),
        longText(
          'transcript',
          'Uitgeschreven tekst',
          'Alles wat er in de video gezegd wordt. Verplicht voor een video-interview (WCAG 1.2).',
          {
            required: false,
          },
        ),
      ],
    },
    {
      name: 'return',
      label: 'Terugkeer',
      widget: 'object',
      required: false,
      i18n: true,
      hint: 'Alleen voor een terugkeerverhaal.',
      fields: [
        text('from', 'Woonde in', 'Bijvoorbeeld "Amsterdam". Maximaal 80 tekens.', { maxlength: 80 }),
        text('away', 'Hoe lang weg', 'Bijvoorbeeld "8 jaar". Maximaal 40 tekens.', { maxlength: 40 }),
        longText('why', 'Waarom terug', 'In één zin. Maximaal 240 tekens.', { maxlength: 240 }),
      ],
    },
    {
      name: 'body',
      label: 'Tekst',
      widget: 'markdown',
      i18n: true,
      hint: 'Schrijf in B1-taal. Je kunt blokken invoegen: citaat, video, afbeelding, feitenblok, knop.',
      editor_components: ['quote', 'video', 'figure', 'factbox', 'calltoaction'],
    },
  ],
};

const events = {
  name: 'events',
  label: 'Agenda',
  label_singular: 'Evenement',
  folder: 'content/events',
  extension: 'md',
  format: 'frontmatter',
  create: true,
  i18n: true,
  identifier_field: 'title',
  summary: '{{title}} ({{start}})',
  sortable_fields: { fields: ['start', 'title'], default: { field: 'start', direction: 'descending' } },
  media_folder: `/${MEDIA_FOLDER}`,
  public_folder: PUBLIC_FOLDER,
  fields: [
    ...publishableFields(),
    select('type', 'Soort evenement', eventTypes),
    moment('start', 'Begin', 'Datum en tijd in Hengelo.'),
    moment('end', 'Einde', 'Datum en tijd in Hengelo; niet voor het begin.'),
    {
      name: 'venue',
      label: 'Locatie',
      widget: 'object',
      i18n: true,
      fields: [
        text('name', 'Naam van de plek', 'Bijvoorbeeld "Metropool".', { maxlength: 120 }),
        text('street', 'Straat en huisnummer', '', { maxlength: 120, i18n: 'duplicate' }),
        text('postalCode', 'Postcode', 'Bijvoorbeeld 7551 AB.', {
          pattern: [POSTAL_CODE.source, 'Een postcode zoals 7551 AB'],
          i18n: 'duplicate',
        }),
        text('city', 'Plaats', '', { maxlength: 80, i18n: 'duplicate' }),
      ],
    },
    party('organiser', 'Organisatie'),
    text(
      'registration',
      'Aanmelden',
      'Adres met https:// of een e-mailadres. Leeg: aanmelden is niet nodig.',
      {
        required: false,
        ...link,
      },
    ),
    {
      name: 'price',
      label: 'Prijs in euro',
      widget: 'number',
      value_type: 'float',
      min: 0,
      default: 0,
      hint: '0 is gratis.',
      i18n: 'duplicate',
    },
    {
      name: 'status',
      label: 'Status',
      widget: 'select',
      options: [
        { value: 'scheduled', label: 'Gaat door' },
        { value: 'cancelled', label: 'Afgelast' },
        { value: 'postponed', label: 'Uitgesteld' },
      ],
      default: 'scheduled',
      i18n: 'duplicate',
    },
    select('series', 'Reeks', eventSeries, {
      required: false,
      hint: 'De reeks waar het evenement bij hoort; het staat dan op de pagina van die reeks.',
    }),
    {
      name: 'recurrence',
      label: 'Elk jaar terug',
      widget: 'object',
      required: false,
      collapsed: true,
      hint: 'Alleen voor een evenement dat elk jaar terugkomt. Begin en einde zijn de eerste keer.',
      i18n: 'duplicate',
      fields: [
        text(
          'rule',
          'Regel',
          'Bijvoorbeeld FREQ=YEARLY;BYMONTH=11;BYDAY=3MO: de derde maandag van november.',
          {
            i18n: 'duplicate',
          },
        ),
        day('until', 'Tot en met', 'Leeg: het blijft terugkomen.', { required: false }),
      ],
    },
    { name: 'body', label: 'Tekst', widget: 'markdown', i18n: true },
  ],
};

const opportunities = {
  name: 'opportunities',
  label: 'Kansen',
  label_singular: 'Kans',
  folder: 'content/opportunities',
  extension: 'md',
  format: 'frontmatter',
  create: true,
  i18n: true,
  identifier_field: 'title',
  summary: '{{title}} (tot {{deadline}})',
  sortable_fields: { fields: ['deadline', 'title'], default: { field: 'deadline', direction: 'descending' } },
  media_folder: `/${MEDIA_FOLDER}`,
  public_folder: PUBLIC_FOLDER,
  fields: [
    ...publishableFields(),
    select('type', 'Soort kans', opportunityTypes),
    select('sector', 'Sector', sectors),
    select('levels', 'Opleidingsniveaus', levels, { multiple: true }),
    party('employer', 'Werkgever'),
    text('location', 'Plaats', 'Waar het werk is, bijvoorbeeld "Hengelo".', { maxlength: 80 }),
    text('hours', 'Uren', 'Bijvoorbeeld "32-40 uur per week".', { maxlength: 80 }),
    text('compensation', 'Vergoeding', 'Bijvoorbeeld "€ 600 per maand".', { maxlength: 120 }),
    {
      name: 'salary',
      label: 'Bedrag voor zoekmachines',
      widget: 'object',
      required: false,
      collapsed: true,
      hint: 'Vul in als de vergoeding een bedrag noemt: dan tonen zoekmachines het bij de vacature.',
      i18n: 'duplicate',
      fields: [
        { name: 'min', label: 'Laagste bedrag (euro, bruto)', widget: 'number', value_type: 'float', min: 0 },
        {
          name: 'max',
          label: 'Hoogste bedrag (euro, bruto)',
          widget: 'number',
          value_type: 'float',
          min: 0,
          required: false,
        },
        {
          name: 'unit',
          label: 'Per',
          widget: 'select',
          options: [
            { value: 'HOUR', label: 'uur' },
            { value: 'MONTH', label: 'maand' },
            { value: 'YEAR', label: 'jaar' },
          ],
        },
      ],
    },
    day('startDate', 'Startdatum', 'Leeg: in overleg.', { required: false }),
    day('deadline', 'Reageren tot en met', 'Na deze dag sluit de kans.'),
    text('apply', 'Reageren via', 'Adres met https:// of een e-mailadres.', link),
    { name: 'body', label: 'Tekst', widget: 'markdown', i18n: true },
  ],
};

const profiles = {
  name: 'profiles',
  label: 'Doelgroepen',
  label_singular: 'Doelgroep',
  description: 'De drie doelgroepen van het programmaplan. Nieuwe doelgroepen komen via het vocabulaire.',
  folder: 'content/profiles',
  extension: 'md',
  format: 'frontmatter',
  create: false,
  delete: false,
  i18n: true,
  identifier_field: 'title',
  media_folder: `/${MEDIA_FOLDER}`,
  public_folder: PUBLIC_FOLDER,
  fields: [
    ...pageFields(),
    { ...select('segment', 'Doelgroep', segments), readonly: true },
    text('aim', 'Doel', 'Behouden of aantrekken.', { maxlength: 40 }),
    text('tie', 'Band met Twente', 'Zoals het plan het beschrijft.', { maxlength: 120 }),
    select('ages', 'Leeftijdsgroepen', ages, { multiple: true }),
    select('moments', 'Migratiemomenten', moments, { multiple: true }),
    {
      name: 'subgroups',
      label: 'Subgroepen',
      label_singular: 'Subgroep',
      widget: 'list',
      min: 1,
      i18n: true,
      fields: [
        text('name', 'Naam', 'Bijvoorbeeld "Studenten".', { maxlength: 80 }),
        select('ages', 'Leeftijdsgroepen', ages, { multiple: true }),
        longText('description', 'Wie zijn het?', 'Uit het plan. Maximaal 600 tekens.', { maxlength: 600 }),
        longText('question', 'Onze vraag', 'De vraag die het plan stelt. Maximaal 300 tekens.', {
          maxlength: 300,
        }),
      ],
    },
    {
      name: 'order',
      label: 'Volgorde',
      widget: 'number',
      value_type: 'int',
      min: 1,
      i18n: 'duplicate',
    },
    picture('hero', 'Hoofdafbeelding', 'De afbeelding bovenaan de pagina.'),
    { name: 'body', label: 'Tekst', widget: 'markdown', i18n: true },
  ],
};

/** The whole configuration, passed to `CMS.init({ config })` on /admin/. */
export function cmsConfig(backend: CmsBackendOptions = DEFAULT_BACKEND): CmsConfig {
  return {
    load_config_file: false,
    app_title: 'Talent Hengelo: redactie',
    site_url: backend.siteUrl,
    logo: { src: '/favicon.svg' },
    backend: backend.practice
      ? { name: 'test-repo' }
      : {
          name: 'github',
          repo: backend.repo,
          branch: backend.branch,
          ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
          commit_messages: {
            create: 'Nieuw in {{collection}}: {{slug}}',
            update: 'Bijgewerkt in {{collection}}: {{slug}}',
            delete: 'Verwijderd uit {{collection}}: {{slug}}',
            uploadMedia: 'Afbeelding toegevoegd: {{path}}',
            deleteMedia: 'Afbeelding verwijderd: {{path}}',
          },
        },
    publish_mode: 'simple',
    media_folder: MEDIA_FOLDER,
    public_folder: `/${MEDIA_FOLDER}`,
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: 'nl' },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Quoted strings keep YAML from reading "on" as true and "2027-03-11T15:00" as a UTC date.
    output: { yaml: { quote: 'double' }, omit_empty_optional_fields: true },
    collections: [stories, events, opportunities, profiles] as CmsConfig['collections'],
  };
}
