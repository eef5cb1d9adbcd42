/**
 * The building blocks of the content contract: field types with the messages an editor reads
 * (text, vocabulary ids, dates, web addresses, images with alt text) and the fields that many
 * collections share. Every field says what it means with `.describe()`, where it is defined, so
 * that the contract can be read from the schemas themselves (the CMS configuration, the docs).
 */
import { z } from 'astro/zod';
import { say, shown } from '../messages';
import { EMAIL, HTTPS_URL } from '../patterns';
import { TIME_ZONE, zonedDate, zonedTimeToUtc } from '../../time/zone';
import { ages, brands, lines, locales, moments, segments, type Vocabulary } from '../vocabulary';

/** Astro's `image()`, or a string schema where no image pipeline runs. */
export type ImageSchema<I extends z.ZodType = z.ZodType> = () => I;

/** A value as it appears in an error message. */
export const show = shown;

/**
 * The choices of a vocabulary as a message lists them: the id an editor writes in a file, with the
 * Dutch label the CMS shows where it differs (`4-18 (4-18 jaar)`).
 */
export function choices(ids: readonly string[], label: (id: string) => string = (id) => id): string {
  return ids
    .map((id) => {
      const text = label(id);
      return text.toLowerCase() === id.toLowerCase() ? id : `${id} (${text})`;
    })
    .join(', ');
}

/**
 * Made on first use, then shared. Astro builds an entry's schema for every entry (its `image()`
 * knows the entry's folder), so the parts that do not hold an image are made once: a Zod schema
 * never changes after it is made, and making one costs more than checking an entry with it.
 */
export function shared<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** A strict object: an unknown field (often a typo) is an error that lists the fields allowed. */
export function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? say('unknownField', { veld: issue.keys.join('", "'), velden: Object.keys(shape).join(', ') })
        : issue.input === undefined
          ? say('required')
          : say('notGroup', { waarde: show(issue.input) }),
  });
}

/** Required, non-empty text. */
export function text(max?: number) {
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined ? say('required') : say('notText', { waarde: show(issue.input) }),
    })
    .trim()
    .min(1, { error: say('required') });
  return max
    ? base.max(max, {
        error: (issue) => say('tooLong', { lengte: String(issue.input).trim().length, max }),
      })
    : base;
}

/** The choices of a vocabulary, for a message. */
function vocabularyChoices<Id extends string>(vocabulary: Vocabulary<Id>): string {
  return choices(vocabulary.ids, (id) => vocabulary.planLabel(id as Id, 'nl'));
}

/** One of a fixed list of values; `labels` are the Dutch words the CMS shows for them. */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: (value: string) => string = (value) => value,
) {
  const keuzes = choices(values, labels);
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? say('choiceRequired', { keuzes })
        : say('unknownChoice', { waarde: show(issue.input), keuzes }),
  });
}

/** One id of a vocabulary. */
export function oneOf<Id extends string>(vocabulary: Vocabulary<Id>) {
  return choice(vocabulary.ids, (id) => vocabulary.planLabel(id as Id, 'nl'));
}

/** One or more ids of a vocabulary, without repeats. */
export function someOf<Id extends string>(vocabulary: Vocabulary<Id>) {
  const keuzes = vocabularyChoices(vocabulary);
  return z
    .array(oneOf(vocabulary), {
      error: (issue) =>
        issue.input === undefined
          ? say('listRequired', { keuzes })
          : say('notList', { waarde: show(issue.input), keuzes }),
    })
    .min(1, { error: say('listEmpty', { keuzes }) })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: (issue) => {
        const ids = issue.input as string[];
        return say('listTwice', { waarde: show(ids.find((id, i) => ids.indexOf(id) !== i)) });
      },
    });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The calendar day a date field means, YYYY-MM-DD, however its YAML writes it:
 * - `2026-12-15` unquoted: YAML (js-yaml, as Astro reads frontmatter) gives a Date at UTC midnight;
 *   the day is the one written, not the Hengelo day of that instant (UTC midnight is 01:00 there,
 *   so a build at 00:30 would hold the entry back a day, and in winter its JSON-LD said 01:00);
 * - `"2026-12-15"` quoted, as the CMS and `npm run new` write it: the day written;
 * - a date and time, `"2026-12-15T09:00"` (local time) or with an offset, or an unquoted one that
 *   YAML turned into a Date: the day in Hengelo of that moment (a CMS date picker in Hengelo that
 *   writes midnight as `2026-12-14T23:00:00.000Z` means 15 December).
 * Undefined for anything else.
 */
