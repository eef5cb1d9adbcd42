/**
 * A target group (aanwezig talent, hunkertukker, nieuw talent). The title, summary and body speak
 * to the visitor on the group's own page; `aim`, `tie`, `subgroups` and `planText` are what the
 * plan says about the group, and are shown in "Over het programma" only.
 */
import { z } from 'astro/zod';
import { ages, moments, segments } from '../vocabulary';
import { say } from '../messages';
import { type ImageSchema, fields, text, oneOf, someOf, number, picture, pageFields } from './fields';

export const profileSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({
    ...pageFields(),
    segment: oneOf(segments).describe("The target group this page describes; must match the file name."),
    aim: text(40).describe("The plan's aim for this group: behouden (keep) or aantrekken (attract). Shown in Over het programma."),
    tie: text(120).describe("Tie with Twente, as the plan describes it. Shown in Over het programma."),
    ages: someOf(ages).describe("Age groups in this target group."),
    moments: someOf(moments).describe("Migration moments that matter for this group."),
    subgroups: z
      .array(
        fields({
          name: text(80).describe("Name, e.g. \"Studenten\"."),
          ages: someOf(ages).describe("Age groups of the sub-group."),
          description: text(600).describe("Who they are, from the plan."),
          question: text(300).describe("The question the plan asks about them."),
        }),
      )
      .min(1, { error: (issue) => say('listTooShort', { aantal: (issue.input as unknown[]).length, min: 1 }) }).describe("Sub-groups and the question the plan asks about each. Shown in Over het programma."),
    planText: z
      .array(text(900))
      .min(1, { error: (issue) => say('listTooShort', { aantal: (issue.input as unknown[]).length, min: 1 }) })
      .describe("What the plan says about the group, one paragraph each. Shown in Over het programma, not on the group's own page."),
    order: number({ int: true }).min(1).describe("Order on the site (1 first)."),
    hero: picture(image).describe("The image at the top of the page."),
  });
