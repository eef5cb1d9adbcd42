/** An opportunity: an internship, graduation assignment, traineeship, job or work-study place. */
import type { z } from 'astro/zod';
import { fieldText } from '../labels';
import { say } from '../messages';
import { zonedDate } from '../../time/zone';
import { levels, opportunityLanguages, opportunityTypes, sectors } from '../vocabulary';
import { type ImageSchema, shared, fields, text, oneOf, choice, someOf, number, date, link, publishableFields, flag, noFeaturedOffBrand, employerId } from './fields';

/** A day as the CMS shows it: 18-03-2026. */
function day(instant: Date): string {
  return zonedDate(instant).split('-').reverse().join('-');
}

/** An opportunity's fields that hold no image. */
const opportunityText = shared(() => ({
  type: oneOf(opportunityTypes).describe("Kind of opportunity."),
  sector: oneOf(sectors).describe("Sector of work."),
  levels: someOf(levels).describe("Education levels it is open to."),
  employer: employerId().describe("The employer offering it: the file name of its entry in content/employers/, without .md (e.g. bitwerf-twente)."),
  workingLanguage: oneOf(opportunityLanguages).describe("The language of the work: nl (Dutch), en (English) or both."),
  location: text(80).describe("Where the work is done, e.g. \"Hengelo\"."),
  hours: text(80).describe("Hours, as shown, e.g. \"32-40 uur per week\"."),
  compensation: text(120).describe("Pay, as shown, e.g. \"€ 600 per maand\". The plan asks for market-rate internship pay."),
  salary: fields({
    min: number().positive().describe("Lowest gross amount in euros."),
    max: number().positive().optional().describe("Highest gross amount in euros (optional: one amount)."),
    unit: choice(['HOUR', 'MONTH', 'YEAR'], (id) => fieldText('opportunities', 'salary.unit')?.options?.[id] ?? id).describe("Per HOUR, MONTH or YEAR."),
  }).optional().describe("The pay in numbers, for search engines (optional; leave out when there is no amount)."),
  startDate: date().optional().describe("First day (optional: by arrangement)."),
  deadline: date().describe("Last day to apply; after this day it closes."),
  apply: link().describe("How to apply: https:// address or e-mail address."),
}));

export const opportunitySchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({ ...publishableFields(image), ...opportunityText() }).superRefine((data, ctx) => {
    noFeaturedOffBrand(data, ctx);
    if (data.deadline.getTime() < data.publishDate.getTime()) {
      flag(ctx, ['deadline'], say('deadlineBeforePublish', { deadline: day(data.deadline), publicatie: day(data.publishDate) }), data.deadline);
    }
    if (data.salary?.max !== undefined && data.salary.max < data.salary.min) {
      flag(ctx, ['salary', 'max'], say('salaryMaxBelowMin', { max: data.salary.max, min: data.salary.min }), data.salary.max);
    }
  });