export function calendarDay(value: Date | string): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const utcMidnight =
      value.getUTCHours() === 0 &&
      value.getUTCMinutes() === 0 &&
      value.getUTCSeconds() === 0 &&
      value.getUTCMilliseconds() === 0;
    return utcMidnight ? value.toISOString().slice(0, 10) : zonedDate(value, TIME_ZONE);
  }
  const text = value.trim();
  if (DATE.test(text)) return validDay(text);
  const local = LOCAL_DATE_TIME.exec(text);
  if (local) return validDay(local[1] ?? '');
  if (OFFSET.test(text) && /^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? undefined : zonedDate(instant, TIME_ZONE);
  }
  return undefined;
}

/** A YYYY-MM-DD that names a real day (not 2026-02-30), or undefined. */
function validDay(day: string): string | undefined {
  return Number.isNaN(zonedTimeToUtc(`${day}T00:00`, TIME_ZONE).getTime()) ? undefined : day;
}

/**
 * A calendar date: the moment it begins in Hengelo (00:00 local time), however the YAML writes
 * it (see `calendarDay`): an entry dated 2026-12-15 is public from 00:00 on 15 December in Hengelo.
 */
export function date() {
  return z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined ? say('required') : say('notDate', { waarde: show(issue.input) }),
    })
    .transform((value, ctx) => {
      const day = calendarDay(value);
      if (!day) {
        ctx.issues.push({ code: 'custom', input: value, message: say('notDate', { waarde: show(value) }) });
        return z.NEVER;
      }
      return zonedTimeToUtc(`${day}T00:00`, TIME_ZONE);
    })
    .meta({ format: 'date' });
}


/**
 * A date and time. Local time in Hengelo ("2026-03-11T15:00") or with an explicit offset
 * ("2026-03-11T15:00+01:00"). YAML turns unquoted date-times into Dates itself: those count as
 * given (UTC when they carry no offset), which is why the CMS and `npm run new` write quotes.
 */
export function dateTime() {
  return z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined ? say('required') : say('notDateTime', { waarde: show(issue.input) }),
    })
    .transform((value, ctx) => {
      let parsed: Date;
      if (value instanceof Date) parsed = value;
      else if (OFFSET.test(value.trim())) parsed = new Date(value.trim());
      else parsed = zonedTimeToUtc(value, TIME_ZONE);
      if (Number.isNaN(parsed.getTime())) {
        ctx.issues.push({ code: 'custom', input: value, message: say('notDateTime', { waarde: show(value) }) });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ format: 'datetime' });
}

/** Whether a string is an https:// URL with a host. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Whether a string is an http:// or https:// URL with a host (a job feed may be plain http). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * An https:// web address. `pattern` (in the schema's metadata) is what the CMS checks while the
 * editor types, with the same message.
 */
export function httpsUrl() {
  return text()
    .refine(isHttpsUrl, { error: (issue) => say('notWebAddress', { waarde: show(issue.input) }) })
    .meta({ pattern: HTTPS_URL.source, message: say('notWebAddress', { waarde: 'Dit' }) });
}

/** A link to act on: an https:// web address or an e-mail address. */
export function link() {
  return text()
    .refine((value) => isHttpsUrl(value) || EMAIL.test(value), {
      error: (issue) => say('notLink', { waarde: show(issue.input) }),
    })
    .meta({
      // The CMS's pattern has no flags: the e-mail address's top-level domain in either case.
      pattern: `${HTTPS_URL.source}|${EMAIL.source.replace('[a-z]', '[A-Za-z]')}`,
      message: say('notLink', { waarde: 'Dit' }),
    });
}

