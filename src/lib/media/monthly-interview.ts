/**
 * The monthly video interview (plan: "every month an inspiring video interview with a young
 * professional"): the archive grouped by month, and the build's reminder when the current month
 * has none yet. Pure functions; "now" is passed in.
 */
import { say } from '../content/messages';
import { publishStatus, type Publishable } from '../content/publishing';
import { TIME_ZONE, zonedDate } from '../time/zone';

/** "2026-11": the month of an instant in Hengelo. */
export function monthOf(instant: Date): string {
  return zonedDate(instant, TIME_ZONE).slice(0, 7);
}

/** Entries grouped by the month of their publish date, in the order given (newest first stays so). */
export function groupByMonth<T extends { data: { publishDate: Date } }>(
  entries: readonly T[],
): { month: string; entries: T[] }[] {
  const groups: { month: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const month = monthOf(entry.data.publishDate);
    const group = groups.find((g) => g.month === month);
    if (group) group.entries.push(entry);
    else groups.push({ month, entries: [entry] });
  }
  return groups;
}

/** What the reminder needs to know about a story. */
export interface VideoCandidate extends Publishable {
  format: string;
  lang: string;
}

export type MonthlyVideo =
  { status: 'published' } | { status: 'scheduled'; message: string } | { status: 'missing'; message: string };

/**
 * Whether the current month (in Hengelo) has a published video interview. When it has not, the
 * build prints the message as a warning; it never fails the build.
 */
export function monthlyVideo(stories: readonly VideoCandidate[], now: Date): MonthlyVideo {
  const month = monthOf(now);
  const thisMonth = stories.filter(
    (story) => story.format === 'video' && story.brand === 'on' && monthOf(story.publishDate) === month,
  );
  if (thisMonth.some((story) => publishStatus(story, now).published)) return { status: 'published' };
  const planned = thisMonth
    .filter((story) => !story.draft)
    .map((story) => zonedDate(story.publishDate))
    .sort();
  if (planned.length > 0) {
    const datum = (planned[0] ?? '').split('-').reverse().join('-');
    return { status: 'scheduled', message: say('videoScheduled', { maand: month, datum }) };
  }
  const drafts = thisMonth.filter((story) => story.draft).length;
  return {
    status: 'missing',
    message:
      drafts > 0
        ? say('videoDraftsWaiting', {
            maand: month,
            wachten: drafts === 1 ? 'staat er 1' : `staan er ${drafts}`,
          })
        : say('videoMissingThisMonth', { maand: month }),
  };
}
