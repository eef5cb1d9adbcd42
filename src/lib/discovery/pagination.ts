/** Long listings come in pages of a fixed size (no JavaScript needed to page through them). */

/** How many cards a listing page shows; the rest is on the next pages. */
export const PAGE_SIZE = 12;

/** How many pages a number of items fills (at least one, for the empty state). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
