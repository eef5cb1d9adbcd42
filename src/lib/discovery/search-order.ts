/**
 * The order of search results, on top of Pagefind's relevance: events that have ended come after
 * everything still to come, and on either side, when the query names a kind of entry
 * ("vacature", "internship", "afstuderen": the vocabulary's search words, see `searchWords` in
 * `src/lib/content/vocabulary.ts`), the entries of that kind come first. Within each group
 * Pagefind's order stands.
 * Browser-safe: no imports.
 */

/** Lower case, letters and digits only, single spaces: how queries and search words compare. */
export function normalWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The kinds a query names: those with a search word that is the whole query or a run of whole
 * words in it ("stage in hengelo" names `stage`; "stages" does too, by Pagefind's stemming it
 * finds the same pages, so a word also names its kind when the query word starts with it and
 * is at most two letters longer).
 */
export function kindsNamed(query: string, kinds: Readonly<Record<string, readonly string[]>>): string[] {
  const asked = normalWords(query).split(' ').filter(Boolean);
  if (asked.length === 0) return [];
  const names = (word: string) => {
    const wanted = normalWords(word).split(' ');
    return asked.some((_, at) =>
      wanted.every((part, offset) => {
        const given = asked[at + offset];
        if (given === undefined) return false;
        return offset === wanted.length - 1
          ? given.startsWith(part) && given.length <= part.length + 2
          : given === part;
      }),
    );
  };
  return Object.keys(kinds).filter((kind) => kinds[kind]?.some(names));
}

/**
 * Results without `last` (by id) before those in it, and on either side those in `first` before
 * the others; each group in the given order.
 */
export function grouped<T extends { id: string }>(
  results: readonly T[],
  first: ReadonlySet<string>,
  last: ReadonlySet<string>,
): T[] {
  const rank = (result: T) => (last.has(result.id) ? 2 : 0) + (first.has(result.id) ? 0 : 1);
  return results
    .map((result, at) => ({ result, at, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ result }) => result);
}
