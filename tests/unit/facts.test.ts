// The facts collection (content/facts/): the contract refuses a fact without a source or a period
// (in Dutch, naming the file and the field), a fact not checked for a year gives a warning and
// never a failure, an unknown id names the page and the known ids, the value reads with its unit
// in both languages, and the compare pages only pair facts of one series and one period.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/loader';
import { say } from '../../src/lib/content/messages';
import type { FactData } from '../../src/lib/content/schemas';
import { validateEntry } from '../../src/lib/content/validation';
import { compareCities, compareRows, periodOrder } from '../../src/lib/facts/compare';
import { factPeriod, factValue } from '../../src/lib/facts/format';
import { factById, type Fact } from '../../src/lib/facts/lookup';
import { aYearBefore, staleFacts, staleList } from '../../src/lib/facts/stale';
import { parseBuildDate } from '../../src/lib/time/zone';

const FILE = 'content/facts/koopprijs-x.yml';

/** A valid fact as a file holds it. */
const raw = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  value: 568161,
  unit: 'euro',
  measures: { nl: 'Gemiddelde verkoopprijs', en: 'Average sale price' },
  place: 'Amsterdam',
  period: '2023',
  series: 'cbs-koopprijs',
  source: 'https://www.cbs.nl/nl-nl/cijfers/detail/83625NED',
  publisher: 'CBS StatLine',
  evidence: 'Amsterdam | 2023 | 568.161 |',
  checked: '2026-12-02',
  ...over,
});

/** A fact as the site has it after the contract. */
function fact(id: string, over: Record<string, unknown> = {}): Fact {
  const result = validateEntry('facts', `content/facts/${id}.yml`, raw(over));
  if (!result.ok) throw new Error(result.message);
  return { id, data: result.data as FactData };
}

describe('the facts in content/facts/', () => {
  const dir = join(contentDir(), 'facts');
  const files = (() => {
    try {
      return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
    } catch {
      return [];
    }
  })();
  it.each(files)('%s keeps the contract', (name) => {
    const result = validateEntry('facts', join(dir, name), load(readFileSync(join(dir, name), 'utf8')));
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });
});

describe('the fact contract', () => {
  it('accepts a fact with a source, a period and its evidence', () => {
    expect(validateEntry('facts', FILE, raw()).ok).toBe(true);
  });

  it.each([
    ['source', 'Bron (source)'],
    ['period', 'Periode (period)'],
  ])('refuses a fact without %s, in Dutch, naming the file and the field', (field, label) => {
    const data = raw();
    delete data[field];
    const result = validateEntry('facts', FILE, data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(FILE);
      expect(result.message).toContain(`${label}: ${say('required')}`);
    }
  });

  it('refuses a source that is not an https:// address, and an empty period', () => {
    const result = validateEntry('facts', FILE, raw({ source: 'www.cbs.nl', period: ' ' }));
    expect(result.ok ? '' : result.message).toMatch(
      /Periode \(period\): [\s\S]*Bron \(source\): "www\.cbs\.nl"/,
    );
  });
});

describe('facts not checked for a year', () => {
  const now = parseBuildDate('2027-03-01');
  const facts = [
    { id: 'oud', file: 'content/facts/oud.yml', checked: parseBuildDate('2026-02-28') },
    { id: 'grens', file: 'content/facts/grens.yml', checked: parseBuildDate('2026-03-01') },
    { id: 'nieuw', file: 'content/facts/nieuw.yml', checked: parseBuildDate('2026-12-02') },
  ];

  it('are those checked before the same day a year earlier', () => {
    expect(aYearBefore(now)).toBe('2026-03-01');
    expect(aYearBefore(parseBuildDate('2028-02-29'))).toBe('2027-02-28');
    expect(staleList(facts, now).map((item) => item.id)).toEqual(['oud']);
  });

  it('give one warning that names each file and its date', () => {
    const warning = staleFacts(facts, now) ?? '';
    expect(warning.split('\n')[0]).toBe(say('factsStale', { aantal: 1 }));
    expect(warning).toContain(say('factStale', { bestand: 'content/facts/oud.yml', datum: '2026-02-28' }));
    expect(warning).not.toContain('grens.yml');
  });

  it('give no warning when every fact is recent', () => {
    expect(staleFacts(facts.slice(1), now)).toBeUndefined();
  });
});

describe('a fact by its id', () => {
  const facts = [fact('a'), fact('b')];
  it('is found', () => {
    expect(factById(facts, 'b', 'x.mdx').id).toBe('b');
  });
  it('fails with the page and the known ids when there is none', () => {
    expect(() => factById(facts, 'c', 'content/pages/nl/verhuizen.mdx')).toThrow(
      say('factUnknown', { bestand: 'content/pages/nl/verhuizen.mdx', id: 'c', ids: 'a, b' }),
    );
  });
});

