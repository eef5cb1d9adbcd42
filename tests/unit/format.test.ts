import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDay,
  formatDuration,
  formatEuro,
  formatMonth,
  formatRange,
} from '../../src/lib/time/format';
import { zonedTimeToUtc } from '../../src/lib/time/zone';

describe('formatting through Intl', () => {
  const talentTop = zonedTimeToUtc('2025-03-11T15:00');
  it('writes dates in Dutch and British English, in Hengelo time', () => {
    expect(formatDate(talentTop, 'nl')).toBe('11 maart 2025');
    expect(formatDate(talentTop, 'en')).toBe('11 March 2025');
    expect(formatDay(talentTop, 'nl')).toBe('dinsdag 11 maart 2025');
    expect(formatDate(zonedTimeToUtc('2026-06-01T00:30'), 'nl')).toBe('1 juni 2026');
  });
  it('writes a time range with the day of the week', () => {
    expect(formatRange(talentTop, zonedTimeToUtc('2025-03-11T18:00'), 'nl')).toBe(
      'dinsdag 11 maart 2025, 15:00 – 18:00',
    );
  });
  it('writes euros', () => {
    expect(formatEuro(700000, 'nl').replace(/\s/g, ' ')).toBe('€ 700.000');
    expect(formatEuro(700000, 'en')).toBe('€700,000');
  });
  it('writes durations', () => {
    expect(formatDuration('PT3M40S', 'nl')).toBe('3 min 40 sec');
    expect(formatDuration('PT1H5M', 'en')).toBe('1 h 5 min');
  });
  it('names a month of the video archive', () => {
    expect(formatMonth('2026-11', 'nl')).toBe('november 2026');
    expect(formatMonth('2027-01', 'en')).toBe('January 2027');
  });
});
