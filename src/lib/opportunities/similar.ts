/**
 * A closed opportunity keeps its page (links to it keep working) but leaves every list, feed,
 * sitemap and search index; its page points to similar ones that are still open. Which are open
 * is the rule of `../schedule`.
 */
import { openOpportunities } from '../schedule';

interface Similar {
  id: string;
  data: { deadline: Date; sector: string; type: string };
}

/**
 * The open opportunities at `now`, nearest deadline first, grouped by sector and type: made once
 * for a build (`similarIndex`), so each page picks its similar ones from a few groups instead of
 * going through every opportunity.
 */
export interface SimilarIndex<T extends Similar> {
  /** Every open opportunity, nearest deadline first. */
  open: readonly T[];
  /** Open opportunities like `entry` (see `similarOpen`). */
  like(entry: T, limit?: number): T[];
}

function grouped<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function similarIndex<T extends Similar>(items: readonly T[], now: Date): SimilarIndex<T> {
  const open = openOpportunities(items, now);
  const both = grouped(open, (item) => `${item.data.sector}\u0000${item.data.type}`);
  const sector = grouped(open, (item) => item.data.sector);
  const type = grouped(open, (item) => item.data.type);
  return {
    open,
    like(entry, limit = 3) {
      const picked: T[] = [];
      /** In deadline order, skipping the entry itself and what `skip` says; stops at `limit`. */
      const take = (group: readonly T[] | undefined, skip: (item: T) => boolean) => {
        for (const item of group ?? []) {
          if (picked.length >= limit) return;
          if (item.id !== entry.id && !skip(item)) picked.push(item);
        }
      };
      const { sector: s, type: t } = entry.data;
      take(both.get(`${s}\u0000${t}`), () => false);
      take(sector.get(s), (item) => item.data.type === t);
      take(type.get(t), (item) => item.data.sector === s);
      return picked;
    },
  };
}

/**
 * Open opportunities like this one: the same sector counts most, then the same type; at least one
 * of the two must match. Among equals, the nearest deadline first. The entry itself is left out.
 */
export function similarOpen<T extends Similar>(entry: T, items: readonly T[], now: Date, limit = 3): T[] {
  return similarIndex(items, now).like(entry, limit);
}
