/** An event in the agenda: when, where, who organises it, and whether it comes back every year. */
import { z } from 'astro/zod';
import { recurrenceProblem } from '../../agenda/recurrence';
import { POSTAL_CODE } from '../patterns';
import { eventSeries, eventTypes } from '../vocabulary';
import { type ImageSchema, show, shared, fields, text, oneOf, date, dateTime, link, party, publishableFields, flag, noFeaturedOffBrand } from './fields';

/** An event's fields that hold no image. */
const eventText = shared(() => ({
  type: oneOf(eventTypes, 'event type').describe("Kind of event."),
  start: dateTime().describe("Start, local time in Hengelo: \"YYYY-MM-DDTHH:mm\" (in quotes)."),
  end: dateTime().describe("End, local time in Hengelo: \"YYYY-MM-DDTHH:mm\" (in quotes)."),
  venue: fields({
    name: text(120).describe("Name of the place, e.g. \"Metropool\"."),
    street: text(120).describe("Street and number."),
    postalCode: text().regex(POSTAL_CODE, { error: 'must be a Dutch postal code such as 7551 AB' }).describe("Dutch postal code, e.g. 7551 AB."),
    city: text(80).describe("Town or city."),
  }).describe("Where it takes place."),
  organiser: party().describe("Who organises it."),
  registration: link().optional().describe("Where to sign up: https:// address or e-mail address (optional: no sign-up needed)."),
  price: z.number({ error: 'must be a number of euros, 0 when free' }).min(0).default(0).describe("Price in euros; 0 is free."),
  status: z
    .enum(['scheduled', 'cancelled', 'postponed'], {
      error: (issue) =>
        `${show(issue.input)} is not an event status. Allowed: scheduled, cancelled, postponed`,
    })
    .default('scheduled').describe("scheduled, cancelled or postponed."),
  series: oneOf(eventSeries, 'event series').optional().describe("A series the event belongs to, e.g. talenttop; it is listed on the series page (optional)."),
  recurrence: fields({
    rule: text(120).describe("When it comes back, as an iCalendar rule: FREQ=YEARLY;BYMONTH=11;BYDAY=3MO is the third Monday of November."),
    until: date().optional().describe("The last day it may come back (optional: it keeps coming back)."),
  }).optional().describe("Comes back every year (optional). start and end are the first time; each year gets its own page, with the year added to the file name and the title (twente-goes-techno-2026)."),
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
