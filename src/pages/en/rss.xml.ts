import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories, slugOf } from '../../lib/content/collections';
import { storyFeed } from '../../lib/feeds/stories-rss';

export const GET: APIRoute = async ({ site }) => {
  const stories = await getStories('en');
  return rss(
    storyFeed(
      stories.map((story) => ({ slug: slugOf(story), ...story.data })),
      'en',
      site ?? new URL('https://talent.hengelo.nl'),
    ),
  );
};
