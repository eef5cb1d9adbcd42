/**
 * `getImage` once per image and option set in a build. A card image appears on every listing,
 * facet page and related-entries block that shows its entry, and many entries share an image:
 * working out the same variants again for each of those costs more than rendering the card.
 */
import type { GetImageResult, ImageMetadata, ImageOutputFormat, UnresolvedImageTransform } from 'astro';
import { getImage, imageConfig } from 'astro:assets';
import type { PictureData } from '../discovery/card-markup';
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

export interface PictureOptions {
  src: ImageMetadata;
  widths: readonly number[];
  sizes: string;
  formats?: readonly ImageOutputFormat[];
  fallbackFormat?: ImageOutputFormat;
  loading?: 'eager' | 'lazy';
  fetchpriority?: 'high' | 'low' | 'auto';
}

/**
 * A responsive picture of a local image as plain values, as Astro's `<Picture>` writes it: one
 * source per format and a fallback `<img>` with width, height, srcset and the configured layout.
 * `Picture.astro` renders it; cards carry it in the listing's JSON index.
 */
export async function pictureData(options: PictureOptions): Promise<PictureData> {
  const { src, formats = ['avif', 'webp'], fallbackFormat = 'webp', widths, ...rest } = options;
  const transform = {
    ...rest,
    widths: [...widths],
    src,
    layout: imageConfig.layout ?? 'none',
    fit: imageConfig.objectFit ?? 'cover',
    position: imageConfig.objectPosition ?? 'center',
  };
  const sources = await Promise.all(formats.map((format) => cachedImage({ ...transform, format })));
  const fallback = await cachedImage({ ...transform, format: fallbackFormat });
  const img: Record<string, string | number> = { src: fallback.src };
  if (fallback.srcSet.values.length > 0) img.srcset = fallback.srcSet.attribute;
  for (const [name, value] of Object.entries(fallback.attributes)) {
    if (name !== 'alt' && name !== 'class' && (typeof value === 'string' || typeof value === 'number')) {
      img[name] = value;
    }
  }
  return {
    sources: sources.map((image) => ({
      type: `image/${image.options.format}`,
      srcset: image.srcSet.attribute,
    })),
    img,
  };
}
