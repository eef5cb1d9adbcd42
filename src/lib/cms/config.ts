/**
 * The Sveltia CMS configuration for /admin/, made from the content schemas (`../content/schemas/`)
 * and the Dutch labels (`../content/labels.ts`): the contract is written once, in the schemas, and
 * this module walks them. Each schema field becomes the CMS field that asks for it:
 * - text becomes a text box (a larger one past 200 characters), with the schema's maximum length
 *   and the pattern of its `.regex()` check, or the `pattern` in its metadata, with the message the
 *   build would give;
 * - a date (`date()`) and a date and time (`dateTime()`) become the Dutch date fields of
 *   `./fields.ts` (18-03-2026, 11-03-2027 15:00);
 * - a choice over the vocabulary becomes radio buttons or checkboxes with its Dutch labels;
 * - a group of fields becomes a group, with an "add" switch when it is optional; a list of groups a
 *   list; an image `Bladeren` with its folder; a number a number box; a flag a switch;
 * - a field is required when the schema requires it; the schema's defaults are the CMS's.
 * In English only the fields the label table marks `translate` are asked; all others are shared:
 * the CMS copies the Dutch value into the English file (`i18n: duplicate`), groups included, so
 * that one save writes both files complete.
 *
 * Runs when the site is built (`src/pages/admin/index.astro` puts the result in the page as JSON),
 * and in the unit tests; the browser gets plain data.
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { BODY, fieldText, type FieldText } from '../content/labels';
import { say } from '../content/messages';
import { schemas } from '../content/schemas';
import * as vocabulary from '../content/vocabulary';
import type { Vocabulary } from '../content/vocabulary';
import { editorComponents } from './components';
import { DATE_FIELD, MOMENT_FIELD } from './fields';

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
   * that take the screenshots in docs/redactie.md. The page decides it when it opens
   * (`./runtime.ts`).
   */
  practice?: boolean | undefined;
}

/** The placeholder repository until the municipality's repository is configured (docs/cms.md). */
export const DEFAULT_BACKEND: CmsBackendOptions = {
  repo: 'gemeente-hengelo/talent-hengelo',
  branch: 'main',
  siteUrl: 'https://talent.hengelo.nl',
};

/** Where image uploads go in the repository, and how entries refer to them (relative to the entry). */
export const MEDIA_FOLDER = 'content/images';
export const PUBLIC_FOLDER = '../../images';
/**
 * The CMS's global media folder: the site's own video files and captions. It must differ from
 * MEDIA_FOLDER: when the two are the same folder, Sveltia files a picked image under the global
 * folder and writes its global address (/content/images/…) instead of ../../images/….
 */
export const GLOBAL_MEDIA_FOLDER = 'public/videos';
export const GLOBAL_PUBLIC_FOLDER = '/videos';

/** An image field in the schemas is marked with this, so that the walk knows it. */
const imageMarker = () => z.string().meta({ format: 'image' });

/** Text longer than this gets a box of several lines. */
const LONG_TEXT = 200;

/** The vocabularies by their ids, to find the Dutch labels of a choice. */
const vocabularies = (Object.values(vocabulary) as unknown[]).filter(
  (value): value is Vocabulary => typeof value === 'object' && value !== null && 'ids' in value,
);

interface Unwrapped {
  node: z.ZodType;
  optional: boolean;
  defaultValue: unknown;
  meta: Record<string, unknown>;
}

/** Peels optional, default and transform layers off a schema, keeping what they say. */
function unwrap(schema: z.ZodType): Unwrapped {
  let node = schema;
  let optional = false;
  let defaultValue: unknown;
  let meta: Record<string, unknown> = {};
  for (;;) {
    meta = { ...(node.meta() ?? {}), ...meta };
    if (node instanceof z.ZodOptional) {
      optional = true;
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodDefault) {
      optional = true;
      defaultValue = node.def.defaultValue;
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodPipe && !meta.format) {
      node = node.in as z.ZodType;
    } else return { node, optional, defaultValue, meta };
  }
}

