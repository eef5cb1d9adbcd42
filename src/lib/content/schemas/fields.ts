/**
 * The building blocks of the content contract: field types with the messages an editor reads
 * (text, vocabulary ids, dates, web addresses, images with alt text) and the fields that many
 * collections share. Every field says what it means with `.describe()`, where it is defined, so
 * that the contract can be read from the schemas themselves (the CMS configuration, the docs).
 */
import { z } from 'astro/zod';
import { EMAIL } from '../patterns';
import { TIME_ZONE, zonedDate, zonedTimeToUtc } from '../../time/zone';
import { ages, brands, lines, locales, moments, segments, type Vocabulary } from '../vocabulary';

/** Astro's `image()`, or a string schema where no image pipeline runs. */
export type ImageSchema<I extends z.ZodType = z.ZodType> = () => I;

/** A value as it appears in an error message. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? String(value);
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
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}. Allowed fields: ${Object.keys(shape).join(', ')}`
        : issue.input === undefined
          ? 'is required'
          : `must be a group of fields, got ${show(issue.input)}`,
  });
}

/** Required, non-empty text. */
export function text(max?: number) {
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'is required' : `must be text, got ${show(issue.input)}`,
    })
    .trim()
    .min(1, { error: 'must not be empty' });
  return max ? base.max(max, { error: `is too long: at most ${max} characters` }) : base;
}

/** One id of a vocabulary. */
export function oneOf<Id extends string>(vocabulary: Vocabulary<Id>, what: string) {
  return z.enum(vocabulary.ids, {
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : `${show(issue.input)} is not a known ${what}`}. Allowed: ${vocabulary.ids.join(', ')}`,
  });
}

/** One or more ids of a vocabulary, without repeats. */
export function someOf<Id extends string>(vocabulary: Vocabulary<Id>, what: string) {
  return z
    .array(oneOf(vocabulary, what), {
      error: (issue) =>
        issue.input === undefined
          ? `is required: a list of ${what}s. Allowed: ${vocabulary.ids.join(', ')}`
          : `must be a list of ${what}s, got ${show(issue.input)}. Allowed: ${vocabulary.ids.join(', ')}`,
    })
    .min(1, { error: `needs at least one ${what}. Allowed: ${vocabulary.ids.join(', ')}` })
    .refine((ids) => new Set(ids).size === ids.length, { error: `lists a ${what} twice` });
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
        issue.input === undefined ? 'is required' : `must be a date (YYYY-MM-DD), got ${show(issue.input)}`,
    })
    .transform((value, ctx) => {
      const day = calendarDay(value);
      if (!day) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${show(value)} is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-03-11`,
        });
        return z.NEVER;
      }
      return zonedTimeToUtc(`${day}T00:00`, TIME_ZONE);
    });
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
        issue.input === undefined
          ? 'is required'
          : `must be a date and time such as "2026-03-11T15:00", got ${show(issue.input)}`,
    })
    .transform((value, ctx) => {
      let parsed: Date;
      if (value instanceof Date) parsed = value;
      else if (OFFSET.test(value.trim())) parsed = new Date(value.trim());
      else parsed = zonedTimeToUtc(value, TIME_ZONE);
      if (Number.isNaN(parsed.getTime())) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${show(value)} is not a valid date and time. Write local time in Hengelo as "YYYY-MM-DDTHH:mm", e.g. "2026-03-11T15:00"`,
        });
        return z.NEVER;
      }
      return parsed;
    });
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

/** An https:// web address. */
export function httpsUrl() {
  return text().refine(isHttpsUrl, {
    error: (issue) =>
      `${show(issue.input)} is not a valid web address. Use a full https:// URL, e.g. https://www.hengelo.nl/`,
  });
}

/** A link to act on: an https:// web address or an e-mail address. */
export function link() {
  return text().refine((value) => isHttpsUrl(value) || EMAIL.test(value), {
    error: (issue) =>
      `${show(issue.input)} is neither a web address nor an e-mail address. Use a full https:// URL or an address such as talent@hengelo.nl`,
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
        issue.input === undefined
          ? 'alt text is required: describe what the image shows for people who cannot see it'
          : `must be text, got ${show(issue.input)}`,
    })
    .trim()
    .min(1, { error: 'alt text is required: describe what the image shows for people who cannot see it' })
    .max(200, { error: 'alt text is too long: at most 200 characters; put more in the body text' }),
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

/** Fields every page-like entry has. */
export const pageFields = shared(() => ({
  title: text(90).describe("The heading of the page (at most 90 characters)."),
  summary: text(220).describe("One or two sentences for cards, search results and social media (at most 220 characters)."),
  lang: z.enum(locales, {
    error: (issue) => `${show(issue.input)} is not a site language. Allowed: ${locales.join(', ')}`,
  }).describe("Language of the entry: nl or en; must match the folder it is in."),
}));

/** Fields every publishable entry (story, event, opportunity) has, but its image. */
export const publishableText = shared(() => ({
  ...pageFields(),
  publishDate: date().describe("The day it may appear on the site; before that it is held back (scheduled)."),
  lines: someOf(lines, 'programme line').describe("Programme lines it belongs to."),
  ages: someOf(ages, 'age group').describe("Age groups it is meant for."),
  segments: someOf(segments, 'target group').describe("Target groups it is meant for."),
  moments: z.array(oneOf(moments, 'migration moment')).default([]).describe("Migration moments it speaks to (optional)."),
  brand: oneOf(brands, 'brand status').describe("ON-brand entries go in the shop window; OFF-brand entries are never published."),
  draft: z.boolean({ error: 'must be true or false' }).default(false).describe("A draft is never published."),
  featured: z.boolean({ error: 'must be true or false' }).default(false).describe("Featured on the home page and target-group pages. Only for ON-brand entries."),
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
  if (data.featured && data.brand === 'off') {
    flag(
      ctx,
      ['featured'],
      'an OFF-brand entry cannot be featured: only ON-brand content goes in the shop window',
      true,
    );
  }
}
