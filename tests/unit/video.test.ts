import { describe, expect, it } from 'vitest';
import { PLAYER_ORIGINS, videoSource } from '../../src/lib/media/video-embed';

describe('videoSource', () => {
  it('reads a youtu.be link as the privacy-enhanced YouTube player', () => {
    expect(videoSource('https://youtu.be/zl7mkZMJpTo')).toEqual({
      kind: 'youtube',
      id: 'zl7mkZMJpTo',
      host: 'YouTube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/zl7mkZMJpTo?autoplay=1',
      watchUrl: 'https://www.youtube.com/watch?v=zl7mkZMJpTo',
    });
  });

  it('reads youtube.com/watch?v= links, with or without www and extra parameters', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=2vAXKNWtM3s',
      'https://youtube.com/watch?v=2vAXKNWtM3s&t=42',
      'https://m.youtube.com/watch?v=2vAXKNWtM3s',
    ]) {
      expect(videoSource(url)).toMatchObject({ kind: 'youtube', id: '2vAXKNWtM3s' });
    }
  });

  it('reads a Vimeo link as the player with Do Not Track', () => {
    expect(videoSource('https://vimeo.com/76979871')).toMatchObject({
      kind: 'vimeo',
      embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
      watchUrl: 'https://vimeo.com/76979871',
    });
  });

  it('plays a file from public/videos/ in place', () => {
    expect(videoSource('/videos/interview.mp4')).toEqual({ kind: 'local', src: '/videos/interview.mp4' });
  });

  it('embeds only from the origins the CSP allows', () => {
    for (const url of ['https://youtu.be/zl7mkZMJpTo', 'https://vimeo.com/76979871']) {
      const source = videoSource(url);
      expect(source?.kind).not.toBe('local');
      if (source && source.kind !== 'local') {
        expect(PLAYER_ORIGINS).toContain(new URL(source.embedUrl).origin);
      }
    }
  });

  it('refuses other hosts, http and malformed ids', () => {
    for (const url of [
      'https://example.com/v.mp4',
      'http://youtu.be/zl7mkZMJpTo',
      'https://youtu.be/short',
      'https://vimeo.com/channels/staff',
      'https://www.youtube.com/embed/zl7mkZMJpTo',
      '/videos/../secret.mov',
      'niet een adres',
    ]) {
      expect(videoSource(url), url).toBeUndefined();
    }
  });
});
