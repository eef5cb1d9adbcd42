/**
 * Publishing rules. Only entries that are ON-brand, not draft, and whose publish date has come
 * are built: "only what is ON-brand goes in the shop window" (plan, 3.5). Pure functions of the
 * entry's data and `now`, so that tests can put the clock anywhere.
 */
import { say } from './messages';
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
  if (entry.draft) return { published: false, reason: 'draft', detail: say('heldDraft') };
  if (entry.brand !== 'on') return { published: false, reason: 'off-brand', detail: say('heldOffBrand') };
  if (entry.publishDate.getTime() > now.getTime()) {
    const datum = zonedDate(entry.publishDate).split('-').reverse().join('-');
    return { published: false, reason: 'scheduled', detail: say('heldScheduled', { datum }) };
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
  if (held.length === 0) return say('allPublished', { collectie: collection, aantal: total });
  const lines = held.map((entry) => `  - ${entry.file}: ${entry.detail}`);
  const head = say('somePublished', { collectie: collection, online: total - held.length, aantal: total });
  return `${head}\n${lines.join('\n')}`;
}
