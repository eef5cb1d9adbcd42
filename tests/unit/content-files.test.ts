// Every content file keeps the contract, read the way Astro reads it (the build's own frontmatter
// parser, src/lib/content/frontmatter.ts). The site's content by default; CONTENT_DIR for another.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { contentDir } from '../../src/lib/content/loader';
import { schemas, type CollectionName } from '../../src/lib/content/schemas';
import { validateEntry } from '../../src/lib/content/validation';
import { entryFiles } from '../support/content';

/**
 * The collections the site cannot do without: its programme, target-group, programme-line and
 * text pages. Stories, events and opportunities may be few or none at all.
 */
const required: CollectionName[] = ['programme', 'profiles', 'lines', 'pages'];

// Facts are YAML files, not Markdown: tests/unit/facts.test.ts reads them.
const markdown = (Object.keys(schemas) as CollectionName[]).filter((name) => name !== 'facts');

describe.each(markdown)('%s', (collection) => {
  const files = entryFiles(contentDir(), collection);
  if (required.includes(collection)) {
    it('has entries', () => {
      expect(files.length).toBeGreaterThan(0);
    });
  }
  it.each(files)('%s keeps the contract', (file) => {
    const raw = readFileSync(file, 'utf8');
    const result = validateEntry(collection, file, readFrontmatter(raw), raw);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });
});