/** The checks of a schema (`.regex()`, `.max()`), as Zod keeps them. */
function checks(node: z.ZodType): { def: Record<string, unknown> }[] {
  return ((node.def as { checks?: { _zod: { def: Record<string, unknown> } }[] }).checks ?? []).map(
    (check) => ({ def: check._zod.def }),
  );
}

/**
 * The message a check gives, as the CMS shows it while the editor types: the value is "Dit" (the
 * CMS shows the message under the field, next to what was typed).
 */
function checkMessage(error: unknown, fallback: string): string {
  if (typeof error !== 'function') return fallback;
  const marker = '\u0000waarde\u0000';
  const text = (error as (issue: { input: string; code: string }) => unknown)({
    input: marker,
    code: 'invalid_format',
  });
  return typeof text === 'string'
    ? text.replace(JSON.stringify(marker), 'Dit').replace(marker, 'Dit')
    : fallback;
}

/** The options of a choice: the vocabulary's ids with their Dutch labels, or the label table's. */
function options(values: readonly string[], text: FieldText) {
  const terms = vocabularies.find(
    (vocab) => vocab.ids.length === values.length && vocab.ids.every((id, i) => id === values[i]),
  );
  return values.map((value) => ({
    value,
    label: terms ? terms.planLabel(value, 'nl') : (text.options?.[value] ?? value),
  }));
}

/** Whether a field or anything inside it is translated. */
function translates(collection: CmsCollection, path: string, node: z.ZodType): boolean {
  if (fieldText(collection, path)?.translate) return true;
  if (node instanceof z.ZodObject) {
    return Object.entries(node.shape as Record<string, z.ZodType>).some(([key, value]) =>
      translates(collection, `${path}.${key}`, unwrap(value).node),
    );
  }
  if (node instanceof z.ZodArray) {
    const element = unwrap(node.element as z.ZodType).node;
    return element instanceof z.ZodObject && translates(collection, `${path}[]`, element);
  }
  return false;
}

/** A field that names an entry of another collection by its file name: a list to pick from. */
function relation(collection: string) {
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: ['name'],
  };
}

type CmsCollection = 'stories' | 'events' | 'opportunities' | 'employers' | 'profiles';

