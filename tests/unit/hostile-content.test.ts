// The hostile fixture content (tests/support/hostile.ts) passes the content contract, so the
// fixture build (tests/builds/hostile.test.ts) shows what happens to hostile text on a page; and a
// script address in a field that holds an address is refused with the file and the field.
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fieldName, validateEntry } from '../../src/lib/content/validation';
import { entryFile, HOSTILE_URLS, hostileEntries, type HostileEntry } from '../support/hostile';

const entries = hostileEntries();
const fileOf = (entry: HostileEntry) => `content/${entry.file}`;

/** The entry as the loader sees it: the frontmatter parsed from its file, and the file. */
function check(entry: HostileEntry, data: unknown = entry.data, raw = entryFile(entry)) {
  // The loader reads a data file's text only as YAML: it has no body to check.
  return validateEntry(entry.collection, fileOf(entry), data, entry.file.endsWith('.yml') ? undefined : raw);
}

function withField(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1) as string] = value;
  return copy;
}

describe('the hostile fixture content', () => {
  it.each(entries.map((entry) => [entry.file, entry] as const))(
    '%s passes the content contract',
    (_, entry) => {
      const raw = entryFile(entry);
      const frontmatter = load(
        entry.file.endsWith('.yml') ? raw : (/^---\n([\s\S]*?)\n---/.exec(raw)?.[1] ?? ''),
      );
      expect(frontmatter).toEqual(entry.data);
      expect(check(entry, frontmatter, raw)).toMatchObject({ ok: true });
    },
  );
});

/** Every field that holds an address, per collection. */
const URL_FIELDS = [
  ['stories', 'video.url'],
  ['events', 'organiser.url'],
  ['events', 'registration'],
  ['employers', 'website'],
  ['employers', 'jobFeed'],
  ['opportunities', 'apply'],
] as const;

describe('a script address in a field that holds an address', () => {
  const cases = URL_FIELDS.flatMap(([collection, field]) =>
    HOSTILE_URLS.map((url) => [collection, field, url] as const),
  );
  it.each(cases)('%s: %s = %j is refused, naming the file and the field', (collection, field, url) => {
    const entry = entries.find((candidate) => candidate.collection === collection);
    if (!entry) throw new Error(`no fixture entry for ${collection}`);
    const result = check(entry, withField(entry.data, field, url));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`${fileOf(entry)} heeft 1 probleem:`);
    expect(result.message).toContain(`${fieldName(collection, field)}: `);
    expect(fieldName(collection, field)).toContain(`(${field})`);
  });

  it.each(HOSTILE_URLS)('a call to action to %j is refused, naming the line and the prop', (url) => {
    const entry = entries.find((candidate) => candidate.file.endsWith('.mdx'));
    if (!entry) throw new Error('no MDX fixture entry');
    const raw = `${entryFile(entry)}\n<CallToAction href="${url}" label="Ga" />\n`;
    const result = check(entry, entry.data, raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The last line of the file, before its final newline.
    const line = raw.split('\n').length - 1;
    expect(result.message).toContain(`Tekst, regel ${line}, blok Knop naar een volgende stap › Link: `);
    expect(result.message).toContain(`Tekst, regel ${line}: bevat een javascript:-adres`);
  });
});
