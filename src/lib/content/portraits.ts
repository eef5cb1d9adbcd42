/**
 * One picture, one person: a story about someone has a hero image of its own, so no drawing or
 * photo stands for two different people. The Dutch and English file of a story (the same file
 * name) are one person and may share it.
 */
import { basename } from 'node:path';
import { say } from './messages';

export interface Portrait {
  /** The entry's file, as messages name it. */
  file: string;
  /** The image, as the entry refers to it. */
  image: string;
}

/** The messages for stories that share a hero image with a story about someone else. */
export function sharedPortraits(stories: readonly Portrait[]): string[] {
  const first = new Map<string, Portrait>();
  const problems: string[] = [];
  for (const story of [...stories].sort((a, b) => a.file.localeCompare(b.file))) {
    const earlier = first.get(story.image);
    if (!earlier) first.set(story.image, story);
    else if (basename(earlier.file) !== basename(story.file)) {
      problems.push(`${story.file}: ${say('samePortrait', { ander: earlier.file })}`);
    }
  }
  return problems;
}

/** How an entry's image reads in the content store, whatever form the image field took. */
export function imageKey(src: unknown): string | undefined {
  if (typeof src === 'string') return src.replace(/^__ASTRO_IMAGE_/, '').split('/').pop();
  if (src && typeof src === 'object' && 'src' in src) return imageKey((src as { src: unknown }).src);
  return undefined;
}
