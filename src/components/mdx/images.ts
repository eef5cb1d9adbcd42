/**
 * Images editors pick for `<Figure>` and `<Video>` in an MDX body: files in content/images/ (in
 * the content folder the site is built from: `@content` is set in astro.config.mjs),
 * written as in frontmatter (`../../images/maakstad.jpg`) or by name (`maakstad.jpg`). Loaded
 * lazily, so only the images a page uses are processed.
 */
import type { ImageMetadata } from 'astro';

const images = import.meta.glob<{ default: ImageMetadata }>('@content/images/*.{jpg,jpeg,png,webp,avif}');

/** Every image file name editors can use. */
export const imageNames = Object.keys(images).map((path) => path.split('/').pop() ?? path);

/** The image behind a path as an editor writes it, or undefined when there is no such file. */
export async function contentImage(src: string): Promise<ImageMetadata | undefined> {
  const name = src.split('/').pop();
  const entry = Object.entries(images).find(([path]) => path.endsWith(`/${name}`));
  return entry ? (await entry[1]()).default : undefined;
}