/** The CMS field for one schema field; `path` is its path in the label table (`subgroups[].name`). */
function toField(collection: CmsCollection, name: string, path: string, schema: z.ZodType): Field {
  const { node, optional, defaultValue, meta } = unwrap(schema);
  const text = fieldText(collection, path);
  if (!text) throw new Error(`src/lib/content/labels.ts has no label for ${collection} field "${path}"`);
  const translated = translates(collection, path, node);
  const base: Record<string, unknown> = {
    name,
    label: text.label,
    hint: text.hint,
    required: !optional,
    i18n: translated ? true : 'duplicate',
  };
  const initial = defaultValue ?? text.initial;
  if (initial !== undefined) base.default = initial;
  if (text.fixed) base.readonly = true;

  if (path === 'lang')
    return { name, label: text.label, widget: 'hidden', default: '{{locale}}', i18n: true };

  if (meta.format === 'image') {
    return {
      ...base,
      widget: 'image',
      choose_url: false,
      pattern: [`^${PUBLIC_FOLDER.replace(/[./]/g, '\\$&')}/[\\w.-]+$`, say('imagePath', { waarde: 'Dit' })],
    } as unknown as Field;
  }
  if (meta.format === 'date') {
    return {
      ...base,
      widget: DATE_FIELD.widget,
      pattern: [DATE_FIELD.stored, say('notDate', { waarde: 'Dit' })],
    } as unknown as Field;
  }
  if (meta.format === 'datetime') {
    return {
      ...base,
      widget: MOMENT_FIELD.widget,
      pattern: [MOMENT_FIELD.stored, say('notDateTime', { waarde: 'Dit' })],
    } as unknown as Field;
  }
  if (typeof meta.relation === 'string') return { ...base, ...relation(meta.relation) } as unknown as Field;
  if (node instanceof z.ZodString) {
    const max = node.maxLength ?? undefined;
    const regex = checks(node).find((check) => check.def.format === 'regex');
    const pattern = regex
      ? [
          (regex.def.pattern as RegExp).source,
          checkMessage(regex.def.error, say('invalid', { waarde: 'Dit' })),
        ]
      : typeof meta.pattern === 'string'
        ? [meta.pattern, String(meta.message ?? say('invalid', { waarde: 'Dit' }))]
        : undefined;
    return {
      ...base,
      // One line for short text and for text with a set form (a file name); a box for the rest.
      widget: (max !== undefined && max <= LONG_TEXT) || pattern ? 'string' : 'text',
      ...(max !== undefined ? { maxlength: max } : {}),
      ...(pattern ? { pattern } : {}),
    } as unknown as Field;
  }
  if (node instanceof z.ZodEnum) {
    return {
      ...base,
      widget: 'select',
      options: options(node.options as string[], text),
    } as unknown as Field;
  }
  if (node instanceof z.ZodBoolean) return { ...base, widget: 'boolean' } as unknown as Field;
  if (node instanceof z.ZodNumber) {
    const number = node as z.ZodNumber;
    return {
      ...base,
      widget: 'number',
      value_type: number.format?.includes('int') ? 'int' : 'float',
      ...(Number.isFinite(number.minValue) ? { min: Math.max(Number(number.minValue), 0) } : {}),
      ...(Number.isFinite(number.maxValue) ? { max: number.maxValue } : {}),
    } as unknown as Field;
  }
  if (node instanceof z.ZodArray) {
    const element = unwrap(node.element as z.ZodType).node;
    const min = checks(node).find((check) => check.def.check === 'min_length')?.def.minimum as
      number | undefined;
    if (element instanceof z.ZodEnum) {
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options: options(element.options as string[], text),
        ...(min ? { min } : {}),
      } as unknown as Field;
    }
    const relatedTo = unwrap(node.element as z.ZodType).meta.relation;
    if (typeof relatedTo === 'string') {
      return { ...base, ...relation(relatedTo), multiple: true } as unknown as Field;
    }
    if (element instanceof z.ZodString) {
      // A list of short texts (an employer's places) one per line; of paragraphs, a box each.
      const max = (element as z.ZodString).maxLength ?? undefined;
      return {
        ...base,
        widget: 'list',
        ...(min ? { min } : {}),
        ...(max !== undefined && max > LONG_TEXT
          ? { field: { name: 'text', label: base.label, widget: 'text' } }
          : {}),
      } as unknown as Field;
    }
    if (element instanceof z.ZodObject) {
      return {
        ...base,
        widget: 'list',
        ...(min ? { min } : {}),
        fields: groupFields(collection, `${path}[]`, element),
      } as unknown as Field;
    }
  }
  if (node instanceof z.ZodObject) {
    return {
      ...base,
      // Optional or not, a group is shared: added (or removed) in both languages at once, so the
      // English file gets it in the same save. Its translated fields stay the English editor's.
      i18n: 'duplicate',
      widget: 'object',
      fields: groupFields(collection, path, node),
    } as unknown as Field;
  }
  throw new Error(
    `src/lib/cms/config.ts cannot show ${collection} field "${path}" (${node.def.type}) in the CMS`,
  );
}

function groupFields(collection: CmsCollection, path: string, node: z.ZodObject): Field[] {
  return Object.entries(node.shape as Record<string, z.ZodType>).map(([key, value]) =>
    toField(collection, key, path ? `${path}.${key}` : key, value),
  );
}

