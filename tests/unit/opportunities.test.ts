// Which opportunities are shown at a given moment, on both sides of a deadline.
import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from '../../src/lib/structured-data/jsonld';
import { similarIndex, similarOpen } from '../../src/lib/opportunities/similar';
import { deadlineDay, openOpportunities } from '../../src/lib/schedule';
import { buildNow, zonedDate, zonedTimeToUtc } from '../../src/lib/time/zone';
import { allEntries, published } from '../support/content';

const item = (id: string, deadline: string, sector = 'techniek', type = 'stage') => ({
  id,
  data: { deadline: zonedTimeToUtc(`${deadline}T00:00`), sector, type },
});

describe('openOpportunities', () => {
  const items = [item('later', '2027-01-31'), item('soon', '2026-12-18'), item('gone', '2026-11-15')];

  it('lists the open ones, nearest deadline first', () => {
    expect(openOpportunities(items, zonedTimeToUtc('2026-11-15T23:59')).map((i) => i.id)).toEqual([
      'gone',
      'soon',
      'later',
    ]);
    expect(openOpportunities(items, zonedTimeToUtc('2026-11-16T00:00')).map((i) => i.id)).toEqual([
      'soon',
      'later',
    ]);
  });

  it('closes one on the day after its deadline, in Hengelo', () => {
    expect(openOpportunities(items, zonedTimeToUtc('2026-12-18T23:59')).map((i) => i.id)).toContain('soon');
    expect(openOpportunities(items, zonedTimeToUtc('2026-12-19T00:01')).map((i) => i.id)).not.toContain(
      'soon',
    );
  });
});

describe('similarOpen', () => {
  const closed = item('closed', '2026-10-31', 'zorg', 'leerwerktraject');
  const items = [
    closed,
    item('same-type', '2026-12-01', 'ict', 'leerwerktraject'),
    item('same-sector-later', '2027-03-01', 'zorg', 'baan'),
    item('same-both', '2027-04-01', 'zorg', 'leerwerktraject'),
    item('same-sector-soon', '2027-01-01', 'zorg', 'stage'),
    item('unrelated', '2026-12-05', 'ict', 'stage'),
    item('closed-too', '2026-11-01', 'zorg', 'baan'),
  ];

  it('suggests open ones of the same sector first, then the same type; never itself or closed ones', () => {
    expect(similarOpen(closed, items, zonedTimeToUtc('2026-11-29T12:00')).map((i) => i.id)).toEqual([
      'same-both',
      'same-sector-soon',
      'same-sector-later',
    ]);
    expect(similarOpen(closed, items, zonedTimeToUtc('2026-11-29T12:00'), 5).map((i) => i.id)).toEqual([
      'same-both',
      'same-sector-soon',
      'same-sector-later',
      'same-type',
    ]);
  });
});

describe('similarIndex', () => {
  // Many opportunities with few sectors, types and deadlines: groups of every size, ties on every day.
  const sectors = ['zorg', 'ict', 'techniek'];
  const types = ['stage', 'baan', 'leerwerktraject', 'traineeship'];
  const days = ['2026-11-20', '2026-12-01', '2027-01-15', '2027-01-15', '2027-03-01'];
  const many = Array.from({ length: 90 }, (_, i) =>
    item(`o${i}`, days[(i * 7) % days.length] ?? '', sectors[(i * 5) % 3], types[(i * 3) % 4]),
  ).filter((_, i) => i % 11 !== 4);
  const now = zonedTimeToUtc('2026-11-29T12:00');
  const index = similarIndex(many, now);

  /** The rule read plainly: score every open one, highest score first, then nearest deadline. */
  const scored = (entry: (typeof many)[number], limit: number) =>
    openOpportunities(many, now)
      .map((other) => ({
        other,
        score:
          other.id === entry.id
            ? 0
            : (other.data.sector === entry.data.sector ? 2 : 0) +
              (other.data.type === entry.data.type ? 1 : 0),
      }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ other }) => other.id);

  it('holds the open ones, nearest deadline first', () => {
    expect(index.open.map((i) => i.id)).toEqual(openOpportunities(many, now).map((i) => i.id));
    expect(index.open.length).toBeLessThan(many.length);
  });

  it.each([1, 3, 8])('picks the same similar ones as scoring every opportunity (limit %i)', (limit) => {
    for (const entry of many) {
      expect(
        index.like(entry, limit).map((i) => i.id),
        entry.id,
      ).toEqual(scored(entry, limit));
      expect(
        similarOpen(entry, many, now, limit).map((i) => i.id),
        entry.id,
      ).toEqual(scored(entry, limit));
    }
  });
});

describe('deadlineDay', () => {
  it('is the Hengelo calendar day, also for a deadline written with a late UTC time', () => {
    expect(deadlineDay(zonedTimeToUtc('2027-01-15T00:00'))).toBe('2027-01-15');
    expect(deadlineDay(new Date('2027-06-29T22:30:00Z'))).toBe('2027-06-30');
  });
});

describe('the content, built the day of a deadline and the day after', () => {
  // Every opportunity in content/, with BUILD_DATE on its deadline day and on the next day.
  const entries = allEntries('opportunities').filter((entry) => entry.locale === 'nl');
  it.each(entries.map((entry) => [entry.slug, entry] as const))(
    '%s: open, then closed and gone',
    (_slug, entry) => {
      const data = entry.data as typeof entry.data & Parameters<typeof jobPostingJsonLd>[0];
      const day = deadlineDay(data.deadline);
      const next = zonedDate(new Date(data.deadline.getTime() + 36 * 3_600_000));
      const page = {
        url: 'https://talent.hengelo.nl/',
        language: 'nl-NL',
        identifier: entry.slug,
        description: '',
        employer: { name: String(data.employer), website: 'https://www.werkgever.example/' },
      };
      for (const [date, open] of [
        [day, true],
        [next, false],
      ] as const) {
        const now = buildNow({ BUILD_DATE: date });
        const listed = openOpportunities(
          published('opportunities', 'nl', now).map((other) => ({
            ...other,
            data: other.data as typeof data,
          })),
          now,
        ).map((other) => other.slug);
        expect(listed.includes(entry.slug), date).toBe(open);
        expect(jobPostingJsonLd(data, page, now) !== undefined, date).toBe(open);
      }
    },
  );
});
