/**
 * A closed opportunity keeps its page (links to it keep working) but leaves every list, feed,
 * sitemap and search index; its page points to similar ones that are still open. Which are open
 * is the rule of `../schedule`.
 */
import { isClosed } from '../schedule';
import { topScored } from '../discovery/taxonomy';

interface Timed {
  data: { deadline: Date };
}

/**
 * Open opportunities like this one: the same sector counts most, then the same type; at least one
 * of the two must match. Among equals, the nearest deadline first. The entry itself is left out.
 */
export function similarOpen<T extends Timed & { id: string; data: { sector: string; type: string } }>(
  entry: T,
  items: readonly T[],
  now: Date,
  limit = 3,
): T[] {
  const byDeadline = [...items].sort((a, b) => a.data.deadline.getTime() - b.data.deadline.getTime());
  return topScored(
    byDeadline,
    (other) => {
      const score =
        (other.data.sector === entry.data.sector ? 2 : 0) + (other.data.type === entry.data.type ? 1 : 0);
      return score === 0 || other.id === entry.id || isClosed(other.data.deadline, now) ? 0 : score;
    },
    limit,
    3,
  );
}
