// The editor's screen in Dutch: dates shown and typed as 18-03-2026 and stored as the schema reads
// them (src/lib/cms/fields.ts); today's date for a new entry in Hengelo and the routes the leave
// warning watches (src/lib/cms/runtime.ts); the CMS's own buttons in Dutch
// (src/integrations/cms-locale.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MISSING_DUTCH, withMissingDutch } from '../../src/integrations/cms-locale';
import {
  dayFromScreen,
  dayToScreen,
  momentFromScreen,
  momentToScreen,
  registerDutchDateFields,
} from '../../src/lib/cms/fields';
import { isEditorRoute, todayInHengelo } from '../../src/lib/cms/runtime';

describe('a date on the screen', () => {
  it.each([
    ['2026-03-18', '18-03-2026'],
    ['2027-12-01', '01-12-2027'],
    ['', ''],
    ['18-03', '18-03'],
  ])('stored %j is shown as %j', (stored, shown) => {
    expect(dayToScreen(stored)).toBe(shown);
  });

  it.each([
    ['18-03-2026', '2026-03-18'],
    ['8-3-2026', '2026-03-08'],
    ['18/03/2026', '2026-03-18'],
    [' 18.03.2026 ', '2026-03-18'],
    ['31-02-2026', '31-02-2026'],
    ['18-03-26', '18-03-26'],
    ['2026-03-18', '2026-03-18'],
  ])('typed %j is stored as %j', (typed, stored) => {
    expect(dayFromScreen(typed)).toBe(stored);
  });

  it('goes back and forth without change', () => {
    for (const day of ['2026-01-01', '2028-02-29', '2026-12-31'])
      expect(dayFromScreen(dayToScreen(day))).toBe(day);
  });
});

describe('a date and time on the screen', () => {
  it.each([
    ['11-03-2027 15:00', '2027-03-11T15:00'],
    ['11-3-2027 9.30', '2027-03-11T09:30'],
    ['11-03-2027 24:00', '11-03-2027 24:00'],
    ['11-03-2027', '11-03-2027'],
  ])('typed %j is stored as %j', (typed, stored) => {
    expect(momentFromScreen(typed)).toBe(stored);
  });

  it('is shown in Dutch order', () => {
    expect(momentToScreen('2027-03-11T15:00')).toBe('11-03-2027 15:00');
    expect(momentFromScreen(momentToScreen('2027-03-11T15:00'))).toBe('2027-03-11T15:00');
  });
});

describe('registerDutchDateFields', () => {
  it('wraps Sveltia’s text field: the screen sees Dutch order, the file gets the stored form', () => {
    const seen: unknown[] = [];
    const registered = new Map<string, [(props: Record<string, unknown>) => unknown, unknown]>();
    registerDutchDateFields({
      getFieldType: () => ({
        control: (props: Record<string, unknown>) => seen.push(props),
        preview: () => null,
      }),
      registerFieldType: (name, control, preview) =>
        registered.set(name, [control as (props: Record<string, unknown>) => unknown, preview]),
    });
    expect([...registered.keys()]).toEqual(['datum', 'tijdstip']);
    const stored: string[] = [];
    registered.get('datum')?.[0]({ value: '2026-03-18', onChange: (value: string) => stored.push(value) });
    const props = seen[0] as { value: string; onChange: (value: string) => void };
    expect(props.value).toBe('18-03-2026');
    props.onChange('19-03-2026');
    expect(stored).toEqual(['2026-03-19']);
  });

  it('says so when Sveltia no longer offers its text field', () => {
    expect(() =>
      registerDutchDateFields({ getFieldType: () => undefined, registerFieldType: () => undefined }),
    ).toThrow(/text field/);
  });
});

describe('the CMS when it opens', () => {
  it('takes today in Hengelo, not in UTC', () => {
    expect(todayInHengelo(new Date('2026-03-17T23:30:00Z'))).toBe('2026-03-18');
    expect(todayInHengelo(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInHengelo(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('watches the entry editor, and not the lists', () => {
    expect(isEditorRoute('#/collections/stories/new')).toBe(true);
    expect(isEditorRoute('#/collections/stories/entries/anouk')).toBe(true);
    expect(isEditorRoute('#/collections/stories')).toBe(false);
    expect(isEditorRoute('#/assets')).toBe(false);
  });
});

describe('the CMS’s own words in Dutch', () => {
  const read = (name: string) =>
    JSON.parse(readFileSync(`node_modules/@sveltia/cms/locales/${name}.json`, 'utf8')) as Record<
      string,
      unknown
    >;
  const flat = (strings: Record<string, unknown>, prefix = ''): Record<string, string> =>
    Object.fromEntries(
      Object.entries(strings).flatMap(([key, value]) =>
        value && typeof value === 'object'
          ? Object.entries(flat(value as Record<string, unknown>, `${prefix}${key}.`))
          : [[`${prefix}${key}`, String(value)]],
      ),
    );
  const english = flat(read('en-US'));
  const dutch = flat(JSON.parse(withMissingDutch(JSON.stringify(read('nl')))) as Record<string, unknown>);

  it('has every string an editor can meet (configuration errors are for the developer)', () => {
    const missing = Object.keys(english).filter((key) => !key.startsWith('config.') && !(key in dutch));
    expect(missing).toEqual([]);
    expect(dutch.show_errors).toBe('Fouten tonen');
    expect(dutch.replace_image).toBe('Afbeelding vervangen');
  });

  it('keeps Sveltia’s own Dutch where it has it', () => {
    const own = flat(read('nl'));
    for (const [key, value] of Object.entries(own)) expect(dutch[key], key).toBe(value);
    expect(Object.keys(MISSING_DUTCH).filter((key) => key in own)).toEqual([]);
  });

  it('keeps the placeholders of each English string', () => {
    for (const [key, value] of Object.entries(MISSING_DUTCH)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\$(\w+)/g)].map((m) => m[1]).sort();
      expect(placeholders(value), key).toEqual(placeholders(english[key] ?? ''));
    }
  });
});
