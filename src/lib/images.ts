/**
 * `getImage` once per image and option set in a build. A card image appears on every listing,
 * facet page and related-entries block that shows its entry, and many entries share an image:
 * working out the same variants again for each of those costs more than rendering the card. The
 * dev server asks afresh each time, so an edited image shows at once.
 */
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';
import { getImage } from 'astro:assets';

type Options = UnresolvedImageTransform & { src: ImageMetadata };

// Keyed by the image object itself: reading its fields here would tell Astro the original file
// is used outside the image pipeline, and the build would copy it to the site as well.
const made = new WeakMap<ImageMetadata, Map<string, Promise<GetImageResult>>>();

export function cachedImage(options: Options): Promise<GetImageResult> {
  if (!import.meta.env.PROD) return getImage(options);
  const { src, ...rest } = options;
  let variants = made.get(src);
  if (!variants) {
    variants = new Map();
    made.set(src, variants);
  }
  const key = JSON.stringify(rest);
  let image = variants.get(key);
  if (!image) {
    image = getImage(options);
    variants.set(key, image);
  }
  return image;
}