describe('a fact as a page shows it', () => {
  // Intl puts a no-break space between the euro sign and the amount in Dutch.
  const value = (data: FactData, locale: 'nl' | 'en') => factValue(data, locale).replace(/\u00a0/g, ' ');
  it('reads its value with its unit in both languages', () => {
    expect(value(fact('a').data, 'nl')).toBe('€ 568.161');
    expect(value(fact('a').data, 'en')).toBe('€568,161');
    expect(value(fact('a', { value: 700, unit: 'euro-per-maand', approximate: true }).data, 'nl')).toBe(
      'ongeveer € 700 per maand',
    );
    expect(factValue(fact('a', { value: 5, unit: 'dagen' }).data, 'en')).toBe('5 days');
    expect(factValue(fact('a', { value: 27, unit: 'procent' }).data, 'nl')).toBe('27%');
    expect(factValue(fact('a', { value: '3:59', unit: 'uur-minuten' }).data, 'nl')).toBe('3:59 uur');
    expect(factValue(fact('a', { value: false, unit: 'ja-nee' }).data, 'en')).toBe('no');
  });
  it('gives its period in the page’s language', () => {
    const both = fact('a', { period: { nl: 'dienstregeling 2025', en: 'timetable 2025' } }).data;
    expect(factPeriod(both, 'en')).toBe('timetable 2025');
    expect(factPeriod(fact('a').data, 'en')).toBe('2023');
  });
});

describe('compare with your city', () => {
  const amsterdam = compareCities.find((city) => city.id === 'amsterdam')!;
  const price = (id: string, place: string, period: string) =>
    fact(id, { place, period, series: 'cbs-koopprijs' });

  it('has a page for each city the issue names, under its name in lower case with hyphens', () => {
    expect(compareCities.map((city) => city.id)).toEqual(
      expect.arrayContaining([
        'amsterdam',
        'rotterdam',
        'den-haag',
        'utrecht',
        'eindhoven',
        'groningen',
        'zwolle',
        'nijmegen',
        'arnhem',
        'amersfoort',
      ]),
    );
    for (const city of compareCities) expect(city.id).toBe(city.name.nl.toLowerCase().replace(/\s+/g, '-'));
  });

  it('pairs a figure only with one of the same series and period, nearest to Hengelo first', () => {
    const rows = compareRows(amsterdam, [
      price('ams-2023', 'Amsterdam', '2023'),
      price('ov-2023', 'Overijssel (provincie)', '2023'),
      price('hengelo-2020', 'Hengelo', '2020'),
      fact('twente-other-series', { place: 'Twente', period: '2023', series: 'cbs-andere-tabel' }),
    ]);
    const row = rows.find((item) => item.topic.id === 'housePrice');
    expect(row?.kind).toBe('pair');
    if (row?.kind === 'pair') expect([row.city.id, row.home.id]).toEqual(['ams-2023', 'ov-2023']);
  });

  it('prefers Hengelo itself when it shares the period', () => {
    const rows = compareRows(amsterdam, [
      price('ams-2023', 'Amsterdam', '2023'),
      price('ov-2023', 'Overijssel (provincie)', '2023'),
      price('hengelo-2023', 'Hengelo', '2023'),
    ]);
    const row = rows.find((item) => item.topic.id === 'housePrice');
    expect(row?.kind === 'pair' && row.home.id).toBe('hengelo-2023');
  });

  it('says there is no source rather than comparing different years', () => {
    const rows = compareRows(amsterdam, [
      price('ams-2023', 'Amsterdam', '2023'),
      price('hengelo-2020', 'Hengelo', '2020'),
    ]);
    expect(rows.find((item) => item.topic.id === 'housePrice')?.kind).toBe('none');
    expect(compareRows(amsterdam, []).every((item) => item.kind === 'none')).toBe(true);
  });

  it('lists the train connections of the city as sourced', () => {
    const train = fact('ic', {
      place: 'Amsterdam',
      series: 'trein-vanaf-hengelo',
      value: true,
      unit: 'ja-nee',
    });
    const elsewhere = fact('ic2', {
      place: 'Utrecht',
      series: 'trein-vanaf-hengelo',
      value: 2,
      unit: 'treinen-per-uur',
    });
    const row = compareRows(amsterdam, [train, elsewhere]).find((item) => item.topic.id === 'direct');
    expect(row?.kind === 'train' && row.facts.map((item) => item.id)).toEqual(['ic']);
  });

  it('orders periods by year, then quarter', () => {
    expect(periodOrder('Q2 2025')).toBeGreaterThan(periodOrder('Q1 2025'));
    expect(periodOrder('2025')).toBeGreaterThan(periodOrder('Q4 2025'));
    expect(periodOrder('2024')).toBeLessThan(periodOrder('Q1 2025'));
  });
});
