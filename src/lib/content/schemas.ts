/**
 * The content contract with editors: one Zod schema per collection. Every field has a one-line
 * comment saying what it means; every error says what is allowed, so that a build error can be
 * fixed without a developer.
 *
 * Schemas are factories over `image`, the image schema Astro passes in `src/content.config.ts`;
 * `validateEntry` (in `./validate.ts`) runs the same schemas with a plain string in its place.
 */
import { z } from 'astro/zod';
import { recurrenceProblem } from '../agenda/recurrence';
import { CAPTIONS, EMAIL, ISO_DURATION, POSTAL_CODE } from './patterns';
import { TIME_ZONE, zonedTimeToUtc } from '../time/zone';
import { canonicalVideoUrl, LOCAL_VIDEO, videoUrlProblem } from '../media/video-embed';
import {
  ages,
  brands,
  eventSeries,
  eventTypes,
  levels,
  lines,
  locales,
  moments,
  opportunityTypes,
  sectors,
  segments,
  storyFormats,
  type Vocabulary,
} from './vocabulary';

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
function shared<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** A strict object: an unknown field (often a typo) is an error that lists the fields allowed. */
function fields<T extends z.core.$ZodLooseShape>(shape: T) {
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
function text(max?: number) {
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
function oneOf<Id extends string>(vocabulary: Vocabulary<Id>, what: string) {
  return z.enum(vocabulary.ids, {
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : `${show(issue.input)} is not a known ${what}`}. Allowed: ${vocabulary.ids.join(', ')}`,
  });
}

/** One or more ids of a vocabulary, without repeats. */
function someOf<Id extends string>(vocabulary: Vocabulary<Id>, what: string) {
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

/** A calendar date (YYYY-MM-DD), read as midnight in Hengelo. YAML may already give a Date. */
function date() {
  return z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined ? 'is required' : `must be a date (YYYY-MM-DD), got ${show(issue.input)}`,
    })
    .transform((value, ctx) => {
      const parsed =
        value instanceof Date
          ? value
          : DATE.test(value.trim())
            ? zonedTimeToUtc(`${value.trim()}T00:00`, TIME_ZONE)
            : new Date(Number.NaN);
      if (Number.isNaN(parsed.getTime())) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${show(value)} is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-03-11`,
        });
        return z.NEVER;
      }
      return parsed;
    });
}

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date and time. Local time in Hengelo ("2026-03-11T15:00") or with an explicit offset
 * ("2026-03-11T15:00+01:00"). YAML turns unquoted date-times into Dates itself: those count as
 * given (UTC when they carry no offset), which is why the CMS and `npm run new` write quotes.
 */
