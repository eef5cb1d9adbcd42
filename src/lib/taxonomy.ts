/** Matching entries by their taxonomy: which entries share a programme line or target group. */

export interface Tagged {
  lines: readonly string[];
  segments: readonly string[];
  ages: readonly string[];
}

/** Entries tagged with a value of one facet, e.g. every entry of programme line "werken". */
export function taggedWith<T extends { data: Tagged }>(
  entries: readonly T[],
  facet: 'lines' | 'segments' | 'ages',
  value: string,
): T[] {
  return entries.filter((entry) => entry.data[facet].includes(value));
}

function shared(a: readonly string[], b: readonly string[]): number {
  return a.filter((value) => b.includes(value)).length;
}

/**
 * Entries related to one: sharing at least one programme line and one target group, most shared
 * tags first, then in the order given (newest first for stories). The entry itself is left out.
 */
export function related<T extends { id: string; data: Tagged }>(
  entry: T,
  entries: readonly T[],
  limit = 3,
): T[] {
  return entries
    .filter((other) => other.id !== entry.id)
    .map((other, index) => ({
      other,
      index,
      lines: shared(entry.data.lines, other.data.lines),
      segments: shared(entry.data.segments, other.data.segments),
    }))
    .filter(({ lines, segments }) => lines > 0 && segments > 0)
    .sort((a, b) => b.lines + b.segments - (a.lines + a.segments) || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}
