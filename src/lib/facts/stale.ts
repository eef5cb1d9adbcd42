/**
 * Facts that were last compared with their source more than 12 months before the build: the
 * build prints them as a warning (the content loader), so that someone checks them again. Never a
 * failure: an old check does not make a figure wrong, and the site must build on any day.
 */
import { say } from '../content/messages';
import { zonedDate } from '../time/zone';

export interface Checked {
  id: string;
  file: string;
  checked: Date;
}

/** The day 12 months before `now` in Hengelo, YYYY-MM-DD (29 February goes to 28 February). */
export function aYearBefore(now: Date): string {
  const [year = 0, month = 1, day = 1] = zonedDate(now).split('-').map(Number);
  const last = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The facts checked before the day a year before `now`, oldest first. */
export function staleList(facts: readonly Checked[], now: Date): Checked[] {
  const limit = aYearBefore(now);
  return facts
    .filter((fact) => zonedDate(fact.checked) < limit)
    .sort((a, b) => a.checked.getTime() - b.checked.getTime() || a.id.localeCompare(b.id));
}

/** The warning for facts not checked for a year, or undefined when every fact is recent. */
export function staleFacts(facts: readonly Checked[], now: Date): string | undefined {
  const stale = staleList(facts, now);
  if (stale.length === 0) return undefined;
  const lines = stale.map(
    (fact) => `  - ${say('factStale', { bestand: fact.file, datum: zonedDate(fact.checked) })}`,
  );
  return [say('factsStale', { aantal: stale.length }), ...lines].join('\n');
}
