// One rule for a video address. The table below runs through the three places an editor meets it
// (frontmatter video.url, the MDX <Video url> check, and the CMS field's pattern) and through the
// parser the players use, so that none of them can accept what another refuses.
import type { Field } from '@sveltia/cms';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config';
import { bodyProblems } from '../../src/lib/content/mdx-body';
import { validateEntry } from '../../src/lib/content/validation';
import {
  canonicalVideoUrl,
  PLAYER_ORIGINS,
  VIDEO_URL,
  videoSource,
  videoUrlProblem,
} from '../../src/lib/media/video-embed';
import { videoStory } from '../support/entries';

const YT = 'https://www.youtube.com/watch?v=zl7mkZMJpTo';
const VIMEO = 'https://vimeo.com/76979871';

/** Links as editors paste them, and the address the site keeps. */
const accepted: [string, string][] = [
  ['https://www.youtube.com/watch?v=zl7mkZMJpTo', YT],
  ['https://youtube.com/watch?v=zl7mkZMJpTo', YT],
  ['https://m.youtube.com/watch?v=zl7mkZMJpTo', YT],
  ['http://www.youtube.com/watch?v=zl7mkZMJpTo', YT],
  ['www.youtube.com/watch?v=zl7mkZMJpTo', YT],
  ['youtube.com/watch?v=zl7mkZMJpTo', YT],
  ['https://www.youtube.com/watch?feature=share&v=zl7mkZMJpTo', YT],
  ['https://www.youtube.com/watch?v=zl7mkZMJpTo&t=42s', YT],
  ['https://www.youtube.com/watch?v=zl7mkZMJpTo&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=3', YT],
  ['https://www.youtube.com/watch?v=zl7mkZMJpTo&si=AbCdEfGh12345678#comments', YT],
  ['https://youtu.be/zl7mkZMJpTo', YT],
  ['https://youtu.be/zl7mkZMJpTo?si=1xYzAbCdEfGhIjKl', YT],
  ['https://youtu.be/zl7mkZMJpTo?t=95', YT],
  ['youtu.be/zl7mkZMJpTo', YT],
  ['  https://youtu.be/zl7mkZMJpTo \n', YT],
  ['https://www.youtube.com/shorts/zl7mkZMJpTo?feature=share', YT],
  ['https://youtube.com/shorts/zl7mkZMJpTo', YT],
  ['https://www.youtube.com/embed/zl7mkZMJpTo?rel=0', YT],
  ['https://www.youtube-nocookie.com/embed/zl7mkZMJpTo', YT],
  ['https://www.youtube.com/live/zl7mkZMJpTo?si=AbC', YT],
  ['https://vimeo.com/76979871', VIMEO],
  ['https://vimeo.com/76979871/', VIMEO],
  ['https://www.vimeo.com/76979871?share=copy', VIMEO],
  ['http://vimeo.com/76979871', VIMEO],
  ['vimeo.com/76979871', VIMEO],
  ['https://vimeo.com/channels/staffpicks/76979871', VIMEO],
  ['https://vimeo.com/76979871/a1b2c3d4e5', `${VIMEO}/a1b2c3d4e5`],
  ['https://vimeo.com/76979871/a1b2c3d4e5/?share=copy', `${VIMEO}/a1b2c3d4e5`],
  ['https://player.vimeo.com/video/76979871', VIMEO],
  ['https://player.vimeo.com/video/76979871?h=a1b2c3d4e5&badge=0', `${VIMEO}/a1b2c3d4e5`],
  ['/videos/interview.mp4', '/videos/interview.mp4'],
  [' /videos/2026/sanne.mp4 ', '/videos/2026/sanne.mp4'],
];

/** Links that name no single video on YouTube or Vimeo, and why the site says they fail. */
const rejected: [string, RegExp][] = [
  ['https://www.instagram.com/p/abc', /geen video op YouTube of Vimeo/],
  ['https://example.com/video.mp4', /geen video op YouTube of Vimeo/],
  ['https://www.youtube.com/', /niet van één video/],
  ['https://www.youtube.com/@gemeentehengelo', /niet van één video/],
  ['https://www.youtube.com/watch?v=short', /niet van één video/],
  ['https://www.youtube.com/watch?v=zl7mkZMJpTo extra', /niet van één video/],
  ['https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG', /afspeellijst/],
  ['https://www.youtube.com/watch?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG', /afspeellijst/],
  ['https://music.youtube.com/watch?v=zl7mkZMJpTo', /niet van één video/],
  ['https://vimeo.com/user/12345678', /Vimeo, maar niet van één video/],
  ['https://vimeo.com/channels/staffpicks', /Vimeo, maar niet van één video/],
  ['https://vimeo.com/showcase/1234567', /Vimeo, maar niet van één video/],
  ['ftp://youtu.be/zl7mkZMJpTo', /geen video op YouTube of Vimeo/],
  ['/videos/interview.mov', /geen videobestand van de site/],
  ['public/videos/interview.mp4', /geen videobestand van de site/],
  ['niet een adres', /geen video op YouTube of Vimeo/],
];

