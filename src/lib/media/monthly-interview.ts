/**
 * The monthly video interview (plan: "every month an inspiring video interview with a young
 * professional"): the archive grouped by month, and the build's reminder when the current month
 * has none yet. Pure functions; "now" is passed in.
 */
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
    return {
      status: 'scheduled',
      message: `Video of the month: the interview for ${month} is scheduled for ${planned[0]}; it appears on the site from that day.`,
    };
  }
  const drafts = thisMonth.filter((story) => story.draft).length;
  return {
    status: 'missing',
    message:
      `Reminder: no video interview is published for ${month} yet (the plan asks for one every month). ` +
      (drafts > 0
        ? `${drafts} draft${drafts === 1 ? ' is' : 's are'} waiting: set draft: false to publish.`
        : 'Add a story with format: video and a publishDate in this month (see docs/redactie.md).'),
  };
}
