/**
 * The JSON index of a listing (/verhalen/index.json): every item with what a card shows and its
 * facet ids, for `<talent-filter>` to filter the whole collection in the browser. Loaded on first
 * use of the filter, never with the page. Short keys: at 10,000 entries every byte counts ten
 * thousand times. Images are listed once and referenced by number, as many entries share them.
 */
import { cachedImage } from '../media/image-variants';
import type { ImageMetadata } from 'astro';
import type { Listing } from './facets';
import { listItems } from './listing';
import type { Locale } from '../content/vocabulary';

/** The widths of card images, as `EntryCard` uses them. */
const WIDTHS = [400, 640];

export async function listingIndex(listing: Listing, locale: Locale) {
  const items = await listItems(listing, locale);
  const images: { src: string; srcset: string }[] = [];
  const seen = new Map<ImageMetadata, number>();
  for (const item of items) {
    if (seen.has(item.image)) continue;
    const image = await cachedImage({ src: item.image, widths: WIDTHS, format: 'webp' });
    seen.set(item.image, images.length);
    images.push({ src: image.src, srcset: image.srcSet.attribute });
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
