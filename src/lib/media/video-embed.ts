/**
 * The one rule for a video address, and how to play it without tracking visitors who never press
 * play. Frontmatter (`video.url` in `../content/schemas.ts`), the MDX `<Video url>` check
 * (`../content/mdx-body.ts`), the CMS field (`../cms/config.ts`) and the players all read an
 * address through this module, so what one accepts the others accept too.
 *
 * Accepted: the links an editor copies from YouTube or Vimeo (address bar, Share button, embed
 * code), with or without https:// or http://, with surrounding spaces; and a file in
 * public/videos/, written /videos/name.mp4. Every link is read as one canonical address:
 * https://www.youtube.com/watch?v=ID, https://vimeo.com/ID or, for an unlisted Vimeo video,
 * https://vimeo.com/ID/HASH. Tracking and sharing parameters (si=, feature=, list=, share=) are
 * dropped, and so is a start time (t=): the page gives the whole video's duration and transcript,
 * so the player starts at the beginning, and a t= in a pasted link is mostly "copy the link at the
 * current time" by accident.
 *
 * YouTube and Vimeo are embedded only after a click, through their privacy-enhanced players
 * (youtube-nocookie.com, Vimeo with dnt=1); a file in public/videos/ plays in place.
 *
 * Plain TypeScript: the CMS bundles this module for the browser. Its messages are in the
 * catalogue (`../content/messages.ts`).
 */
import { say } from '../content/messages';

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
      /** The page on the host, in canonical form: the fallback link without JavaScript. */
      watchUrl: string;
    };

/** The only origins the site may frame; the CSP's frame-src lists exactly these. */
export const PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

/** A video file served by the site, in public/videos/. */
export const LOCAL_VIDEO = /^\/videos\/[\w./-]+\.mp4$/;

// Each accepted form of a hosted address as regular-expression source, after the optional scheme.
// The video id is the first group; for Vimeo an unlisted video's hash is the second.
const YOUTUBE_ID = String.raw`([\w-]{11})`;
/** What may follow a video's path: a slash, then a query and a fragment, which are not read. */
const REST = String.raw`\/?(?:[?#]\S*)?`;
const SCHEME = String.raw`(?:https?:\/\/)?`;

const YOUTUBE_FORMS = [
  // youtube.com/watch?v=ID, with other parameters before or after it.
  String.raw`(?:www\.|m\.)?youtube\.com\/watch\?(?:[^\s#]*&)?v=${YOUTUBE_ID}(?:[&#]\S*)?`,
  String.raw`(?:www\.|m\.)?youtube\.com\/(?:shorts|embed|live)\/${YOUTUBE_ID}${REST}`,
  String.raw`youtu\.be\/${YOUTUBE_ID}${REST}`,
  String.raw`(?:www\.)?youtube-nocookie\.com\/embed\/${YOUTUBE_ID}${REST}`,
];
const VIMEO_FORMS = [
  // vimeo.com/ID, vimeo.com/ID/HASH (unlisted), vimeo.com/channels/name/ID.
  String.raw`(?:www\.)?vimeo\.com\/(?:channels\/[\w-]+\/)?(\d+)(?:\/([\da-f]+))?${REST}`,
  // The player itself; an unlisted video's hash is its h= parameter.
  String.raw`player\.vimeo\.com\/video\/(\d+)${REST}`,
];

const anchored = (form: string) => new RegExp(`^${SCHEME}${form}$`);
const youtubeForms = YOUTUBE_FORMS.map(anchored);
const vimeoForms = VIMEO_FORMS.map(anchored);

/**
 * Every address `videoSource` accepts and nothing else, as one regular expression: built from the
 * same forms as the parser, for the CMS, whose `pattern` can only be a regular expression. The
 * unit tests run it and the parser over the same table of links (`tests/unit/video.test.ts`).
 */
export const VIDEO_URL = new RegExp(
  String.raw`^\s*(?:${SCHEME}(?:${[...YOUTUBE_FORMS, ...VIMEO_FORMS].join('|')})|${LOCAL_VIDEO.source.slice(1, -1)})\s*$`,
);

function youtube(id: string): VideoSource {
  return {
    kind: 'youtube',
    id,
    host: 'YouTube',
    embedUrl: `${PLAYER_ORIGINS[0]}/embed/${id}?autoplay=1`,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
  };
}

function vimeo(id: string, hash: string | undefined): VideoSource {
  return {
    kind: 'vimeo',
    id,
    host: 'Vimeo',
    embedUrl: `${PLAYER_ORIGINS[1]}/video/${id}?dnt=1${hash ? `&h=${hash}` : ''}&autoplay=1`,
    watchUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
  };
}

/** Reads a video address an editor wrote; undefined for anything the content contract refuses. */
export function videoSource(url: string): VideoSource | undefined {
  const address = url.trim();
  if (LOCAL_VIDEO.test(address)) return { kind: 'local', src: address };
  for (const form of youtubeForms) {
    const id = form.exec(address)?.[1];
    if (id) return youtube(id);
  }
  for (const form of vimeoForms) {
    const match = form.exec(address);
    if (!match?.[1]) continue;
    const hash = match[2] ?? /[?&]h=([\da-f]+)(?=[&#]|$)/.exec(address)?.[1];
    return vimeo(match[1], hash);
  }
  return undefined;
}

/** The canonical form of a video address (see the top of this file); undefined when refused. */
export function canonicalVideoUrl(url: string): string | undefined {
  const source = videoSource(url);
  return source && (source.kind === 'local' ? source.src : source.watchUrl);
}

/**
 * Why an address is refused, in Dutch, starting with the address as written: the message the
 * build gives for `video.url` and for `<Video url>` alike. Undefined for an address that is fine.
 */
export function videoUrlProblem(url: string): string | undefined {
  if (videoSource(url)) return undefined;
  const address = url.trim();
  const shown = JSON.stringify(address);
  const host = /^(?:https?:\/\/)?([^/?#\s]+)/i
    .exec(address)?.[1]
    ?.toLowerCase()
    .replace(/^(?:www|m)\./, '');
  if (/^(?:\/|public\/|videos\/)/.test(address)) return say('videoNotLocal', { waarde: shown });
  if (host && /^(?:youtube\.com|youtu\.be|youtube-nocookie\.com|music\.youtube\.com)$/.test(host)) {
    const playlist = /\/playlist\b|[?&]list=/.test(address) && !/[?&]v=/.test(address);
    return say(playlist ? 'videoPlaylist' : 'videoYoutubeNotVideo', { waarde: shown });
  }
  if (host && /^(?:player\.)?vimeo\.com$/.test(host)) return say('videoVimeoNotVideo', { waarde: shown });
  return say('videoUnknown', { waarde: shown });
}