function dateTime() {
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
function httpsUrl() {
  return text().refine(isHttpsUrl, {
    error: (issue) =>
      `${show(issue.input)} is not a valid web address. Use a full https:// URL, e.g. https://www.hengelo.nl/`,
  });
}

/** A link to act on: an https:// web address or an e-mail address. */
function link() {
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
const altText = shared(() =>
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
function picture<I extends z.ZodType>(image: ImageSchema<I>) {
  return fields({
    /** The image file, relative to the entry, e.g. ../../images/maakstad.jpg. */
    src: image(),
    /** What the image shows, for people who cannot see it. Required (WCAG 1.1.1). */
    alt: altText(),
  });
}

/** A person or organisation with an optional website. */
function party() {
  return fields({
    /** Name, as shown. */
    name: text(120),
    /** Website, https://. */
    url: httpsUrl().optional(),
  });
}

/** Fields every page-like entry has. */
const pageFields = shared(() => ({
  /** The heading of the page (at most 90 characters). */
  title: text(90),
  /** One or two sentences for cards, search results and social media (at most 220 characters). */
  summary: text(220),
  /** Language of the entry: nl or en; must match the folder it is in. */
  lang: z.enum(locales, {
    error: (issue) => `${show(issue.input)} is not a site language. Allowed: ${locales.join(', ')}`,
  }),
}));

/** Fields every publishable entry (story, event, opportunity) has, but its image. */
const publishableText = shared(() => ({
  ...pageFields(),
  /** The day it may appear on the site; before that it is held back (scheduled). */
  publishDate: date(),
  /** Programme lines it belongs to. */
  lines: someOf(lines, 'programme line'),
  /** Age groups it is meant for. */
  ages: someOf(ages, 'age group'),
  /** Target groups it is meant for. */
  segments: someOf(segments, 'target group'),
  /** Migration moments it speaks to (optional). */
  moments: z.array(oneOf(moments, 'migration moment')).default([]),
  /** ON-brand entries go in the shop window; OFF-brand entries are never published. */
  brand: oneOf(brands, 'brand status'),
  /** A draft is never published. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  /** Featured on the home page and target-group pages. Only for ON-brand entries. */
  featured: z.boolean({ error: 'must be true or false' }).default(false),
}));

/** Fields every publishable entry (story, event, opportunity) has. */
function publishableFields<I extends z.ZodType>(image: ImageSchema<I>) {
  return {
    ...publishableText(),
    /** The large image at the top of the page and on cards. */
    hero: picture(image),
  };
}

/** Adds an issue on a field; used by the cross-field checks. */
function flag(ctx: z.core.$RefinementCtx, path: (string | number)[], message: string, input?: unknown) {
  ctx.addIssue({ code: 'custom', path, message, input });
}

function noFeaturedOffBrand(data: { brand: string; featured: boolean }, ctx: z.core.$RefinementCtx) {
  if (data.featured && data.brand === 'off') {
    flag(
      ctx,
      ['featured'],
      'an OFF-brand entry cannot be featured: only ON-brand content goes in the shop window',
      true,
    );
  }
}

/** A story's fields that hold no image. */
const storyText = shared(() => ({
  /** artikel, video (video interview) or terugkeer (return story). */
  format: oneOf(storyFormats, 'story format'),
  /** The person the story is about. */
  person: fields({
    /** Name, as shown. */
    name: text(80),
    /** Role or job, e.g. "Werktuigbouwkundige bij een maakbedrijf". */
    role: text(120),
    /** Age at the time of the story (optional). */
    age: z.number({ error: 'must be a number' }).int().min(4).max(99).optional(),
  }).optional(),
  /** A short quote from the person, shown large. */
  quote: text(240).optional(),
  /** For a return story: where the person lived and why they came back. */
  return: fields({
    /** Where they lived, e.g. "Amsterdam". */
    from: text(80),
    /** How long they were away, e.g. "8 jaar". */
    away: text(40),
    /** Why they came back, in one sentence. */
    why: text(240),
  }).optional(),
}));

/** The fields of a story's video that hold no image. */
const videoText = shared(() => ({
  /**
   * YouTube or Vimeo address, or a file in public/videos/ (e.g. /videos/interview.mp4). Read in
   * any form an editor pastes; pages get the canonical address (`../media/video-embed.ts`).
   */
  url: text()
    .refine((url) => canonicalVideoUrl(url) !== undefined, {
      error: (issue) => videoUrlProblem(String(issue.input)),
    })
    .transform((url) => canonicalVideoUrl(url) ?? url),
  /** Length as ISO 8601 duration, e.g. PT3M40S for 3 minutes 40 seconds. */
  duration: text().regex(ISO_DURATION, {
    error: 'must be a duration such as PT3M40S (3 minutes 40 seconds)',
  }),
  /** WebVTT captions for a local video, in public/videos/ (e.g. /videos/interview.nl.vtt). */
  captions: z.string().regex(CAPTIONS, { error: 'must be a .vtt file in /videos/' }).optional(),
  /** Full text of what is said, shown under the video (WCAG 1.2). */
  transcript: text().optional(),
}));

export const storySchema = <I extends z.ZodType>(image: ImageSchema<I>) => {
  const story = storyText();
  const video = videoText();
  return fields({
    ...publishableFields(image),
    format: story.format,
    person: story.person,
    quote: story.quote,
    /** The video of a video interview. */
    video: fields({
      url: video.url,
      duration: video.duration,
      /** Poster image shown before play, with alt text; the hero image when left out. */
      poster: picture(image).optional(),
      captions: video.captions,
      transcript: video.transcript,
    }).optional(),
    return: story.return,
  }).superRefine((data, ctx) => {
    noFeaturedOffBrand(data, ctx);
    if (data.format === 'video') {
      if (!data.video) flag(ctx, ['video'], 'a video story needs a video (url, duration, transcript)');
      else if (!data.video.transcript) {
        flag(
          ctx,
          ['video', 'transcript'],
          'a video story needs a transcript: the full text of what is said (WCAG 1.2)',
        );
      }
    }
    if (data.video && LOCAL_VIDEO.test(data.video.url) && !data.video.captions) {
      flag(
        ctx,
        ['video', 'captions'],
        'a video on this site needs a captions file: /videos/name.vtt (WCAG 1.2.2)',
      );
    }
    if (data.format === 'terugkeer' && !data.return) {
      flag(ctx, ['return'], 'a return story needs return: from, away and why');
    }
  });
};

/** An event's fields that hold no image. */
const eventText = shared(() => ({
  /** Kind of event. */
  type: oneOf(eventTypes, 'event type'),
  /** Start, local time in Hengelo: "YYYY-MM-DDTHH:mm" (in quotes). */
  start: dateTime(),
  /** End, local time in Hengelo: "YYYY-MM-DDTHH:mm" (in quotes). */
  end: dateTime(),
  /** Where it takes place. */
  venue: fields({
    /** Name of the place, e.g. "Metropool". */
    name: text(120),
    /** Street and number. */
    street: text(120),
    /** Dutch postal code, e.g. 7551 AB. */
    postalCode: text().regex(POSTAL_CODE, { error: 'must be a Dutch postal code such as 7551 AB' }),
    /** Town or city. */
    city: text(80),
  }),
  /** Who organises it. */
  organiser: party(),
  /** Where to sign up: https:// address or e-mail address (optional: no sign-up needed). */
  registration: link().optional(),
  /** Price in euros; 0 is free. */
  price: z.number({ error: 'must be a number of euros, 0 when free' }).min(0).default(0),
  /** scheduled, cancelled or postponed. */
  status: z
    .enum(['scheduled', 'cancelled', 'postponed'], {
      error: (issue) =>
        `${show(issue.input)} is not an event status. Allowed: scheduled, cancelled, postponed`,
    })
    .default('scheduled'),
  /** A series the event belongs to, e.g. talenttop; it is listed on the series page (optional). */
  series: oneOf(eventSeries, 'event series').optional(),
  /**
   * Comes back every year (optional). start and end are the first time; each year gets its own
   * page, with the year added to the file name and the title (twente-goes-techno-2026).
   */
  recurrence: fields({
    /** When it comes back, as an iCalendar rule: FREQ=YEARLY;BYMONTH=11;BYDAY=3MO is the third Monday of November. */
    rule: text(120),
    /** The last day it may come back (optional: it keeps coming back). */
    until: date().optional(),
  }).optional(),
}));

export const eventSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({ ...publishableFields(image), ...eventText() }).superRefine((data, ctx) => {
    noFeaturedOffBrand(data, ctx);
    if (data.end.getTime() < data.start.getTime()) {
      flag(
        ctx,
        ['end'],
        `the event ends (${data.end.toISOString()}) before it starts (${data.start.toISOString()})`,
        data.end,
      );
    }
    const recurring = recurrenceProblem(data);
    if (recurring) flag(ctx, recurring.field.split('.'), recurring.message, data.recurrence?.rule);
  });

/** An opportunity's fields that hold no image. */
const opportunityText = shared(() => ({
  /** Kind of opportunity. */
  type: oneOf(opportunityTypes, 'opportunity type'),
  /** Sector of work. */
  sector: oneOf(sectors, 'sector'),
  /** Education levels it is open to. */
  levels: someOf(levels, 'education level'),
  /** The employer or organisation offering it. */
  employer: party(),
  /** Where the work is done, e.g. "Hengelo". */
  location: text(80),
  /** Hours, as shown, e.g. "32-40 uur per week". */
  hours: text(80),
  /** Pay, as shown, e.g. "€ 600 per maand". The plan asks for market-rate internship pay. */
  compensation: text(120),
  /** The pay in numbers, for search engines (optional; leave out when there is no amount). */
  salary: fields({
    /** Lowest gross amount in euros. */
    min: z.number({ error: 'must be a number of euros' }).positive({ error: 'must be more than 0' }),
    /** Highest gross amount in euros (optional: one amount). */
    max: z
      .number({ error: 'must be a number of euros' })
      .positive({ error: 'must be more than 0' })
      .optional(),
    /** Per HOUR, MONTH or YEAR. */
    unit: z.enum(['HOUR', 'MONTH', 'YEAR'], {
      error: (issue) => `${show(issue.input)} is not a pay period. Allowed: HOUR, MONTH, YEAR`,
    }),
  }).optional(),
  /** First day (optional: by arrangement). */
  startDate: date().optional(),
  /** Last day to apply; after this day it closes. */
  deadline: date(),
  /** How to apply: https:// address or e-mail address. */
  apply: link(),
}));

export const opportunitySchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({ ...publishableFields(image), ...opportunityText() }).superRefine((data, ctx) => {
    noFeaturedOffBrand(data, ctx);
    if (data.deadline.getTime() < data.publishDate.getTime()) {
      flag(
        ctx,
        ['deadline'],
        'the deadline is before the publish date: the opportunity would never be open',
        data.deadline,
      );
    }
    if (data.salary?.max !== undefined && data.salary.max < data.salary.min) {
      flag(ctx, ['salary', 'max'], `is less than salary.min (${data.salary.min})`, data.salary.max);
    }
  });

export const profileSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({
    ...pageFields(),
    /** The target group this page describes; must match the file name. */
    segment: oneOf(segments, 'target group'),
    /** The plan's aim for this group: behouden (keep) or aantrekken (attract). */
    aim: text(40),
    /** Tie with Twente, as the plan describes it. */
    tie: text(120),
    /** Age groups in this target group. */
    ages: someOf(ages, 'age group'),
    /** Migration moments that matter for this group. */
    moments: someOf(moments, 'migration moment'),
    /** Sub-groups and the question the plan asks about each. */
    subgroups: z
      .array(
        fields({
          /** Name, e.g. "Studenten". */
          name: text(80),
          /** Age groups of the sub-group. */
          ages: someOf(ages, 'age group'),
          /** Who they are, from the plan. */
          description: text(600),
          /** The question the plan asks about them. */
          question: text(300),
        }),
      )
      .min(1, { error: 'needs at least one sub-group' }),
    /** Order on the site (1 first). */
    order: z.number().int().min(1),
    /** The image at the top of the page. */
    hero: picture(image),
  });

export const lineSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({
    ...pageFields(),
    /** The programme line this page describes; must match the file name. */
    line: oneOf(lines, 'programme line'),
    /** The plan's ambition for 2050. */
    ambition: text(800),
    /** Desired results: what the programme contributes to. */
    results: z.array(text(400)).default([]),
    /** What the programme stimulates through cooperation. */
    stimulates: z.array(text(400)).min(1),
    /** The activities the budget is for (plan, 6.2). */
    activities: text(1600),
    /** Budget per year in euros (plan, 6.2). */
    budget: z.record(z.string().regex(/^\d{4}$/, { error: 'must be a year' }), z.number().int().min(0)),
    /** Order on the site (1 first). */
    order: z.number().int().min(1),
    /** The image at the top of the page. */
    hero: picture(image),
  });

export const programmeSchema = () =>
  fields({
    ...pageFields(),
    /** The plan's vision in a few sentences. */
    vision: text(1200),
    /** The six TALENT criteria activities are tested against (plan, chapter 4). */
    criteria: z
      .array(
        fields({
          /** The letter of TALENT. */
          letter: z.enum(['T', 'A', 'L', 'E', 'N']),
          /** Short name. */
          name: text(60),
          /** The criterion, as the plan words it. */
          text: text(300),
        }),
      )
      .length(6, { error: 'TALENT has six criteria, one per letter' }),
    /** Budget for cooperation with talent and partners per year, in euros (plan, 6.2). */
    cooperationBudget: z.record(z.string().regex(/^\d{4}$/), z.number().int().min(0)),
    /** Partners the programme works with. */
    partners: z.array(fields({ name: text(80), role: text(300) })).min(1),
    /** The source document. */
    source: text(200),
  });

export const pageSchema = () =>
  fields({
    ...pageFields(),
    /** Which page this is; the same id in both languages. */
    page: z.enum(['toegankelijkheid', 'privacy']),
    /** When the text was last checked. */
    updated: date(),
  });

/** Every collection with the schema that checks it. */
export const schemas = {
  stories: storySchema,
  events: eventSchema,
  opportunities: opportunitySchema,
  profiles: profileSchema,
  lines: lineSchema,
  programme: programmeSchema,
  pages: pageSchema,
} as const;
export type CollectionName = keyof typeof schemas;

export type StoryData = z.output<ReturnType<typeof storySchema>>;
export type EventData = z.output<ReturnType<typeof eventSchema>>;
export type OpportunityData = z.output<ReturnType<typeof opportunitySchema>>;
export type PublishableData = StoryData | EventData | OpportunityData;
