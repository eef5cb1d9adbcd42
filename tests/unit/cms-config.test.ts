// The CMS configuration must agree with the content schemas and the vocabulary: every schema field
// has a CMS field and the other way round, select options are the vocabulary's ids, defaults are
// the schema's defaults, images go where the schema looks for them.
import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../src/lib/cms/components';
import { cmsConfig, MEDIA_FOLDER, PUBLIC_FOLDER } from '../../src/lib/cms/config';
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
const config = cmsConfig();
const collections = config.collections as Collection[];
const edited: CollectionName[] = ['stories', 'events', 'opportunities', 'profiles'];

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

/** Every field path of a schema: title, hero.src, subgroups[].name … */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const node = inner(schema);
  if (node instanceof z.ZodObject) {
    return Object.entries(node.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...schemaPaths(value, `${prefix}${key}.`),
    ]);
  }
  if (node instanceof z.ZodArray) {
    const element = inner(node.element as z.ZodType);
    return element instanceof z.ZodObject ? schemaPaths(element, prefix.replace(/\.$/, '[].')) : [];
  }
  return [];
}

function cmsPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const nested = 'fields' in field && Array.isArray(field.fields) ? (field.fields as Field[]) : [];
    const childPrefix =
      'widget' in field && field.widget === 'list' ? `${prefix}${field.name}[].` : `${prefix}${field.name}.`;
    return [`${prefix}${field.name}`, ...cmsPaths(nested, childPrefix)];
  });
}

function allFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => [
    field,
    ...('fields' in field && Array.isArray(field.fields) ? allFields(field.fields as Field[]) : []),
  ]);
}

const plainImage = () => z.string();

describe.each(edited)('CMS collection %s', (name) => {
  const collection = collections.find((c) => c.name === name);
  const schema = schemas[name](plainImage);

  it('exists and edits content/<name>/{nl,en}', () => {
    expect(collection?.folder).toBe(`content/${name}`);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: [...vocabulary.locales] });
  });

  it('has a field for every schema field, and no field the schema would reject', () => {
    const fromSchema = schemaPaths(schema).sort();
    const fromCms = cmsPaths(collection?.fields ?? [])
      .filter((path) => path !== 'body')
      .sort();
    expect(fromCms).toEqual(fromSchema);
  });

  it('offers exactly the vocabulary ids in every select over a vocabulary', () => {
    const byField: Record<string, { ids: readonly string[] }> = {
      lines: vocabulary.lines,
      ages: vocabulary.ages,
      segments: vocabulary.segments,
      moments: vocabulary.moments,
      brand: vocabulary.brands,
      format: vocabulary.storyFormats,
      sector: vocabulary.sectors,
      levels: vocabulary.levels,
      segment: vocabulary.segments,
      type: name === 'events' ? vocabulary.eventTypes : vocabulary.opportunityTypes,
    };
    const selects = allFields(collection?.fields ?? []).filter(
      (field) => 'widget' in field && field.widget === 'select' && field.name in byField,
    );
    expect(selects.length).toBeGreaterThan(0);
    for (const field of selects) {
      const options = ((field as { options: { value: string; label: string }[] }).options ?? []).map(
        (o) => o.value,
      );
      expect(options, field.name).toEqual(byField[field.name]?.ids);
    }
  });

  it('starts new entries with the schema’s defaults', () => {
    const defaults = allFields(collection?.fields ?? []).filter(
      (field) => 'default' in field && field.default !== undefined && !String(field.default).startsWith('{{'),
    );
    const shape = (inner(schema) as z.ZodObject).shape as Record<string, z.ZodType>;
    let compared = 0;
    for (const field of defaults) {
      const schemaField = shape[field.name];
      if (!(schemaField instanceof z.ZodDefault)) continue;
      expect((field as { default: unknown }).default, field.name).toEqual(schemaField.def.defaultValue);
      compared++;
    }
    // Stories, events and opportunities default draft and featured (events also price and status).
    expect(compared).toBeGreaterThanOrEqual(name === 'profiles' ? 0 : 2);
  });

  it('saves images in content/images and writes them as the schema expects (../../images/…)', () => {
    expect(collection?.media_folder).toBe(`/${MEDIA_FOLDER}`);
    expect(collection?.public_folder).toBe(PUBLIC_FOLDER);
    const images = allFields(collection?.fields ?? []).filter(
      (field) => 'widget' in field && field.widget === 'image',
    );
    expect(images.map((field) => field.name)).toEqual(name === 'stories' ? ['src', 'src'] : ['src']);
  });
});

describe('the CMS configuration', () => {
  it('writes strings in double quotes, so YAML keeps "on" and local date-times as text', () => {
    expect(config.output?.yaml?.quote).toBe('double');
    expect(config.load_config_file).toBe(false);
  });

  it('writes event times as local Hengelo time, the way the schema reads them', () => {
    const events = collections.find((c) => c.name === 'events');
    for (const name of ['start', 'end']) {
      expect(events?.fields.find((f) => f.name === name)).toMatchObject({
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm',
        input_timezone: TIME_ZONE,
        output_utc: false,
      });
    }
    const eventSchema = schemas.events(plainImage);
    const data = { start: '2027-03-11T15:00' };
    expect(eventSchema.shape.start.parse(data.start).toISOString()).toBe('2027-03-11T14:00:00.000Z');
  });

  it('offers an editor block for every MDX component', () => {
    const ids = editorComponents.map((component) => component.id);
    expect(ids).toEqual(componentNames.map((name) => name.toLowerCase()));
    const body = collections.find((c) => c.name === 'stories')?.fields.find((f) => f.name === 'body');
    expect((body as { editor_components: string[] }).editor_components).toEqual(ids);
  });

  it('uses GitHub by default and the in-browser sandbox in practice mode', () => {
    expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
    expect(
      cmsConfig({ repo: 'a/b', branch: 'main', siteUrl: 'https://x.nl', practice: true }).backend,
    ).toEqual({
      name: 'test-repo',
    });
    expect(
      cmsConfig({ repo: 'a/b', branch: 'live', siteUrl: 'https://x.nl', authUrl: 'https://auth.example.org' })
        .backend,
    ).toMatchObject({ repo: 'a/b', branch: 'live', base_url: 'https://auth.example.org' });
  });
});
