// The CMS configuration is made from the content schemas (src/lib/cms/config.ts): these tests
// check the generator. Every schema field gets the CMS field that asks for it, with its Dutch
// label and hint from the one table (src/lib/content/labels.ts); what the CMS accepts while the
// editor types is what the schema accepts; English asks only for the texts to translate.
import type { CmsConfig, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../src/lib/cms/components';
import { cmsConfig, GLOBAL_MEDIA_FOLDER, MEDIA_FOLDER, PUBLIC_FOLDER } from '../../src/lib/cms/config';
import { DATE_FIELD, MOMENT_FIELD } from '../../src/lib/cms/fields';
import { CMS_TIME_ZONE, forThisVisit } from '../../src/lib/cms/runtime';
import { fieldText, tablePaths, TODAY, type LabelledCollection } from '../../src/lib/content/labels';
import { componentNames } from '../../src/lib/content/mdx-body';
import { schemas, type CollectionName } from '../../src/lib/content/schemas';
import * as vocabulary from '../../src/lib/content/vocabulary';
import { TIME_ZONE } from '../../src/lib/time/zone';

type Collection = {
  name: string;
  folder: string;
  fields: Field[];
  media_folder?: string;
  public_folder?: string;
};
type AnyField = Field & {
  fields?: AnyField[];
  options?: { value: string; label: string }[];
  pattern?: [string, string];
  default?: unknown;
  required?: boolean;
  i18n?: unknown;
  widget?: string;
  multiple?: boolean;
  hint?: string;
  label?: string;
  choose_url?: boolean;
};

const config = cmsConfig();
const collections = config.collections as Collection[];
const edited = ['stories', 'events', 'opportunities', 'profiles'] as const;
const plainImage = () => z.string();

/** Unwraps optional, default and transform wrappers down to the schema that holds the shape. */
function inner(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else return current;
  }
}

/** Every field path of a schema with its schema: title, hero.src, subgroups[].name … */
function schemaFields(schema: z.ZodType, prefix = ''): [string, z.ZodType][] {
  const node = inner(schema);
  if (node instanceof z.ZodObject) {
    return Object.entries(node.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
      [`${prefix}${key}`, value] as [string, z.ZodType],
      ...schemaFields(value, `${prefix}${key}.`),
    ]);
  }
  if (node instanceof z.ZodArray) {
    const element = inner(node.element as z.ZodType);
    return element instanceof z.ZodObject ? schemaFields(element, prefix.replace(/\.$/, '[].')) : [];
  }
  return [];
}

/** Every CMS field with its path, written as the label table writes it. */
function cmsFields(fields: AnyField[], prefix = ''): [string, AnyField][] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const childPrefix = field.widget === 'list' ? `${path}[].` : `${path}.`;
    return [[path, field] as [string, AnyField], ...cmsFields(field.fields ?? [], childPrefix)];
  });
}

function fieldsOf(name: string): Map<string, AnyField> {
  const collection = collections.find((c) => c.name === name);
  return new Map(cmsFields((collection?.fields ?? []) as AnyField[]));
}

/** Sveltia reads a `pattern` string as a regular expression without flags. */
const accepts = (field: AnyField | undefined, value: string) =>
  new RegExp(field?.pattern?.[0] ?? '(?!)').test(value);

describe('the label table', () => {
  it('labels every field of every collection, with a hint', () => {
    for (const name of Object.keys(schemas) as CollectionName[]) {
      for (const [path] of schemaFields(schemas[name](plainImage) as unknown as z.ZodType)) {
        const text = fieldText(name as LabelledCollection, path);
        expect(text?.label, `${name} ${path}`).toMatch(/^\S/);
        expect(text?.hint, `${name} ${path}`).toMatch(/^\S.*[.?!…]$/);
      }
    }
  });

  it('names no field that no schema has', () => {
    const all = new Map(
      (Object.keys(schemas) as CollectionName[]).map((name) => [
        name,
        new Set(schemaFields(schemas[name](plainImage) as unknown as z.ZodType).map(([path]) => path)),
      ]),
    );
    const { shared, own } = tablePaths();
    for (const path of shared) {
      expect(
        [...all.values()].some((paths) => paths.has(path)),
        path,
      ).toBe(true);
    }
    for (const [name, paths] of Object.entries(own)) {
      for (const path of paths)
        expect(all.get(name as CollectionName)?.has(path), `${name} ${path}`).toBe(true);
    }
  });
});

