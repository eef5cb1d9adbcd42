import { describe, expect, it } from 'vitest';
import { storyFeed } from '../../src/lib/feeds/stories-rss';
import { lines } from '../../src/lib/content/vocabulary';
import { shareLinks } from '../../src/lib/site/share';

const site = new URL('https://talent.hengelo.nl/');
const stories = [
  {
    slug: 'oud',
    title: 'Oud',
    summary: 'Ouder verhaal.',
    publishDate: new Date('2025-01-01'),
    format: 'artikel' as const,
    lines: ['wonen' as const],
  },
  {
    slug: 'nieuw',
    title: 'Nieuw',
    summary: 'Nieuw verhaal.',
    publishDate: new Date('2026-01-01'),
    format: 'video' as const,
    lines: ['werken' as const],
  },
];

describe('storyFeed', () => {
  it('lists every story, newest first, with absolute links in the feed’s language', () => {
    const feed = storyFeed(stories, 'en', site);
    expect(feed.site).toBe('https://talent.hengelo.nl/en/stories/');
    expect(Array.isArray(feed.items) && feed.items.map((item) => [item.title, item.link])).toEqual([
      ['Nieuw', 'https://talent.hengelo.nl/en/stories/nieuw/'],
      ['Oud', 'https://talent.hengelo.nl/en/stories/oud/'],
    ]);
    expect(feed.customData).toContain('<language>en-GB</language>');
    expect(feed.customData).toContain('href="https://talent.hengelo.nl/en/rss.xml" rel="self"');
  });

  it('tags items with the format and programme lines in the language', () => {
    const feed = storyFeed(stories, 'nl', site);
    expect(Array.isArray(feed.items) && feed.items[0]?.categories).toEqual([
      'Video-interview',
      lines.label('werken', 'nl'),
    ]);
  });
});

describe('shareLinks', () => {
  it('builds plain links with the address and title encoded', () => {
    const links = shareLinks({
      url: 'https://talent.hengelo.nl/verhalen/a&b/',
      title: 'Roel & Fenna',
      summary: 'Terug.',
    });
    expect(links.whatsapp).toBe(
      'https://wa.me/?text=Roel%20%26%20Fenna%20https%3A%2F%2Ftalent.hengelo.nl%2Fverhalen%2Fa%26b%2F',
    );
    expect(links.linkedin).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Ftalent.hengelo.nl%2Fverhalen%2Fa%26b%2F',
    );
    expect(links.email).toBe(
      'mailto:?subject=Roel%20%26%20Fenna&body=Terug.%0A%0Ahttps%3A%2F%2Ftalent.hengelo.nl%2Fverhalen%2Fa%26b%2F',
    );
  });
});
