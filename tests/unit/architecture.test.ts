// The docs stay true to the tree: every source path that docs/architecture.md, the README and the
// other docs name exists, and the architecture page names every room of src/lib/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DOCS = [
  'docs/architecture.md',
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Paths in backticks that point into the project's own folders, e.g. `src/lib/schedule.ts`. */
export function namedPaths(markdown: string): string[] {
  return [...markdown.matchAll(/`((?:src|tests|scripts|docs|public|content)\/[^`\s<>*…]+)`/g)].map((match) =>
    (match[1] ?? '').replace(/[.,:;]$/, ''),
  );
}

describe('docs name only paths that exist', () => {
  it.each([...new Set(DOCS)])('%s', (doc) => {
    const missing = namedPaths(readFileSync(doc, 'utf8')).filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });

  it('architecture names at least the main files of the card journey', () => {
    const named = namedPaths(readFileSync('docs/architecture.md', 'utf8'));
    expect(named.length).toBeGreaterThan(25);
    for (const file of [
      'src/lib/schedule.ts',
      'src/lib/discovery/card-markup.ts',
      'src/scripts/talent-filter.ts',
    ])
      expect(named).toContain(file);
  });

  it('architecture names every room of src/lib/', () => {
    const text = readFileSync('docs/architecture.md', 'utf8');
    const rooms = readdirSync('src/lib').filter((name) => statSync(`src/lib/${name}`).isDirectory());
    for (const room of rooms) expect(text, room).toContain(`\`src/lib/${room}/\``);
  });

  it('finds a path that does not exist', () => {
    expect(namedPaths('see `src/lib/nowhere.ts`, and `src/lib/schedule.ts`.')).toEqual([
      'src/lib/nowhere.ts',
      'src/lib/schedule.ts',
    ]);
  });
});
