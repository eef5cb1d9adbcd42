/**
 * The excerpt of a search result, without the page's search words.
 *
 * Every entry ends its indexed text with the hidden search words of its kind ("Stage Internship
 * stageplaats ...", see `SearchMeta.astro`), so that "internship" finds a Dutch internship.
 * Pagefind builds its excerpt around the best-weighted matches, which are then those words: a
 * visitor would read a list of synonyms instead of the page. This picks the excerpt from the
 * matches in the page's own text, the way Pagefind does (the densest window), and tells the
 * search page when there are none, so that it shows the page's summary instead.
 * Browser-safe: no imports.
 */

/** The part of a Pagefind result's data this reads. */
export interface ExcerptSource {
  /** The page's indexed text, with `<` and `>` escaped by Pagefind. */
  raw_content: string;
  /** Where the query matched, in words from the start, with Pagefind's score for each match. */
  weighted_locations: readonly { location: number; balanced_score: number }[];
}

/** How Pagefind splits its content into the words its locations count. */
const SEPARATORS = /[^\S\uFEFF]+/;

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The excerpt (HTML, matches in `<mark>`) from the page's own text, or `undefined` when the page
 * matched by its search words alone. When the text does not end with `words` as expected, the
 * caller's `fallback` (Pagefind's own excerpt) comes back unchanged.
 */
export function excerptWithoutWords(
  source: ExcerptSource,
  words: string,
  length: number,
  fallback: string,
  ellipsis = '…',
): string | undefined {
  const tokens = source.raw_content.split(SEPARATORS);
  while (tokens.length > 0 && tokens.at(-1) === '') tokens.pop();
  const count = words.split(SEPARATORS).filter(Boolean).length;
  const end = tokens.length - count;
  if (count === 0 || end < 0 || normal(tokens.slice(end).join(' ')) !== normal(words)) return fallback;

  const scores = new Map<number, number>();
  for (const { location, balanced_score } of source.weighted_locations) {
    if (location < end) scores.set(location, (scores.get(location) ?? 0) + balanced_score);
  }
  if (scores.size === 0) return undefined;

  // The window of `length` words with the highest score; of equal ones in a row, the middle one.
  const last = Math.max(0, end - length);
  const sum = (start: number) => {
    let total = 0;
    for (const [location, score] of scores)
      if (location >= start && location < start + length) total += score;
    return total;
  };
  let best = -1;
  let run: number[] = [];
  for (let start = 0; start <= last; start += 1) {
    const total = sum(start);
    if (total > best) {
      best = total;
      run = [start];
    } else if (total === best && run.at(-1) === start - 1) {
      run.push(start);
    }
  }
  const start = run[Math.floor(run.length / 2)] ?? 0;
  const stop = Math.min(end, start + length);
  const marked = tokens.map((token, at) => (scores.has(at) ? `<mark>${token}</mark>` : token));
  return [start > 0 && ellipsis, marked.slice(start, stop).join(' '), stop < end && ellipsis]
    .filter(Boolean)
    .join(' ');
}
