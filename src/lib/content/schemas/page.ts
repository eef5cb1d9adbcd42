/**
 * A fixed text page: the accessibility and privacy statements, the two guides for people who
 * (come back to) live in Hengelo, and the contact page. Each has its own address
 * (`textPageSections` in `src/lib/routing/routes.ts`).
 */
import { fields, choice, date, pageFields } from './fields';
import { textPages } from '../../routing/text-pages';

export const pageSchema = () =>
  fields({
    ...pageFields(),
    page: choice(textPages).describe("Which page this is; the same id in both languages."),
    updated: date().describe("When the text was last checked."),
  });
