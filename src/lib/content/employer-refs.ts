/**
 * Opportunities name their employer by id (events and stories may too): the file name of an entry in content/employers/
 * without .md (`employer: bitwerf-twente`). This is the one check that every id names an employer
 * the site knows, for hand-made opportunities and for any made another way (an import), so a
 * typo fails the build with the file, the field and the ids that do exist.
 */
import { say, shown } from './messages';
import type { CollectionName } from './schemas';
import { fieldName, formatProblems } from './validation';

/** What the check needs to know about an opportunity. */
export interface EmployerRef {
  /** The entry's id (`nl/stage-grafisch-ontwerp`). */
  id: string;
  /** Where it comes from, as the message names it: the file, or a feed. */
  file: string;
  /** The employer id it names. */
  employer: string;
  /** The collection and field that name it, when not an opportunity's `employer`. */
  collection?: CollectionName;
  field?: string;
}

/** The messages for every opportunity that names an employer not in `known`; empty when all is well. */
export function employerRefProblems(entries: readonly EmployerRef[], known: Iterable<string>): string[] {
  const ids = new Set(known);
  const bekend = ids.size > 0 ? [...ids].sort().join(', ') : 'nog geen enkele';
  return entries
    .filter((entry) => !ids.has(entry.employer))
    .map((entry) =>
      formatProblems(entry.file, [
        { field: fieldName(entry.collection ?? 'opportunities', entry.field ?? 'employer'), message: say('unknownEmployer', { waarde: shown(entry.employer), bekend }) },
      ]),
    );
}

/** Thrown when an opportunity names an unknown employer; its message is meant for editors. */
export class EmployerRefError extends Error {
  override name = 'EmployerRefError';
}

/** Fails with every unknown employer id at once, or returns quietly. */
export function checkEmployerRefs(entries: readonly EmployerRef[], known: Iterable<string>): void {
  const problems = employerRefProblems(entries, known);
  if (problems.length > 0) throw new EmployerRefError(problems.join('\n'));
}