describe.each(edited)('the CMS collection %s', (name) => {
  const collection = collections.find((c) => c.name === name);
  const schema = schemas[name](plainImage) as unknown as z.ZodType;
  const fromSchema = new Map(schemaFields(schema));
  const fields = fieldsOf(name);

  it('edits content/<name>/{nl,en}', () => {
    expect(collection?.folder).toBe(`content/${name}`);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: [...vocabulary.locales] });
  });

  it('has a field for every schema field and the body, and no other', () => {
    expect([...fields.keys()].sort()).toEqual([...fromSchema.keys(), 'body'].sort());
  });

  it('labels each field from the table, with its hint', () => {
    for (const [path, field] of fields) {
      const text = fieldText(name, path);
      if (field.widget !== 'hidden') {
        expect(field.label, path).toBe(text?.label);
        expect(field.hint, path).toBe(text?.hint);
      }
    }
  });

  it('requires what the schema requires, and no more', () => {
    for (const [path, value] of fromSchema) {
      const field = fields.get(path);
      if (field?.widget === 'hidden') continue;
      const optional = value instanceof z.ZodOptional || value instanceof z.ZodDefault;
      expect(field?.required, path).toBe(!optional);
    }
  });

  it('offers exactly the allowed values in every choice, with Dutch labels', () => {
    let compared = 0;
    for (const [path, field] of fields) {
      if (field.widget !== 'select') continue;
      const node = inner(fromSchema.get(path) as z.ZodType);
      const values = (node instanceof z.ZodArray ? inner(node.element as z.ZodType) : node) as z.ZodEnum;
      expect(
        field.options?.map((o) => o.value),
        path,
      ).toEqual(values.options);
      expect(field.multiple === true, path).toBe(node instanceof z.ZodArray);
      for (const option of field.options ?? []) {
        const vocab = (Object.values(vocabulary) as unknown[]).find(
          (v): v is vocabulary.Vocabulary =>
            typeof v === 'object' &&
            v !== null &&
            'ids' in v &&
            (v as vocabulary.Vocabulary).ids.join() === values.options.join(),
        );
        expect(option.label, `${path} ${option.value}`).toBe(
          vocab
            ? vocab.planLabel(option.value, 'nl')
            : (fieldText(name, path)?.options?.[option.value] ?? option.value),
        );
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('starts new entries with the schema’s defaults, ON-brand, and dated today', () => {
    for (const [path, value] of fromSchema) {
      if (value instanceof z.ZodDefault)
        expect(fields.get(path)?.default, path).toEqual(value.def.defaultValue);
    }
    if (name !== 'profiles') {
      expect(fields.get('brand')?.default).toBe('on');
      expect(fields.get('publishDate')?.default).toBe(TODAY);
    }
  });

  it('asks in English only for the texts to translate; everything else is copied from Dutch', () => {
    for (const [path, field] of fields) {
      if (path === 'lang' || path === 'body') continue;
      if (field.widget === 'object') expect(field.i18n, path).toBe('duplicate');
      else if (field.widget === 'list' && field.fields)
        expect(field.i18n, path).toBe(field.fields.some((f) => f.i18n === true));
      else expect(field.i18n, path).toBe(fieldText(name, path)?.translate ? true : 'duplicate');
    }
  });

  it('saves images in content/images and writes them as the schema expects (../../images/…)', () => {
    expect(collection?.media_folder).toBe(`/${MEDIA_FOLDER}`);
    expect(collection?.public_folder).toBe(PUBLIC_FOLDER);
    const images = [...fields].filter(([, field]) => field.widget === 'image');
    expect(images.map(([path]) => path)).toEqual(
      name === 'stories' ? ['hero.src', 'video.poster.src'] : ['hero.src'],
    );
    for (const [path, field] of images) {
      expect(field.choose_url, path).toBe(false);
      expect(accepts(field, '../../images/portret-1.jpg'), path).toBe(true);
      expect(accepts(field, '/content/images/portret-1.jpg'), path).toBe(false);
    }
  });

  it('shows dates in Dutch order and stores them as the schema reads them', () => {
    for (const [path, field] of fields) {
      const value = fromSchema.get(path);
      if (field.widget === DATE_FIELD.widget) {
        expect(accepts(field, '2026-03-18'), path).toBe(true);
        expect(accepts(field, '18-03-2026'), path).toBe(false);
        expect(z.safeParse(value as z.ZodType, '2026-03-18').success, path).toBe(true);
      }
      if (field.widget === MOMENT_FIELD.widget) {
        expect(accepts(field, '2027-03-11T15:00'), path).toBe(true);
        const parsed = z.parse(value as z.ZodType, '2027-03-11T15:00') as Date;
        expect(parsed.toISOString(), path).toBe('2027-03-11T14:00:00.000Z');
      }
      expect(field.widget, path).not.toBe('datetime');
    }
  });
});

describe('what the CMS accepts while the editor types', () => {
  const stories = fieldsOf('stories');
  const events = fieldsOf('events');
  const opportunities = fieldsOf('opportunities');
  const story = schemas.stories(plainImage).shape;
  const event = schemas.events(plainImage).shape;

  it.each([
    ['4:12', true],
    ['1:02:30', true],
    ['PT4M12S', true],
    ['2 minuten', false],
    ['4:75', false],
  ])('a duration %j: the CMS and the schema agree (%s)', (value, ok) => {
    const field = stories.get('video.duration');
    expect(accepts(field, value)).toBe(ok);
    const duration = (inner(story.video) as z.ZodObject).shape.duration as z.ZodType;
    const parsed = z.safeParse(duration, value);
    expect(parsed.success).toBe(ok);
    if (ok && parsed.success) expect(parsed.data).toMatch(/^PT/);
  });

  it('says in Dutch what is wrong with a duration, as the build does', () => {
    expect(stories.get('video.duration')?.pattern?.[1]).toBe(
      'Dit is geen duur. Schrijf minuten:seconden, zoals 4:12 (een uur of langer: 1:02:30).',
    );
  });

  it.each([
    ['7555 RJ', true],
    ['7555', false],
  ])('a postal code %j (%s)', (value, ok) => {
    expect(accepts(events.get('venue.postalCode'), value)).toBe(ok);
    const postal = (inner(event.venue) as z.ZodObject).shape.postalCode as z.ZodType;
    expect(z.safeParse(postal, value).success).toBe(ok);
  });

  it.each([
    ['https://example.com/aanmelden', true],
    ['talent@hengelo.nl', true],
    ['Talent@Hengelo.NL', true],
    ['www.hengelo.nl', false],
    ['bel 14 074', false],
  ])('a link to act on %j (%s)', (value, ok) => {
    expect(accepts(opportunities.get('apply'), value)).toBe(ok);
    expect(accepts(events.get('registration'), value)).toBe(ok);
    expect(z.safeParse(event.registration as z.ZodType, value).success).toBe(ok);
  });

  it.each([
    ['https://www.hengelo.nl/', true],
    ['http://example.com', false],
  ])('a website %j (%s)', (value, ok) => {
    expect(accepts(events.get('organiser.url'), value)).toBe(ok);
  });
});

describe('the CMS configuration', () => {
  it('writes strings in double quotes, so YAML keeps "on" and local date-times as text', () => {
    expect(config.output?.yaml?.quote).toBe('double');
    expect(config.output?.omit_empty_optional_fields).toBe(true);
    expect(config.load_config_file).toBe(false);
  });

  it('lets an editor switch English off for one entry, and starts every new entry in both languages', () => {
    expect(config.i18n?.initial_locales).toBe('all');
    expect(config.i18n?.default_locale).toBe('nl');
  });

  it('offers no stock photos, and keeps its global media folder apart from the images', () => {
    expect(config.media_libraries?.stock_assets).toBe(false);
    expect(GLOBAL_MEDIA_FOLDER).not.toBe(MEDIA_FOLDER);
    expect(config.media_folder).toBe(GLOBAL_MEDIA_FOLDER);
  });

  it('knows the site’s time zone', () => {
    expect(CMS_TIME_ZONE).toBe(TIME_ZONE);
  });

  it('offers an editor block for every MDX component', () => {
    const ids = editorComponents.map((component) => component.id);
    expect(ids).toEqual(componentNames.map((name) => name.toLowerCase()));
    expect(fieldsOf('stories').get('body')).toMatchObject({ widget: 'markdown', editor_components: ids });
  });

  it('uses GitHub by default and the in-browser sandbox in practice mode, and fills in today', () => {
    expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
    const visit = (practice: boolean) => forThisVisit(config, { practice, today: '2026-03-18' });
    expect(visit(true).backend).toEqual({ name: 'test-repo' });
    expect(visit(false).backend).toEqual(config.backend);
    const practice = visit(true).collections as Collection[];
    const publishDate = practice[0]?.fields.find((field) => field.name === 'publishDate') as AnyField;
    expect(publishDate.default).toBe('2026-03-18');
    expect(JSON.stringify(visit(false))).not.toContain(TODAY);
    expect(
      cmsConfig({ repo: 'a/b', branch: 'live', siteUrl: 'https://x.nl', authUrl: 'https://auth.example.org' })
        .backend,
    ).toMatchObject({ repo: 'a/b', branch: 'live', base_url: 'https://auth.example.org' });
  });

  it('is plain data, as the page writes it for the browser', () => {
    const json = JSON.parse(JSON.stringify(config)) as CmsConfig;
    expect(json).toEqual(config);
  });
});
