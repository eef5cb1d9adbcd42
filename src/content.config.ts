import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/loader';
import {
  employerSchema,
  eventSchema,
  factSchema,
  lineSchema,
  opportunitySchema,
  pageSchema,
  profileSchema,
  programmeSchema,
  storySchema,
} from './lib/content/schemas';

// Each collection reads content/<name>/{nl,en}/*.md(x). The schemas, with a doc comment per
// field, live in src/lib/content/schemas.ts: they are the contract with editors.
export const collections = {
  stories: defineCollection({ loader: contentLoader('stories'), schema: ({ image }) => storySchema(image) }),
  events: defineCollection({ loader: contentLoader('events'), schema: ({ image }) => eventSchema(image) }),
  opportunities: defineCollection({
    loader: contentLoader('opportunities'),
    schema: ({ image }) => opportunitySchema(image),
  }),
  employers: defineCollection({
    loader: contentLoader('employers'),
    schema: ({ image }) => employerSchema(image),
  }),
  profiles: defineCollection({
    loader: contentLoader('profiles'),
    schema: ({ image }) => profileSchema(image),
  }),
  lines: defineCollection({ loader: contentLoader('lines'), schema: ({ image }) => lineSchema(image) }),
  programme: defineCollection({ loader: contentLoader('programme'), schema: programmeSchema }),
  pages: defineCollection({ loader: contentLoader('pages'), schema: pageSchema }),
  // Sourced figures: one YAML file per fact, in no language folder (src/lib/facts/).
  facts: defineCollection({ loader: contentLoader('facts'), schema: factSchema }),
};