const story = videoStory;
const FILE = 'content/stories/nl/sanne.mdx';

function frontmatter(url: string) {
  const video = { url, duration: 'PT2M', transcript: 'Tekst', captions: '/videos/sanne.nl.vtt' };
  return validateEntry('stories', FILE, { ...story, video });
}

function mdx(url: string) {
  return bodyProblems(
    `<Video url="${url}" title="X" duration="PT1M" poster="x.jpg" alt="Y" captions="/videos/x.vtt">Tekst</Video>`,
  );
}

/**
 * The CMS field video.url of stories, checked as Sveltia CMS checks a pattern: the string read as
 * `/source/flags` or as a bare source, tested against the trimmed value.
 */
const cmsPattern = (() => {
  const stories = (cmsConfig().collections as { name: string; fields: Field[] }[]).find(
    (collection) => collection.name === 'stories',
  );
  const video = stories?.fields.find((field) => field.name === 'video') as { fields: Field[] } | undefined;
  const url = video?.fields.find((field) => field.name === 'url') as { pattern?: [string, string] };
  const { source = '$^', flags = '' } =
    /^\/?(?<source>.+?)(?:\/(?<flags>[dgimsuy]*))?$/.exec(url.pattern?.[0] ?? '')?.groups ?? {};
  return new RegExp(source, flags.replace(/[gy]/g, ''));
})();
const cmsAccepts = (value: string) => cmsPattern.test(value.trim());

describe('a video address', () => {
  it.each(accepted)('accepts %j as %s everywhere', (url, canonical) => {
    expect(canonicalVideoUrl(url)).toBe(canonical);
    expect(videoUrlProblem(url)).toBeUndefined();
    const result = frontmatter(url);
    expect(result.ok ? '' : result.message).toBe('');
    if (result.ok) expect((result.data as { video: { url: string } }).video.url).toBe(canonical);
    if (!url.includes('\n')) expect(mdx(url)).toEqual([]);
    expect(VIDEO_URL.test(url)).toBe(true);
    expect(cmsAccepts(url)).toBe(true);
  });

  it.each(rejected)('refuses %j everywhere, saying why in Dutch', (url, why) => {
    expect(videoSource(url)).toBeUndefined();
    const problem = videoUrlProblem(url);
    expect(problem).toMatch(why);
    expect(problem?.startsWith(JSON.stringify(url.trim()))).toBe(true);
    const result = frontmatter(url);
    expect(result.ok ? '' : result.message).toBe(
      `${FILE} heeft 1 probleem:\n  - Video › Link naar de video (video.url): ${problem}`,
    );
    expect(mdx(url)).toEqual([
      { field: 'Tekst, regel 1, blok Video › Link naar de video', message: problem },
    ]);
    expect(VIDEO_URL.test(url)).toBe(false);
    expect(cmsAccepts(url)).toBe(false);
  });

  it('keeps its canonical form when read again', () => {
    for (const [, canonical] of accepted) expect(canonicalVideoUrl(canonical)).toBe(canonical);
  });
});

describe('videoSource', () => {
  it('reads a YouTube link as the privacy-enhanced YouTube player', () => {
    expect(videoSource('https://youtu.be/zl7mkZMJpTo?si=abc')).toEqual({
      kind: 'youtube',
      id: 'zl7mkZMJpTo',
      host: 'YouTube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/zl7mkZMJpTo?autoplay=1',
      watchUrl: YT,
    });
  });

  it('reads a Vimeo link as the player with Do Not Track', () => {
    expect(videoSource('https://vimeo.com/76979871')).toMatchObject({
      kind: 'vimeo',
      id: '76979871',
      embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
      watchUrl: VIMEO,
    });
  });

  it('gives the player of an unlisted Vimeo video its hash', () => {
    expect(videoSource('https://vimeo.com/76979871/a1b2c3d4e5')).toMatchObject({
      embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1&h=a1b2c3d4e5&autoplay=1',
      watchUrl: `${VIMEO}/a1b2c3d4e5`,
    });
  });

  it('plays a file from public/videos/ in place', () => {
    expect(videoSource('/videos/interview.mp4')).toEqual({ kind: 'local', src: '/videos/interview.mp4' });
  });

  it('embeds only from the origins the CSP allows', () => {
    const embeds = accepted.flatMap(([url]) => {
      const source = videoSource(url);
      return source && source.kind !== 'local' ? [source.embedUrl] : [];
    });
    expect(embeds.length).toBeGreaterThan(20);
    for (const embed of embeds) expect(PLAYER_ORIGINS).toContain(new URL(embed).origin);
  });
});