/** The fields of a collection's form, in the order of its schema, with the body last. */
export function collectionFields(collection: CmsCollection): Field[] {
  const schema = unwrap(schemas[collection](imageMarker) as unknown as z.ZodType).node;
  if (!(schema instanceof z.ZodObject)) throw new Error(`The ${collection} schema is not a group of fields`);
  return [
    ...groupFields(collection, '', schema),
    {
      name: 'body',
      label: BODY.label,
      hint: BODY.hint,
      widget: 'markdown',
      required: false,
      i18n: true,
      ...(collection === 'stories' ? { editor_components: editorComponents.map((block) => block.id) } : {}),
    } as Field,
  ];
}

/** What the CMS needs to know about each collection, besides its fields. */
const COLLECTIONS: Record<CmsCollection, Record<string, unknown>> = {
  stories: {
    label: 'Verhalen',
    label_singular: 'Verhaal',
    description: 'Verhalen, video-interviews en terugkeerverhalen.',
    extension: 'mdx',
    summary: "{{title}} ({{publishDate | date('DD-MM-YYYY')}})",
    sortable_fields: {
      fields: ['publishDate', 'title'],
      default: { field: 'publishDate', direction: 'descending' },
    },
  },
  events: {
    label: 'Agenda',
    label_singular: 'Evenement',
    extension: 'md',
    summary: "{{title}} ({{start | date('DD-MM-YYYY HH:mm')}})",
    sortable_fields: { fields: ['start', 'title'], default: { field: 'start', direction: 'descending' } },
  },
  opportunities: {
    label: 'Kansen',
    label_singular: 'Kans',
    extension: 'md',
    summary: "{{title}} (tot {{deadline | date('DD-MM-YYYY')}})",
    sortable_fields: {
      fields: ['deadline', 'title'],
      default: { field: 'deadline', direction: 'descending' },
    },
  },
  employers: {
    label: 'Werkgevers',
    label_singular: 'Werkgever',
    description: 'Werkgevers in Twente, met hun kansen, verhalen en evenementen.',
    extension: 'md',
    identifier_field: 'name',
    summary: '{{name}}',
    sortable_fields: { fields: ['name'], default: { field: 'name', direction: 'ascending' } },
  },
  profiles: {
    label: 'Doelgroepen',
    label_singular: 'Doelgroep',
    description: 'De drie doelgroepen van het programmaplan. Nieuwe doelgroepen komen via het vocabulaire.',
    extension: 'md',
    create: false,
    delete: false,
  },
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
            uploadMedia: 'Bestand toegevoegd: {{path}}',
            deleteMedia: 'Bestand verwijderd: {{path}}',
          },
        },
    publish_mode: 'simple',
    media_folder: GLOBAL_MEDIA_FOLDER,
    public_folder: GLOBAL_PUBLIC_FOLDER,
    // No stock photos: Pexels, Unsplash and the like would be requests to third parties, and their
    // pictures are not the site's illustrations.
    media_libraries: { all: { slugify_filename: true }, stock_assets: false },
    i18n: {
      structure: 'multiple_folders',
      locales: [...vocabulary.locales],
      default_locale: 'nl',
      // Every language starts switched on; an editor can switch English off for one entry
      // ("Engels uitschakelen"), and then only the Dutch file is saved.
      initial_locales: 'all',
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Quoted strings keep YAML from reading "on" as true and "2027-03-11T15:00" as a UTC date.
    output: { yaml: { quote: 'double' }, omit_empty_optional_fields: true },
    collections: (Object.keys(COLLECTIONS) as CmsCollection[]).map((name) => ({
      name,
      folder: `content/${name}`,
      format: 'frontmatter',
      create: true,
      i18n: true,
      identifier_field: 'title',
      media_folder: `/${MEDIA_FOLDER}`,
      public_folder: PUBLIC_FOLDER,
      ...COLLECTIONS[name],
      fields: collectionFields(name),
    })) as CmsConfig['collections'],
  };
}
