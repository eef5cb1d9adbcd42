/**
 * Checks one content entry against its collection's contract and words what is wrong so that an
 * editor can fix it, in Dutch: the file, the field as the CMS labels it (with its name in the file
 * after it), what is wrong and how to fix it. The texts are in `./messages.ts`, the labels in
 * `./labels.ts`. The content loader runs this before Astro parses an entry, so a build error reads
 * the same as these tests do.
 */
import { z } from 'astro/zod';
import { dangerousHtml } from './body-safety';
import { fieldLabel } from './labels';
import { say, shown, type MessageId } from './messages';
import { bodyProblems, propProblems, type ComponentName } from './mdx-body';
import { reservedEventSlugs, sections } from '../routing/routes';
import { schemas, type CollectionName } from './schemas';
import { locales } from './vocabulary';
import { voiceProblems } from './voice';

/** Raw HTML and code in a body (`./body-safety.ts`). */
export { dangerousHtml };

/** An image as an entry writes it: a file in content/images/, relative to the entry. */
const IMAGE_PATH = /^\.\.\/\.\.\/images\/[\w.-]+\.(?:jpe?g|png|webp|avif|gif|svg)$/i;

/** Outside the image pipeline an image is just its path, which must point into content/images/. */
const plainImage = () =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? say('required') : say('imagePath', { waarde: shown(issue.input) })),
    })
    .regex(IMAGE_PATH, { error: (issue) => say('imagePath', { waarde: shown(issue.input) }) });

/**
 * The Dutch message for a check that has none of its own: Zod's built-in checks (a number's
 * `.min()`, a list's length, a wrong type). Every check the schemas write themselves says its own
 * message from the catalogue; this covers the rest, so no English text from Zod reaches an editor.
 */
function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  const waarde = shown(issue.input);
  const id = (name: MessageId, values: Record<string, string | number> = {}) => say(name, { waarde, ...values });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return id('required');
      if (issue.expected === 'number') return id('notNumber');
      if (issue.expected === 'boolean') return id('notBoolean');
      if (issue.expected === 'object') return id('notGroup');
      if (issue.expected === 'string') return id('notText');
      return id('invalid');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number') return min === 0 && !issue.inclusive ? id('numberNotPositive') : id('numberTooSmall', { min });
      if (issue.origin === 'string') return id('tooShort', { lengte: String(issue.input).length, min });
      if (issue.origin === 'array') return id('listTooShort', { aantal: (issue.input as unknown[]).length, min });
      return id('invalid');
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number') return id('numberTooLarge', { max });
      if (issue.origin === 'string') return id('tooLong', { lengte: String(issue.input).length, max });
      if (issue.origin === 'array') return id('listTooLong', { aantal: (issue.input as unknown[]).length, max });
      return id('invalid');
    }
    case 'invalid_value':
      return id('unknownChoice', { keuzes: issue.values.map(String).join(', ') });
    default:
      return id('invalid');
  }
}

/** Each collection's schema, made once: building a schema costs more than checking an entry with it. */
const checked: Partial<Record<CollectionName, ReturnType<(typeof schemas)[CollectionName]>>> = {};

export type Validation = { ok: true; data: unknown } | { ok: false; message: string };

/** `lines[0]`, `venue.city`: a field path as it is written in the frontmatter. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * A field as a message names it: the CMS label, then the name in the file between brackets when
 * that differs (`Video › Duur (video.duration)`). `body (line 12)`, from the body checks, is
 * `Tekst, regel 12`.
 */
export function fieldName(collection: CollectionName, path: string): string {
  const line = /^body(?: \(line (\d+)\))?$/.exec(path);
  if (line) return line[1] ? `Tekst, regel ${line[1]}` : 'Tekst';
  const label = fieldLabel(collection, path);
  return label && label !== path ? `${label} (${path})` : path;
}

/** A file's problems, one line a field; `field` is the field as `fieldName` gives it, or empty for the file. */
export function formatProblems(file: string, problems: { field: string; message: string }[]): string {
  const lines = problems.map(({ field, message }) => `  - ${field ? `${field}: ` : ''}${message}`);
  const head =
    problems.length === 1 ? say('oneProblem', { bestand: file }) : say('problems', { bestand: file, aantal: problems.length });
  return `${head}\n${lines.join('\n')}`;
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
    problems.push({ field: 'lang', message: say('langFolder', { waarde: shown(data.lang), map: folder }) });
  }
  if (collection === 'events' && name && reservedEventSlugs.includes(name)) {
    problems.push({ field: '', message: say('nameTakenByAgenda', { naam: name, namen: reservedEventSlugs.join(', ') }) });
  }
  // A story may not take the address of a page inside the stories section (the video archive).
  const reservedStorySlugs = collection === 'stories' ? [sections.videos.nl.split('/').pop()] : [];
  if (name && reservedStorySlugs.includes(name)) {
    problems.push({ field: '', message: say('nameTakenByVideoArchive', { naam: name, pad: sections.videos.nl }) });
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
    problems.push({ field: idField, message: say('idNotFileName', { waarde: shown(data[idField]), naam: name ?? '' }) });
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
      problems.push({ field, message: say('impossibleDate', { waarde: `"${y}-${m}-${d}"` }) });
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
  const result = schema.safeParse(data, { reportInput: true, error: fallbackMessage });
  const problems: { field: string; message: string }[] = [
    ...(raw ? impossibleDates(raw) : []),
    ...(raw ? dangerousHtml(raw, file.endsWith('.mdx') ? 'mdx' : 'md') : []),
    ...(raw && file.endsWith('.mdx') ? bodyProblems(raw) : []),
    ...(data && typeof data === 'object'
      ? locationProblems(collection, file, data as Record<string, unknown>)
      : []),
    ...(data && typeof data === 'object' ? voiceProblems(collection, data as Record<string, unknown>, raw) : []),
  ];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One line per unknown field, each naming its own.
        const allowed = /: ([^:]*)\.$/.exec(issue.message)?.[1] ?? '';
        for (const key of issue.keys) {
          const path = fieldPath([...issue.path, key]);
          problems.push({ field: path, message: say('unknownField', { veld: key, velden: allowed }) });
        }
      } else problems.push({ field: fieldPath(issue.path), message: issue.message });
    }
  }
  if (problems.length > 0) {
    const named = problems.map(({ field, message }) => ({
      field: field && !field.startsWith('Tekst, ') ? fieldName(collection, field) : field,
      message,
    }));
    return { ok: false, message: formatProblems(file, named) };
  }
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
  return problems.length > 0 ? formatProblems(file ?? `Een pagina met <${name}>`, problems) : undefined;
}
