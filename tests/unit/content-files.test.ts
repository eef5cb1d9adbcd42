// Every file in content/ keeps the contract, read the way Astro reads it (js-yaml frontmatter).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { schemas, type CollectionName } from '../../src/lib/content/schemas';
import { validateEntry } from '../../src/lib/content/validation';

function filesOf(collection: string): string[] {
  const base = join('content', collection);
  try {
    return readdirSync(base, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => join(base, name));
  } catch {
    return [];
  }
}

describe.each(Object.keys(schemas) as CollectionName[])('content/%s', (collection) => {
  const files = filesOf(collection);
  it('has entries', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s keeps the contract', (file) => {
    const raw = readFileSync(file, 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
    const result = validateEntry(collection, file, load(frontmatter), raw);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });
});
