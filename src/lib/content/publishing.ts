/**
 * Publishing rules. Only entries that are ON-brand, not draft, and whose publish date has come
 * are built: "only what is ON-brand goes in the shop window" (plan, 3.5). Pure functions of the
 * entry's data and `now`, so that tests can put the clock anywhere.
 */
import { zonedDate } from '../time/zone';

/** What the rules need to know about an entry. */
export interface Publishable {
  brand: string;
  draft: boolean;
  publishDate: Date;
}

export type HoldReason = 'draft' | 'off-brand' | 'scheduled';

export type PublishStatus = { published: true } | { published: false; reason: HoldReason; detail: string };

/** Whether an entry may be published at `now`, and if not, why. */
export function publishStatus(entry: Publishable, now: Date): PublishStatus {
  if (entry.draft) return { published: false, reason: 'draft', detail: 'draft: true' };
  if (entry.brand !== 'on') {
    return {
      published: false,
      reason: 'off-brand',
      detail: 'brand: off (only ON-brand content is published)',
    };
  }
  if (entry.publishDate.getTime() > now.getTime()) {
    return {
      published: false,
      reason: 'scheduled',
      detail: `publishDate ${zonedDate(entry.publishDate)} has not come yet`,
    };
  }
  return { published: true };
}

/** Whether a collection's entries go through the publishing rules. */
export function isPublishable(data: unknown): data is Publishable {
  return (
    typeof data === 'object' &&
    data !== null &&
    'brand' in data &&
    'draft' in data &&
    'publishDate' in data &&
    (data as Publishable).publishDate instanceof Date
  );
}

/** A held-back entry as the build summary shows it. */
export interface HeldBack {
  file: string;
  reason: HoldReason;
  detail: string;
}

/** The build summary of what was held back and why, one line per file. */
export function heldBackSummary(collection: string, held: HeldBack[], total: number): string {
  if (held.length === 0) return `${collection}: all ${total} entries published`;
  const lines = held.map((entry) => `  - ${entry.file}: ${entry.detail}`);
  return `${collection}: ${total - held.length} of ${total} published, held back:\n${lines.join('\n')}`;
}
