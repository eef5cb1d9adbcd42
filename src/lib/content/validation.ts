/**
 * Checks one content entry against its collection's contract and words what is wrong so that an
 * editor can fix it: the file, the field, the bad value and what is allowed. The content loader
 * runs this before Astro parses an entry, so a build error reads the same as these tests do.
 */
import { z } from 'astro/zod';
import { dangerousHtml } from './body-safety';
import { bodyProblems, propProblems, type ComponentName } from './mdx-body';
import { reservedEventSlugs, sections } from '../routing/routes';
import { schemas, type CollectionName } from './schemas';
import { locales } from './vocabulary';

/** Raw HTML and code in a body (`./body-safety.ts`). */
export { dangerousHtml };

/** Outside the image pipeline an image is just its path. */
const plainImage = () =>
  z.string({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a path to an image file'),
  });

/** Each collection's schema, made once: building a schema costs more than checking an entry with it. */
const checked: Partial<Record<CollectionName, ReturnType<(typeof schemas)[CollectionName]>>> = {};

export type Validation = { ok: true; data: unknown } | { ok: false; message: string };

/** `lines[0]`, `venue.city`: a field path as an editor reads it in the frontmatter. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** A file's problems, one line a field. */
export function formatProblems(file: string, problems: { field: string; message: string }[]): string {
  const lines = problems.map(
    ({ field, message }) => `  - ${field ? `field "${field}"` : 'entry'}: ${message}`,
  );
  return `${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${lines.join('\n')}`;
}

/** The folder-level rules the schema cannot see: language folder, and ids that must match names. */
function locationProblems(collection: CollectionName, file: string, data: Record<string, unknown>) {
  const problems: { field: string; message: string }[] = [];
  const parts = file.split(/[\\/]/);
  const folder = parts.at(-2);
  const name = parts.at(-1)?.replace(/\.mdx?$/, '');
  if (
    folder &&
    (locales as readonly string[]).includes(folder) &&
    data.lang !== undefined &&
    data.lang !== folder
  ) {
    problems.push({
      field: 'lang',
      message: `is ${JSON.stringify(data.lang)} but the file is in the "${folder}" folder; move the file or set lang: ${folder}`,
    });
  }
  if (collection === 'events' && name && reservedEventSlugs.includes(name)) {
    problems.push({
      field: '',
      message: `the file name "${name}" is taken by a page of the agenda itself (${reservedEventSlugs.join(', ')}); rename the file`,
    });
  }
  // A story may not take the address of a page inside the stories section (the video archive).
  const reservedStorySlugs = collection === 'stories' ? [sections.videos.nl.split('/').pop()] : [];
  if (name && reservedStorySlugs.includes(name)) {
    problems.push({
      field: '',
      message: `the file name "${name}" is taken by the video archive (${sections.videos.nl}/); give the file another name`,
    });
  }
  const idField =
    collection === 'profiles'
      ? 'segment'
      : collection === 'lines'
        ? 'line'
        : collection === 'pages'
          ? 'page'
          : undefined;
  if (idField && data[idField] !== undefined && data[idField] !== name) {
    problems.push({
      field: idField,
      message: `is ${JSON.stringify(data[idField])} but the file is named "${name}"; they must be the same`,
    });
  }
  return problems;
}

const RAW_DATE = /^\s*(?:-\s+)?([A-Za-z]+):\s*["']?(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * Dates that do not exist ("2026-02-30"). The YAML parser quietly rolls them over into the next
 * month before the schema sees them, so they are caught in the raw frontmatter.
 */
export function impossibleDates(raw: string): { field: string; message: string }[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  const problems: { field: string; message: string }[] = [];
  for (const line of frontmatter.split(/\r?\n/)) {
    const match = RAW_DATE.exec(line);
    if (!match) continue;
    const [, field = '', y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
      problems.push({
        field,
        message: `"${y}-${m}-${d}" is not a valid date: that day does not exist. Write it as YYYY-MM-DD`,
      });
    }
  }
  return problems;
}

/**
 * Validate the frontmatter of one entry of a collection. `raw`, the file's text, lets the check
 * see dates as written.
 */
export function validateEntry(
  collection: CollectionName,
  file: string,
  data: unknown,
  raw?: string,
): Validation {
  const schema = (checked[collection] ??= schemas[collection](plainImage));
  const result = schema.safeParse(data, { reportInput: true });
  const problems = [
    ...(raw ? impossibleDates(raw) : []),
    ...(raw ? dangerousHtml(raw, file.endsWith('.mdx') ? 'mdx' : 'md') : []),
    ...(raw && file.endsWith('.mdx') ? bodyProblems(raw) : []),
    ...(data && typeof data === 'object'
      ? locationProblems(collection, file, data as Record<string, unknown>)
      : []),
  ];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        problems.push({ field: fieldPath(key ? [...issue.path, key] : issue.path), message: issue.message });
      }
    }
  }
  if (problems.length > 0) return { ok: false, message: formatProblems(file, problems) };
  return { ok: true, data: result.data };
}

/**
 * The error an editor component throws when it renders with bad props: the entry's file, the
 * component and the prop. Undefined when the props are fine.
 */
export function componentProblem(
  name: ComponentName,
  props: Record<string, unknown>,
  file: string | undefined,
): string | undefined {
  const problems = propProblems(name, props);
  return problems.length > 0 ? formatProblems(file ?? `A page using <${name}>`, problems) : undefined;
}
