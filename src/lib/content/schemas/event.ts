/** An event in the agenda: when, where, who organises it, and whether it comes back every year. */
import type { z } from 'astro/zod';
import { recurrenceProblem } from '../../agenda/recurrence';
import { fieldText } from '../labels';
import { say } from '../messages';
import { POSTAL_CODE } from '../patterns';
import { zonedDateTime } from '../../time/zone';
import { eventSeries, eventTypes } from '../vocabulary';
import { type ImageSchema, show, shared, fields, text, oneOf, choice, number, date, dateTime, link, party, publishableFields, flag, noFeaturedOffBrand, employerId } from './fields';

/** A local time in Hengelo as the CMS writes it: 11-03-2027 15:00. */
function localTime(instant: Date): string {
  const [day = '', time = ''] = zonedDateTime(instant).split('T');
  return `${day.split('-').reverse().join('-')} ${time.slice(0, 5)}`;
}

const STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

/** An event's fields that hold no image. */
const eventText = shared(() => ({
  type: oneOf(eventTypes).describe("Kind of event."),
  start: dateTime().describe("Start, local time in Hengelo: \"YYYY-MM-DDTHH:mm\" (in quotes)."),
  end: dateTime().describe("End, local time in Hengelo: \"YYYY-MM-DDTHH:mm\" (in quotes)."),
  venue: fields({
    name: text(120).describe("Name of the place, e.g. \"Metropool\"."),
    street: text(120).describe("Street and number."),
    postalCode: text().regex(POSTAL_CODE, { error: (issue) => say('notPostalCode', { waarde: show(issue.input) }) }).describe("Dutch postal code, e.g. 7551 AB."),
    city: text(80).describe("Town or city."),
  }).describe("Where it takes place."),
  organiser: party().describe("Who organises it."),
  employer: employerId().optional().describe("The employer that organises it, when it is one on the site: its file name in content/employers/ without .md (optional). The event is then shown on the employer's page."),
  registration: link().optional().describe("Where to sign up: https:// address or e-mail address (optional: no sign-up needed)."),
  price: number().min(0).default(0).describe("Price in euros; 0 is free."),
  status: choice(STATUSES, (id) => fieldText('events', 'status')?.options?.[id] ?? id)
    .default('scheduled').describe("scheduled, cancelled or postponed."),
  series: oneOf(eventSeries).optional().describe("A series the event belongs to, e.g. talenttop; it is listed on the series page (optional)."),
  recurrence: fields({
    rule: text(120).describe("When it comes back, as an iCalendar rule: FREQ=YEARLY;BYMONTH=11;BYDAY=3MO is the third Monday of November."),
    until: date().optional().describe("The last day it may come back (optional: it keeps coming back)."),
  }).optional().describe("Comes back every year (optional). start and end are the first time; each year gets its own page, with the year added to the file name and the title (twente-goes-techno-2026)."),
}));

export const eventSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  fields({ ...publishableFields(image), ...eventText() }).superRefine((data, ctx) => {
    noFeaturedOffBrand(data, ctx);
    if (data.end.getTime() < data.start.getTime()) {
      flag(ctx, ['end'], say('endBeforeStart', { einde: localTime(data.end), begin: localTime(data.start) }), data.end);
    }
    const recurring = recurrenceProblem(data);
    if (recurring) flag(ctx, recurring.field.split('.'), recurring.message, data.recurrence?.rule);
  });