/** The href of a link field: e-mail addresses become mailto: links. */
export function linkHref(value: string): string {
  return EMAIL.test(value) ? `mailto:${value}` : value;
}

/** What an image shows, for people who cannot see it. Required (WCAG 1.1.1). */
export const altText = shared(() =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? say('altRequired') : say('notText', { waarde: show(issue.input) }),
    })
    .trim()
    .min(1, { error: say('altRequired') })
    .max(200, { error: (issue) => say('altTooLong', { lengte: String(issue.input).trim().length }) }),
);

/** An image with its alternative text. */
export function picture<I extends z.ZodType>(image: ImageSchema<I>) {
  return fields({
    src: image().describe("The image file, relative to the entry, e.g. ../../images/maakstad.jpg."),
    alt: altText().describe("What the image shows, for people who cannot see it. Required (WCAG 1.1.1)."),
  });
}

/** A person or organisation with an optional website. */
export function party() {
  return fields({
    name: text(120).describe("Name, as shown."),
    url: httpsUrl().optional().describe("Website, https://."),
  });
}

/**
 * An employer named by id: the file name of its entry in content/employers/, without .md. The
 * schema sees text; whether an employer of that name exists is checked once all content is read
 * (`../employer-refs.ts`). The CMS shows a list of the employers to pick from.
 */
export function employerId() {
  return text(120).meta({ relation: 'employers' });
}

/** Fields every page-like entry has. */
export const pageFields = shared(() => ({
  title: text(90).describe("The heading of the page (at most 90 characters)."),
  summary: text(220).describe("One or two sentences for cards, search results and social media (at most 220 characters)."),
  lang: z.enum(locales, {
    error: (issue) => (issue.input === undefined ? say('required') : say('notLanguage', { waarde: show(issue.input) })),
  }).describe("Language of the entry: nl or en; must match the folder it is in."),
}));

/** On or off (true or false in a file). */
export function onOff() {
  return z.boolean({ error: (issue) => say('notBoolean', { waarde: show(issue.input) }) });
}
const flag_ = onOff;

/** A number; `int`: a whole number. Messages for the bounds come from the check's own `.min()`/`.max()`. */
export function number({ int = false }: { int?: boolean } = {}) {
  const base = z.number({
    error: (issue) => (issue.input === undefined ? say('required') : say('notNumber', { waarde: show(issue.input) })),
  });
  return int ? base.int({ error: (issue) => say('notWholeNumber', { waarde: show(issue.input) }) }) : base;
}

/** Fields every publishable entry (story, event, opportunity) has, but its image. */
export const publishableText = shared(() => ({
  ...pageFields(),
  publishDate: date().describe("The day it may appear on the site; before that it is held back (scheduled)."),
  lines: someOf(lines).describe("Programme lines it belongs to."),
  ages: someOf(ages).describe("Age groups it is meant for."),
  segments: someOf(segments).describe("Target groups it is meant for."),
  moments: z.array(oneOf(moments)).default([]).describe("Migration moments it speaks to (optional)."),
  brand: oneOf(brands).describe("ON-brand entries go in the shop window; OFF-brand entries are never published."),
  draft: flag_().default(false).describe("A draft is never published."),
  featured: flag_().default(false).describe("Featured on the home page and target-group pages. Only for ON-brand entries."),
}));

/** Fields every publishable entry (story, event, opportunity) has. */
export function publishableFields<I extends z.ZodType>(image: ImageSchema<I>) {
  return {
    ...publishableText(),
    hero: picture(image).describe("The large image at the top of the page and on cards."),
  };
}

/** Adds an issue on a field; used by the cross-field checks. */
export function flag(ctx: z.core.$RefinementCtx, path: (string | number)[], message: string, input?: unknown) {
  ctx.addIssue({ code: 'custom', path, message, input });
}

export function noFeaturedOffBrand(data: { brand: string; featured: boolean }, ctx: z.core.$RefinementCtx) {
  if (data.featured && data.brand === 'off') flag(ctx, ['featured'], say('featuredOffBrand'), true);
}
