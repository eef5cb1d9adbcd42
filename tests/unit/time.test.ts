import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildNow,
  parseBuildDate,
  toZonedIso,
  zonedDate,
  zonedDateTime,
  zonedTimeToUtc,
  zoneOffsetMinutes,
} from '../../src/lib/time/zone';

describe('buildNow', () => {
  it('reads BUILD_DATE as midnight in Hengelo', () => {
    expect(buildNow({ BUILD_DATE: '2026-03-01' }).toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });
  it('accepts a full date-time', () => {
    expect(buildNow({ BUILD_DATE: '2026-07-01T12:00:00+02:00' }).toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
  });
  it('uses the clock without BUILD_DATE', () => {
    const before = Date.now();
    const now = buildNow({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
  it('refuses a BUILD_DATE that is not a date, saying what to write', () => {
    expect(() => parseBuildDate('next tuesday')).toThrow(/BUILD_DATE "next tuesday" is not a date/);
  });
});

describe('time zone', () => {
  it('knows winter and summer time in Amsterdam', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });
  it('changes the offset at the minute of a DST change, also once read before (offsets are cached)', () => {
    // 29 March 2026, 01:00 UTC: the clocks go from 02:00 to 03:00 in Amsterdam.
    expect(zoneOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-03-29T00:45:00Z'))).toBe(60);
    // Other zones change on other quarter hours: Adelaide (+10:30 to +9:30) at 16:30 UTC.
    expect(zoneOffsetMinutes(new Date('2026-04-04T16:29:59Z'), 'Australia/Adelaide')).toBe(630);
    expect(zoneOffsetMinutes(new Date('2026-04-04T16:30:00Z'), 'Australia/Adelaide')).toBe(570);
    expect(zoneOffsetMinutes(new Date('2026-04-04T16:15:00Z'), 'Australia/Adelaide')).toBe(630);
  });
  it('turns local Hengelo time into the right instant on both sides of a DST change', () => {
    // Clocks go forward on 29 March 2026 at 02:00 and back on 25 October 2026 at 03:00.
    expect(zonedTimeToUtc('2026-03-28T15:00').toISOString()).toBe('2026-03-28T14:00:00.000Z');
    expect(zonedTimeToUtc('2026-03-29T15:00').toISOString()).toBe('2026-03-29T13:00:00.000Z');
    expect(zonedTimeToUtc('2026-10-24T15:00').toISOString()).toBe('2026-10-24T13:00:00.000Z');
    expect(zonedTimeToUtc('2026-10-25T15:00').toISOString()).toBe('2026-10-25T14:00:00.000Z');
  });
  it('rejects dates that do not exist', () => {
    expect(Number.isNaN(zonedTimeToUtc('2026-02-30T10:00').getTime())).toBe(true);
    expect(Number.isNaN(zonedTimeToUtc('tomorrow').getTime())).toBe(true);
  });
  it('writes ISO 8601 with the local offset', () => {
    expect(toZonedIso(new Date('2025-03-11T14:00:00Z'))).toBe('2025-03-11T15:00:00+01:00');
    expect(toZonedIso(new Date('2025-06-12T13:00:00Z'))).toBe('2025-06-12T15:00:00+02:00');
  });
  it('gives the calendar date in Hengelo, not in UTC', () => {
    expect(zonedDate(new Date('2026-05-31T22:30:00Z'))).toBe('2026-06-01');
  });
  it('gives the wall-clock time in Hengelo on both sides of a DST change', () => {
    expect(zonedDateTime(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29T01:59:00');
    expect(zonedDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00');
    expect(zonedDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00');
    expect(zonedDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00');
  });
  it('imports nothing, so the browser script for deadlines can use it', () => {
    expect(readFileSync('src/lib/time/zone.ts', 'utf8')).not.toMatch(/^\s*import\b/m);
  });
});
