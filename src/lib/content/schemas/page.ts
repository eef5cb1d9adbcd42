/** A fixed text page: the accessibility statement and the privacy statement. */
import { fields, choice, date, pageFields } from './fields';

export const pageSchema = () =>
  fields({
    ...pageFields(),
    page: choice(['toegankelijkheid', 'privacy']).describe("Which page this is; the same id in both languages."),
    updated: date().describe("When the text was last checked."),
  });
