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
  let count = 0;
  for (const value of a) if (b.includes(value)) count += 1;
  return count;
}

/**
 * The `limit` items with the highest score above zero, highest first; equal scores keep the order
 * of `items`. One pass without sorting the whole list, which stops as soon as `limit` items have
 * the `best` score there can be: every entry page asks this of its whole collection, so it must
 * stay cheap as the collection grows.
 */
export function topScored<T>(
  items: readonly T[],
  score: (item: T) => number,
  limit: number,
  best = Number.POSITIVE_INFINITY,
): T[] {
  const top: { item: T; score: number }[] = [];
  for (const item of items) {
    if (top.length === limit && (top.at(-1)?.score ?? 0) >= best) break;
    const value = score(item);
    if (value <= 0 || (top.length === limit && value <= (top.at(-1)?.score ?? 0))) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? 0) < value) at -= 1;
    top.splice(at, 0, { item, score: value });
    if (top.length > limit) top.pop();
  }
  return top.map(({ item }) => item);
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
  return topScored(
    entries,
    (other) => {
      if (other.id === entry.id) return 0;
      const lines = shared(entry.data.lines, other.data.lines);
      const segments = shared(entry.data.segments, other.data.segments);
      return lines > 0 && segments > 0 ? lines + segments : 0;
    },
    limit,
    entry.data.lines.length + entry.data.segments.length,
  );
}
