/**
 * RSS 2.0 feeds of stories, one per language (`/rss.xml`, `/en/rss.xml`), for @astrojs/rss.
 * Only what the loader published is in the store, so drafts, OFF-brand and scheduled stories
 * never reach a feed.
 */
import type { RSSOptions } from '@astrojs/rss';
import { useTranslations, languageTags } from '../../i18n';
import { feedPath, path } from '../routing/routes';
import { lines, storyFormats, type Locale } from '../content/vocabulary';

/** What a feed needs to know about a story. */
export interface FeedStory {
  slug: string;
  title: string;
  summary: string;
  publishDate: Date;
  format: (typeof storyFormats.ids)[number];
  lines: (typeof lines.ids)[number][];
}

/** The feed of a language: newest first, every story given. */
export function storyFeed(stories: readonly FeedStory[], locale: Locale, site: URL): RSSOptions {
  const t = useTranslations(locale);
  const self = new URL(feedPath(locale), site).href;
  return {
    title: t.feed.title,
    description: t.listing.storiesIntro,
    site: new URL(path(locale, 'stories'), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${languageTags[locale]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: [...stories]
      .sort((a, b) => b.publishDate.getTime() - a.publishDate.getTime())
      .map((story) => ({
        title: story.title,
        description: story.summary,
        link: new URL(path(locale, 'stories', story.slug), site).href,
        pubDate: story.publishDate,
        categories: [
          storyFormats.label(story.format, locale),
          ...story.lines.map((line) => lines.label(line, locale)),
        ],
      })),
  };
}
