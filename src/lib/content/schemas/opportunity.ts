/** An opportunity: an internship, graduation assignment, traineeship, job or work-study place. */
import { z } from 'astro/zod';
import { levels, opportunityTypes, sectors } from '../vocabulary';
import { type ImageSchema, show, shared, fields, text, oneOf, someOf, date, link, party, publishableFields, flag, noFeaturedOffBrand } from './fields';

/** An opportunity's fields that hold no image. */
const opportunityText = shared(() => ({
  type: oneOf(opportunityTypes, 'opportunity type').describe("Kind of opportunity."),
  sector: oneOf(sectors, 'sector').describe("Sector of work."),
  levels: someOf(levels, 'education level').describe("Education levels it is open to."),
  employer: party().describe("The employer or organisation offering it."),
  location: text(80).describe("Where the work is done, e.g. \"Hengelo\"."),
  hours: text(80).describe("Hours, as shown, e.g. \"32-40 uur per week\"."),
  compensation: text(120).describe("Pay, as shown, e.g. \"€ 600 per maand\". The plan asks for market-rate internship pay."),
  salary: fields({
    min: z.number({ error: 'must be a number of euros' }).positive({ error: 'must be more than 0' }).describe("Lowest gross amount in euros."),
    max: z
      .number({ error: 'must be a number of euros' })
      .positive({ error: 'must be more than 0' })
      .optional().describe("Highest gross amount in euros (optional: one amount)."),
    unit: z.enum(['HOUR', 'MONTH', 'YEAR'], {
      error: (issue) => `${show(issue.input)} is not a pay period. Allowed: HOUR, MONTH, YEAR`,
    }).describe("Per HOUR, MONTH or YEAR."),
  }).optional().describe("The pay in numbers, for search engines (optional; leave out when there is no amount)."),
  startDate: date().optional().describe("First day (optional: by arrangement)."),
  deadline: date().describe("Last day to apply; after this day it closes."),
  apply: link().describe("How to apply: https:// address or e-mail address."),
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
