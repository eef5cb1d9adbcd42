/**
 * Where a story's video lives and how to play it without tracking visitors who never press play.
 * YouTube and Vimeo are embedded only after a click, through their privacy-enhanced players
 * (youtube-nocookie.com, Vimeo with dnt=1); a file in public/videos/ plays in place.
 */

export type VideoSource =
  | {
      /** A file served by the site itself, e.g. /videos/interview.mp4. */
      kind: 'local';
      /** The file's URL on this site. */
      src: string;
    }
  | {
      /** A video on YouTube or Vimeo. */
      kind: 'youtube' | 'vimeo';
      /** The host's video id. */
      id: string;
      /** The host's name as people know it. */
      host: 'YouTube' | 'Vimeo';
      /** The privacy-enhanced player, loaded only after the visitor presses play. */
      embedUrl: string;
      /** The page on the host: the fallback link without JavaScript. */
      watchUrl: string;
    };

/** The only origins the site may frame; the CSP's frame-src lists exactly these. */
export const PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

const YOUTUBE_ID = /^[\w-]{11}$/;

/** Reads a video URL as the content contract allows it; undefined for anything else. */
export function videoSource(url: string): VideoSource | undefined {
  if (/^\/videos\/[\w./-]+\.mp4$/.test(url)) return { kind: 'local', src: url };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.replace(/^(?:www\.|m\.)/, '');
  let youtube: string | undefined;
  if (host === 'youtu.be') youtube = parsed.pathname.slice(1);
  else if (host === 'youtube.com' && parsed.pathname === '/watch')
    youtube = parsed.searchParams.get('v') ?? '';
  if (youtube !== undefined) {
    if (!YOUTUBE_ID.test(youtube)) return undefined;
    return {
      kind: 'youtube',
      id: youtube,
      host: 'YouTube',
      embedUrl: `${PLAYER_ORIGINS[0]}/embed/${youtube}?autoplay=1`,
      watchUrl: `https://www.youtube.com/watch?v=${youtube}`,
    };
  }
  const vimeo = host === 'vimeo.com' ? /^\/(\d+)\/?$/.exec(parsed.pathname)?.[1] : undefined;
  if (vimeo) {
    return {
      kind: 'vimeo',
      id: vimeo,
      host: 'Vimeo',
      embedUrl: `${PLAYER_ORIGINS[1]}/video/${vimeo}?dnt=1&autoplay=1`,
      watchUrl: `https://vimeo.com/${vimeo}`,
    };
  }
  return undefined;
}
