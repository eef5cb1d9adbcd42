/**
 * Structured data for stories (schema.org, as JSON-LD): an Article for every story, and a
 * VideoObject for a video interview. Pure functions of plain values, so tests can check every
 * property without a build.
 */
import { toZonedIso } from '../time/zone';
import { videoSource } from '../media/video-embed';

export interface StoryInput {
  /** The story's full address. */
  url: string;
  /** The site's address, e.g. https://talent.hengelo.nl/. */
  site: string;
  /** BCP 47 language, e.g. nl-NL. */
  language: string;
  title: string;
  summary: string;
  publishDate: Date;
  /** Absolute address of the story's image (its social image). */
  image: string;
  /** The publisher's name, e.g. Gemeente Hengelo. */
  publisher: string;
  person?: { name: string; role: string } | undefined;
  video?:
    | {
        url: string;
        duration: string;
        transcript?: string | undefined;
        /** Absolute address of the poster. */
        thumbnail: string;
      }
    | undefined;
}

type Thing = Record<string, unknown>;

function organisation(input: StoryInput): Thing {
  return { '@type': 'GovernmentOrganization', name: input.publisher, url: input.site };
}

/** schema.org Article for a story. */
export function articleJsonLd(input: StoryInput): Thing {
  return {
    '@type': 'Article',
    '@id': `${input.url}#article`,
    headline: input.title.slice(0, 110),
    description: input.summary,
    inLanguage: input.language,
    datePublished: toZonedIso(input.publishDate),
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    author: organisation(input),
    publisher: organisation(input),
    ...(input.person
      ? { about: { '@type': 'Person', name: input.person.name, jobTitle: input.person.role } }
      : {}),
    ...(input.video ? { video: { '@id': `${input.url}#video` } } : {}),
  };
}

/**
 * schema.org VideoObject for a video interview. embedUrl is the privacy-enhanced player (without
 * autoplay) or, for a file on this site, the file itself (also given as contentUrl).
 */
export function videoJsonLd(input: StoryInput): Thing | undefined {
  const video = input.video;
  const source = video && videoSource(video.url);
  if (!video || !source) return undefined;
  const embedUrl =
    source.kind === 'local'
      ? new URL(source.src, input.site).href
      : source.embedUrl.replace(/[?&]autoplay=1$/, '');
  return {
    '@type': 'VideoObject',
    '@id': `${input.url}#video`,
    name: input.title,
    description: input.summary,
    thumbnailUrl: [video.thumbnail],
    uploadDate: toZonedIso(input.publishDate),
    duration: video.duration,
    embedUrl,
    ...(source.kind === 'local' ? { contentUrl: embedUrl } : {}),
    ...(video.transcript ? { transcript: video.transcript.trim() } : {}),
    inLanguage: input.language,
    publisher: organisation(input),
  };
}

/** Everything a story page says about itself, as one JSON-LD graph. */
export function storyJsonLd(input: StoryInput): Thing {
  const video = videoJsonLd(input);
  return { '@context': 'https://schema.org', '@graph': [articleJsonLd(input), ...(video ? [video] : [])] };
}
