/** A programme-line page (wonen, werken, leven, imago): ambition, results and budget from the plan. */
import { z } from 'astro/zod';
import { lines } from '../vocabulary';
import { say } from '../messages';
import { type ImageSchema, fields, text, oneOf, number, picture, pageFields, show } from './fields';

export const lineSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({
    ...pageFields(),
    line: oneOf(lines).describe("The programme line this page describes; must match the file name."),
    ambition: text(800).describe("The plan's ambition for 2050."),
    results: z.array(text(400)).default([]).describe("Desired results: what the programme contributes to."),
    stimulates: z.array(text(400)).min(1).describe("What the programme stimulates through cooperation."),
    activities: text(1600).describe("The activities the budget is for (plan, 6.2)."),
    budget: z.record(z.string().regex(/^\d{4}$/, { error: (issue) => say('notYear', { waarde: show(issue.input) }) }), number({ int: true }).min(0)).describe("Budget per year in euros (plan, 6.2)."),
    order: number({ int: true }).min(1).describe("Order on the site (1 first)."),
    hero: picture(image).describe("The image at the top of the page."),
  });
