/**
 * Social images: one 1200x630 JPEG per story, event and opportunity in each language, drawn at
 * build time (src/lib/media/social-image.ts) and cached by content hash between builds.
 */
import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { slugOf } from '../../lib/content/collections';
import { imageFile, ogImage } from '../../lib/media/social-image';
import { eventTypes, opportunityTypes, storyFormats } from '../../lib/content/vocabulary';

interface Props {
  title: string;
  kicker: string;
  hero: ImageMetadata;
}

export const getStaticPaths = (async () => {
  // `SOCIAL_IMAGES=off` skips drawing them, for benchmarks that measure something else.
  if (process.env.SOCIAL_IMAGES === 'off') return [];
  const stories = (await getCollection('stories')).map((entry) => ({
    section: 'stories',
    entry,
    kicker: storyFormats.label(entry.data.format, entry.data.lang),
  }));
  const events = (await getCollection('events')).map((entry) => ({
    section: 'events',
    entry,
    kicker: eventTypes.label(entry.data.type, entry.data.lang),
  }));
  const opportunities = (await getCollection('opportunities')).map((entry) => ({
    section: 'opportunities',
    entry,
    kicker: opportunityTypes.label(entry.data.type, entry.data.lang),
  }));
  return [...stories, ...events, ...opportunities].map(({ section, entry, kicker }) => ({
    params: { slug: `${entry.data.lang}/${section}/${slugOf(entry)}` },
    props: { title: entry.data.title, kicker, hero: entry.data.hero.src } satisfies Props,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const jpeg = await ogImage(
    { title: props.title, kicker: props.kicker, host: (site ?? new URL('https://talent.hengelo.nl')).host },
    imageFile(props.hero),
  );
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
