/**
 * `getImage` once per image and option set in a build. A card image appears on every listing,
 * facet page and related-entries block that shows its entry, and many entries share an image:
 * working out the same variants again for each of those costs more than rendering the card.
 */
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';
import { getImage } from 'astro:assets';
import { oncePerBuild } from '../site/once';

type Options = UnresolvedImageTransform & { src: ImageMetadata };

// Each image gets a number of its own: reading its fields for a key would tell Astro the original
// file is used outside the image pipeline, and the build would copy it to the site as well.
const numbers = new WeakMap<ImageMetadata, number>();
let next = 0;

export function cachedImage(options: Options): Promise<GetImageResult> {
  const { src, ...rest } = options;
  let number = numbers.get(src);
  if (number === undefined) {
    number = next++;
    numbers.set(src, number);
  }
  return oncePerBuild(`image:${number}:${JSON.stringify(rest)}`, () => getImage(options));
}
