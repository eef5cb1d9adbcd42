/** An employer in Twente: what they make or do, where, in which language, and their vacancies. */
import { z } from 'astro/zod';
import { employerSizes, sectors, workingLanguages } from '../vocabulary';
import { say } from '../messages';
import {
  type ImageSchema,
  shared,
  fields,
  text,
  oneOf,
  someOf,
  date,
  httpsUrl,
  isWebUrl,
  altText,
  onOff,
  pageFields,
  publishableText,
  show,
} from './fields';

/** An employer's fields that hold no image. */
const employerText = shared(() => {
  const { summary, lang } = pageFields();
  const { brand, draft } = publishableText();
  return {
    name: text(120).describe("The employer's name, as shown."),
    summary: summary.describe("What they make or do, in one or two sentences (at most 220 characters)."),
    lang,
    publishDate: date().describe("The day the employer may appear on the site; before that it is held back (scheduled)."),
    brand,
    draft,
    sector: oneOf(sectors).describe("The sector they work in."),
    size: oneOf(employerSizes).describe("How many people work there, as a size band."),
    places: z
      .array(text(80), {
        error: (issue) => (issue.input === undefined ? say('required') : say('notTextList', { waarde: show(issue.input) })),
      })
      .min(1, { error: say('placesEmpty') })
      .describe("The places in Twente where they work, e.g. [Hengelo, Enschede]."),
    workingLanguages: someOf(workingLanguages).describe("The languages people work in there: nl, en or both."),
    hiresInternationally: onOff().describe("Whether they hire people from abroad (and help them move)."),
    website: httpsUrl().describe("Their website, https://."),
    imageAlt: altText().describe("What the image shows, for people who cannot see it. Required (WCAG 1.1.1)."),
    jobFeed: text()
      .refine(isWebUrl, { error: (issue) => say('notFeedAddress', { waarde: show(issue.input) }) })
      .optional()
      .describe("Where they publish their vacancies for machines (optional): an http(s) address of schema.org JobPosting JSON, a career page with JobPosting JSON-LD, or a sitemap of such pages. The build imports the vacancies from it."),
    hideVacancies: z
      .array(text(160))
      .optional()
      .describe("Imported vacancies that stay off the site (optional): their names as the build report gives them, e.g. bitwerf-twente--stage-3."),
  };
});

export const employerSchema = <I extends z.ZodType>(image: ImageSchema<I>) => {
  const { imageAlt, ...rest } = employerText();
  return fields({
    ...rest,
    image: image().describe("A logo or a picture of the workplace, relative to the entry, e.g. ../../images/maakstad.jpg."),
    imageAlt,
  });
};
