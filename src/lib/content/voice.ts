/**
 * The site's voice. The plan speaks about young people ("Hoe kunnen we hen verleiden …?"); the
 * site speaks to them. These memo phrases may stand in what the plan says (the programme and its
 * lines, and the plan's fields of a target group, all shown in "Over het programma"), and nowhere
 * else: the build refuses them in any other text, with the file and the field.
 */
import { bodyStart } from './body-safety';
import { say } from './messages';
import type { CollectionName } from './schemas';

/** The plan's memo phrases, as people read them, with what finds them in a text. */
export const memoPhrases: readonly { phrase: string; pattern: RegExp }[] = [
  { phrase: 'Hoe kunnen we', pattern: /\bhoe kunnen we\b/i },
  { phrase: 'verleiden', pattern: /\bverleid(?:en|t)?\b/i },
  { phrase: 'Doel:', pattern: /\bdoel:/i },
  { phrase: 'Our question', pattern: /\bour question\b/i },
  { phrase: 'tempt', pattern: /\btempt(?:s|ed|ing)?\b/i },
];

/** The first memo phrase in a text, if there is one. */
export function memoPhrase(text: string): string | undefined {
  return memoPhrases.find(({ pattern }) => pattern.test(text))?.phrase;
}

/** Collections that are the plan's own text, shown in "Over het programma" only. */
const planCollections: readonly CollectionName[] = ['programme', 'lines'];

/** Fields that hold what the plan says, shown in "Over het programma" only. */
const planFields: Partial<Record<CollectionName, readonly string[]>> = {
  profiles: ['aim', 'tie', 'subgroups', 'planText'],
};

/** Every text in a value, with its field path as the file writes it (`subgroups[0].name`). */
function texts(value: unknown, path: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Memo phrases in an entry's fields and body, outside the plan's own text. */
export function voiceProblems(
  collection: CollectionName,
  data: Record<string, unknown>,
  raw?: string,
): { field: string; message: string }[] {
  if (planCollections.includes(collection)) return [];
  const skip = planFields[collection] ?? [];
  const problems: { field: string; message: string }[] = [];
  for (const { field, text } of texts(data, '')) {
    if (skip.some((name) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`))) continue;
    const woord = memoPhrase(text);
    if (woord) problems.push({ field, message: say('memoVoice', { woord }) });
  }
  if (raw) {
    // Line numbers as in the file: the body's first piece is the rest of the frontmatter's last line.
    const start = bodyStart(raw);
    const offset = raw.slice(0, start).split('\n').length;
    raw
      .slice(start)
      .split('\n')
      .forEach((line, index) => {
        const woord = memoPhrase(line);
        if (woord) problems.push({ field: `body (line ${offset + index})`, message: say('memoVoice', { woord }) });
      });
  }
  return problems;
}
