// Every field of every collection says what it means where it is defined (`.describe()`), so the
// contract can be read from the schemas themselves: nested groups and list items included.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemas, type CollectionName } from '../../src/lib/content/schemas';

type Any = z.ZodType & { description?: string; def?: Record<string, unknown> };

/** The schema inside optional, default, nullable and array wrappers. */
function unwrap(schema: Any): Any {
  let current = schema;
  for (;;) {
    const def = current.def as { type?: string; innerType?: Any; element?: Any; in?: Any } | undefined;
    if (!def) return current;
    if (
      def.innerType &&
      ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type ?? '')
    ) {
      current = def.innerType;
    } else if (def.type === 'array' && def.element) current = def.element;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Every field path without a description. */
function undocumented(schema: Any, prefix = ''): string[] {
  const inner = unwrap(schema);
  const shape = (inner as unknown as { shape?: Record<string, Any> }).shape;
  if (!shape || (inner.def as { type?: string }).type !== 'object') return [];
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const missing = field.description ? [] : [path];
    return [...missing, ...undocumented(field, path)];
  });
}

describe('schemas describe every field', () => {
  it.each(Object.keys(schemas) as CollectionName[])('%s', (collection) => {
    const schema = schemas[collection](() => z.string()) as unknown as Any;
    const shape = (unwrap(schema) as unknown as { shape?: object }).shape;
    expect(shape && Object.keys(shape).length, `${collection} has fields`).toBeGreaterThan(2);
    expect(undocumented(schema)).toEqual([]);
  });

  it('finds an undocumented field', () => {
    const schema = z.object({ a: z.string().describe('A.'), b: z.object({ c: z.number() }).describe('B.') });
    expect(undocumented(schema as unknown as Any)).toEqual(['b.c']);
  });
});
