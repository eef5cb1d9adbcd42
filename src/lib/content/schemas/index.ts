/**
 * The content contract with editors: one Zod schema per collection, one file each, built from the
 * field types in `./fields.ts`. Every field says what it means (`.describe()`); every error says
 * what is allowed, so that a build error can be fixed without a developer.
 *
 * Schemas are factories over `image`, the image schema Astro passes in `src/content.config.ts`;
 * `validateEntry` (in `../validation.ts`) runs the same schemas with a plain string in its place.
 */
import type { z } from 'astro/zod';
import { employerSchema } from './employer';
import { eventSchema } from './event';
import { factSchema } from './fact';
import { lineSchema } from './line';
import { opportunitySchema } from './opportunity';
import { pageSchema } from './page';
import { profileSchema } from './profile';
import { programmeSchema } from './programme';
import { storySchema } from './story';

export { isHttpsUrl, linkHref, show, type ImageSchema } from './fields';
export { employerSchema, eventSchema, factSchema, lineSchema, opportunitySchema, pageSchema, profileSchema, programmeSchema, storySchema };

/** Every collection with the schema that checks it. */
export const schemas = {
  stories: storySchema,
  events: eventSchema,
  opportunities: opportunitySchema,
  employers: employerSchema,
  profiles: profileSchema,
  lines: lineSchema,
  programme: programmeSchema,
  pages: pageSchema,
  facts: factSchema,
} as const;
export type CollectionName = keyof typeof schemas;

export type StoryData = z.output<ReturnType<typeof storySchema>>;
export type EventData = z.output<ReturnType<typeof eventSchema>>;
export type EmployerData = z.output<ReturnType<typeof employerSchema>>;
export type OpportunityData = z.output<ReturnType<typeof opportunitySchema>>;
export type FactData = z.output<ReturnType<typeof factSchema>>;
export type PublishableData = StoryData | EventData | OpportunityData;
