// The monthly video interview: the archive by month and the build's reminder.
import { describe, expect, it } from 'vitest';
import {
  groupByMonth,
  monthlyVideo,
  monthOf,
  type VideoCandidate,
} from '../../src/lib/media/monthly-interview';

const at = (iso: string) => new Date(iso);
const video = (publishDate: string, extra: Partial<VideoCandidate> = {}): VideoCandidate => ({
  format: 'video',
  lang: 'nl',
  brand: 'on',
  draft: false,
  publishDate: at(publishDate),
  ...extra,
});

describe('monthOf', () => {
  it('uses the month in Hengelo, not in UTC', () => {
    expect(monthOf(at('2026-10-31T23:30:00Z'))).toBe('2026-11');
    expect(monthOf(at('2026-11-30T22:59:00Z'))).toBe('2026-11');
  });
});

describe('groupByMonth', () => {
  it('groups in the order given, newest first stays newest first', () => {
    const entries = ['2026-11-18', '2026-11-02', '2026-10-20', '2026-05-20'].map((d) => ({
      id: d,
      data: { publishDate: at(`${d}T10:00:00Z`) },
    }));
    expect(groupByMonth(entries).map((g) => [g.month, g.entries.map((e) => e.id)])).toEqual([
      ['2026-11', ['2026-11-18', '2026-11-02']],
      ['2026-10', ['2026-10-20']],
      ['2026-05', ['2026-05-20']],
    ]);
  });
});

describe('monthlyVideo', () => {
  const now = at('2026-11-29T09:00:00Z');

  it('is satisfied by a published video interview this month', () => {
    expect(monthlyVideo([video('2026-11-18T00:00:00Z')], now)).toEqual({ status: 'published' });
  });

  it('reminds when the newest video is from last month', () => {
    const result = monthlyVideo(
      [video('2026-10-18T00:00:00Z'), { ...video('2026-11-02T00:00:00Z'), format: 'artikel' }],
      now,
    );
    expect(result.status).toBe('missing');
    expect(result.status === 'missing' && result.message).toMatch(
      /er staat nog geen video-interview online voor 2026-11/,
    );
  });

  it('does not count OFF-brand videos', () => {
    expect(monthlyVideo([video('2026-11-18T00:00:00Z', { brand: 'off' })], now).status).toBe('missing');
  });

  it('points at a waiting draft', () => {
    const result = monthlyVideo([video('2026-11-18T00:00:00Z', { draft: true })], now);
    expect(result.status === 'missing' && result.message).toMatch(
      /Er staat er 1 als concept klaar: zet Concept uit om te publiceren/,
    );
  });

  it('says when this month’s interview is scheduled instead of warning', () => {
    const result = monthlyVideo([video('2026-11-29T23:00:00Z')], at('2026-11-10T09:00:00Z'));
    expect(result).toEqual({
      status: 'scheduled',
      message: expect.stringContaining('staat gepland op 30-11-2026'),
    });
  });

  it('reminds on the first day of a month', () => {
    expect(monthlyVideo([video('2026-11-18T00:00:00Z')], at('2026-11-30T23:30:00Z')).status).toBe('missing');
  });
});
