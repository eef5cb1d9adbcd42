// Structured data for stories: what schema.org and search engines need, from plain values.
import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  storyJsonLd,
  videoJsonLd,
  type StoryInput,
} from '../../src/lib/structured-data/story';

const base: StoryInput = {
  url: 'https://talent.hengelo.nl/verhalen/tim/',
  site: 'https://talent.hengelo.nl/',
  language: 'nl-NL',
  title: 'Video: Tim bouwt zijn start-up',
  summary: 'Tim begon een bedrijf in Hengelo.',
  publishDate: new Date('2025-07-08T22:00:00Z'),
  image: 'https://talent.hengelo.nl/og/nl/stories/tim.jpg',
  publisher: 'Gemeente Hengelo',
  person: { name: 'Tim Schuurman', role: 'Medeoprichter' },
};
const youtube: StoryInput = {
  ...base,
  video: {
    url: 'https://youtu.be/zl7mkZMJpTo',
    duration: 'PT2M45S',
    transcript: 'Wie ben je?\nIk ben Tim.\n',
    thumbnail: 'https://talent.hengelo.nl/_astro/portret-1.jpg',
  },
};

describe('Article', () => {
  it('describes the story with its date in Hengelo time and its publisher', () => {
    expect(articleJsonLd(base)).toEqual({
      '@type': 'Article',
      '@id': 'https://talent.hengelo.nl/verhalen/tim/#article',
      headline: 'Video: Tim bouwt zijn start-up',
      description: 'Tim begon een bedrijf in Hengelo.',
      inLanguage: 'nl-NL',
      datePublished: '2025-07-09T00:00:00+02:00',
      url: 'https://talent.hengelo.nl/verhalen/tim/',
      mainEntityOfPage: 'https://talent.hengelo.nl/verhalen/tim/',
      image: ['https://talent.hengelo.nl/og/nl/stories/tim.jpg'],
      author: {
        '@type': 'GovernmentOrganization',
        name: 'Gemeente Hengelo',
        url: 'https://talent.hengelo.nl/',
      },
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Gemeente Hengelo',
        url: 'https://talent.hengelo.nl/',
      },
      about: { '@type': 'Person', name: 'Tim Schuurman', jobTitle: 'Medeoprichter' },
    });
  });

  it('keeps the headline within 110 characters', () => {
    expect((articleJsonLd({ ...base, title: 'x'.repeat(150) }).headline as string).length).toBe(110);
  });

  it('points at the video of a video interview', () => {
    expect(articleJsonLd(youtube).video).toEqual({ '@id': 'https://talent.hengelo.nl/verhalen/tim/#video' });
  });
});

describe('VideoObject', () => {
  it('has every property search engines need, with the privacy-enhanced player as embedUrl', () => {
    expect(videoJsonLd(youtube)).toEqual({
      '@type': 'VideoObject',
      '@id': 'https://talent.hengelo.nl/verhalen/tim/#video',
      name: 'Video: Tim bouwt zijn start-up',
      description: 'Tim begon een bedrijf in Hengelo.',
      thumbnailUrl: ['https://talent.hengelo.nl/_astro/portret-1.jpg'],
      uploadDate: '2025-07-09T00:00:00+02:00',
      duration: 'PT2M45S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/zl7mkZMJpTo',
      transcript: 'Wie ben je?\nIk ben Tim.',
      inLanguage: 'nl-NL',
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Gemeente Hengelo',
        url: 'https://talent.hengelo.nl/',
      },
    });
  });

  it('gives Vimeo with Do Not Track', () => {
    const video = videoJsonLd({
      ...youtube,
      video: { ...youtube.video!, url: 'https://vimeo.com/76979871' },
    });
    expect(video?.embedUrl).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  });

  it('gives a self-hosted file as absolute embedUrl and contentUrl', () => {
    const video = videoJsonLd({ ...youtube, video: { ...youtube.video!, url: '/videos/tim.mp4' } });
    expect(video).toMatchObject({
      embedUrl: 'https://talent.hengelo.nl/videos/tim.mp4',
      contentUrl: 'https://talent.hengelo.nl/videos/tim.mp4',
    });
  });

  it('is absent for a story without video', () => {
    expect(videoJsonLd(base)).toBeUndefined();
    expect(storyJsonLd(base)['@graph']).toHaveLength(1);
    expect(storyJsonLd(youtube)['@graph']).toHaveLength(2);
  });
});
