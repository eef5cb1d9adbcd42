/**
 * The fixed text pages (content/pages/) and the section of the site each one is: one list, read
 * by the pages schema and by the routes. Plain data, so the schema can import it without the
 * rest of the routes.
 */
export const textPageSections = {
  toegankelijkheid: 'accessibility',
  privacy: 'privacy',
  terugkomen: 'comingBack',
  verhuizen: 'moving',
  contact: 'contact',
} as const;

export type TextPageId = keyof typeof textPageSections;

export const textPages = Object.keys(textPageSections) as [TextPageId, ...TextPageId[]];
