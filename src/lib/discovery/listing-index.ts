/**
 * The JSON index of a listing (/verhalen/index.json): every item with what a card shows and its
 * facet ids, for `<talent-filter>` to filter the whole collection in the browser. Loaded on first
 * use of the filter, never with the page. Short keys: at 10,000 entries every byte counts ten
 * thousand times. Images are listed once and referenced by number, as many entries share them.
 */
import { pictureData } from '../media/image-variants';
import type { ImageMetadata } from 'astro';
import { CARD_IMAGE, type PictureData } from './card-markup';
import type { Listing } from './facets';
import { listItems } from './listing';
import type { Locale } from '../content/vocabulary';

export async function listingIndex(listing: Listing, locale: Locale) {
  const items = await listItems(listing, locale);
  const images: PictureData[] = [];
  const seen = new Map<ImageMetadata, number>();
  for (const item of items) {
    if (seen.has(item.image)) continue;
    seen.set(item.image, images.length);
    images.push(await pictureData({ src: item.image, ...CARD_IMAGE }));
  }
  return {
    images,
    items: items.map((item) => ({
      u: item.href,
      t: item.title,
      s: item.summary,
      k: item.kicker,
      m: item.meta,
      i: seen.get(item.image) ?? -1,
      d: item.date,
      ...(item.deadline ? { dl: item.deadline } : {}),
      // The publish day, where it is not already the sort date `d` (a story's).
      ...(item.published !== item.date ? { p: item.published } : {}),
      ...(item.badge ? { b: item.badge } : {}),
      f: item.facets,
    })),
  };
}

/** An endpoint's GET for a listing's index. */
export function indexEndpoint(listing: Listing, locale: Locale) {
  return async () =>
    new Response(JSON.stringify(await listingIndex(listing, locale)), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
}
