import { describe, expect, it } from 'vitest';
import { isClosed, isPast, splitByTime } from '../../src/lib/schedule';
import { zonedTimeToUtc } from '../../src/lib/time/zone';

const event = (id: string, start: string, end: string) => ({
  id,
  data: { start: zonedTimeToUtc(start), end: zonedTimeToUtc(end) },
});

describe('events in time', () => {
  const talentTop = event('talenttop', '2026-03-11T15:00', '2026-03-11T18:00');
  it('is upcoming until it has ended', () => {
    expect(isPast(talentTop.data, zonedTimeToUtc('2026-03-11T17:59'))).toBe(false);
    expect(isPast(talentTop.data, zonedTimeToUtc('2026-03-11T18:01'))).toBe(true);
  });
  it('splits upcoming (soonest first) from past (latest first)', () => {
    const a = event('a', '2026-01-10T10:00', '2026-01-10T12:00');
    const b = event('b', '2026-02-10T10:00', '2026-02-10T12:00');
    const c = event('c', '2026-05-10T10:00', '2026-05-10T12:00');
    const d = event('d', '2026-04-10T10:00', '2026-04-10T12:00');
    const { upcoming, past } = splitByTime([a, b, c, d], zonedTimeToUtc('2026-03-01T00:00'));
    expect(upcoming.map((e) => e.id)).toEqual(['d', 'c']);
    expect(past.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('opportunity deadlines', () => {
  const deadline = zonedTimeToUtc('2026-12-15T00:00');
  it('stays open through the whole deadline day in Hengelo', () => {
    expect(isClosed(deadline, zonedTimeToUtc('2026-12-15T23:59'))).toBe(false);
  });
  it('closes the day after', () => {
    expect(isClosed(deadline, zonedTimeToUtc('2026-12-16T00:00'))).toBe(true);
  });
  it('counts days in Hengelo across a DST change', () => {
    const octoberDeadline = zonedTimeToUtc('2026-10-25T00:00');
    expect(isClosed(octoberDeadline, zonedTimeToUtc('2026-10-25T23:30'))).toBe(false);
    expect(isClosed(octoberDeadline, zonedTimeToUtc('2026-10-26T00:10'))).toBe(true);
  });
});
