/**
 * Dates on the editor's screen in Dutch order. Sveltia's own date field is the browser's
 * `<input type="date">`, which shows the date in the order of the browser's language settings
 * (MM/DD/YYYY in an English browser, whatever the page's language), and it has no option for a
 * display format. These two field types show and take a date as 18-03-2026 and a date and time as
 * 11-03-2027 15:00, and store what the schema reads: `2026-03-18` and `2027-03-11T15:00` (local
 * time in Hengelo). They reuse Sveltia's text field (`CMS.getFieldType('string')`), so they look
 * and behave like every other text field; the conversion happens on the way in and out.
 *
 * What the editor types is kept as typed until it is a whole date, so the CMS's check (the
 * field's `pattern`, on the stored value) says "Schrijf de datum als 18-03-2026" until it is one.
 *
 * Plain functions, shared by /admin/ (`registerDutchDateFields`) and the unit tests.
 */

/** A day, stored as the schema reads it: YYYY-MM-DD. */
export const DATE_FIELD = { widget: 'datum', stored: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
/** A local date and time in Hengelo, stored as YYYY-MM-DDTHH:mm. */
export const MOMENT_FIELD = { widget: 'tijdstip', stored: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' } as const;

const pad = (value: string | undefined) => (value ?? '').padStart(2, '0');

/** Whether year-month-day is a day that exists. */
function exists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 2026-03-18 as the editor sees it: 18-03-2026. Anything else is shown as it is. */
export function dayToScreen(stored: unknown): string {
  const text = typeof stored === 'string' ? stored : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : text;
}

/**
 * 18-03-2026 (also 18-3-2026, 18/3/2026 or 18.03.2026) as stored: 2026-03-18. Text that is not
 * yet a day that exists is kept as typed.
 */
export function dayFromScreen(typed: unknown): string {
  const text = typeof typed === 'string' ? typed : '';
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!match || !exists(Number(match[3]), Number(match[2]), Number(match[1]))) return text;
  return `${match[3]}-${pad(match[2])}-${pad(match[1])}`;
}

/** 2027-03-11T15:00 as the editor sees it: 11-03-2027 15:00. */
export function momentToScreen(stored: unknown): string {
  const text = typeof stored === 'string' ? stored : '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text);
  return match ? `${dayToScreen(match[1])} ${match[2]}` : text;
}

/** 11-03-2027 15:00 (or 11-3-2027 9:30, or 11-03-2027 15.00) as stored: 2027-03-11T15:00. */
export function momentFromScreen(typed: unknown): string {
  const text = typeof typed === 'string' ? typed : '';
  const match = /^\s*(\S+)\s+(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!match) return text;
  const day = dayFromScreen(match[1]);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (day === match[1] || hours > 23 || minutes > 59) return text;
  return `${day}T${pad(match[2])}:${match[3]}`;
}

/** The part of Sveltia's CMS object these fields need (so that this module does not import it). */
interface FieldTypes {
  getFieldType(name: string): { control?: unknown; preview?: unknown } | undefined;
  registerFieldType(name: string, control: unknown, preview?: unknown): void;
}

type Component = (props: Record<string, unknown>) => unknown;

/**
 * Registers the two field types. Sveltia's text field is a React function component; calling it
 * from ours (rather than rendering it as a child) keeps one component, so that the text box keeps
 * its focus and cursor while the value goes back and forth.
 */
export function registerDutchDateFields(cms: FieldTypes): void {
  const text = cms.getFieldType('string');
  const control = text?.control as Component | undefined;
  const preview = text?.preview as Component | undefined;
  if (!control || !preview) throw new Error('Sveltia CMS no longer offers its text field for reuse');
  for (const [field, toScreen, fromScreen] of [
    [DATE_FIELD.widget, dayToScreen, dayFromScreen],
    [MOMENT_FIELD.widget, momentToScreen, momentFromScreen],
  ] as const) {
    cms.registerFieldType(
      field,
      (props: Record<string, unknown>) =>
        control({
          ...props,
          value: toScreen(props.value),
          onChange: (value: unknown) => (props.onChange as (value: string) => void)(fromScreen(value)),
        }),
      (props: Record<string, unknown>) => preview({ ...props, value: toScreen(props.value) }),
    );
  }
}
