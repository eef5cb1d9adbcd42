import { describe, expect, it } from 'vitest';
import { related, taggedWith, topScored } from '../../src/lib/discovery/taxonomy';

const entry = (id: string, lines: string[], segments: string[], ages: string[] = ['18-25']) => ({
  id,
  data: { lines, segments, ages },
});

describe('taxonomy', () => {
  const all = [
    entry('a', ['werken'], ['hunkertukker']),
    entry('b', ['werken', 'wonen'], ['hunkertukker', 'nieuw-talent']),
    entry('c', ['leven'], ['hunkertukker']),
    entry('d', ['werken'], ['aanwezig-talent'], ['4-18']),
  ];
  it('finds entries tagged with a value', () => {
    expect(taggedWith(all, 'lines', 'werken').map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(taggedWith(all, 'ages', '4-18').map((e) => e.id)).toEqual(['d']);
  });
  it('relates entries that share a line and a target group, most shared first, never itself', () => {
    const source = entry('x', ['werken', 'wonen'], ['hunkertukker']);
    expect(related(source, [...all, source]).map((e) => e.id)).toEqual(['b', 'a']);
  });
  it('respects the limit', () => {
    expect(related(entry('x', ['werken'], ['hunkertukker']), all, 1)).toHaveLength(1);
  });
});

describe('topScored', () => {
  /** What it must equal: score all, drop zeros, stable sort by score, take the first ones. */
  const bySorting = <T>(items: T[], score: (item: T) => number, limit: number) =>
    items
      .map((item, index) => ({ item, index, value: score(item) }))
      .filter(({ value }) => value > 0)
      .sort((a, b) => b.value - a.value || a.index - b.index)
      .slice(0, limit)
      .map(({ item }) => item);

  it('picks the same items in the same order as sorting everything would', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round += 1) {
      const items = Array.from({ length: Math.floor(next() * 40) }, (_, index) => ({
        index,
        value: Math.floor(next() * 5),
      }));
      const limit = 1 + Math.floor(next() * 4);
      const score = (item: { value: number }) => item.value;
      expect(topScored(items, score, limit, 4)).toEqual(bySorting(items, score, limit));
      expect(topScored(items, score, limit)).toEqual(bySorting(items, score, limit));
    }
  });

  it('stops reading once it has enough items with the best score', () => {
    const read: number[] = [];
    const items = [3, 1, 3, 3, 3, 2];
    const top = topScored(
      items.map((value, index) => ({ value, index })),
      (item) => (read.push(item.index), item.value),
      3,
      3,
    );
    expect(top.map((item) => item.index)).toEqual([0, 2, 3]);
    expect(read).toEqual([0, 1, 2, 3]);
  });
});
