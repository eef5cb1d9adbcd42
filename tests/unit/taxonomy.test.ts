import { describe, expect, it } from 'vitest';
import { related, taggedWith } from '../../src/lib/taxonomy';

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
