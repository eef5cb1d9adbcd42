/**
 * The formats a few fields must follow, as regular expressions. The content schemas
 * (`./schemas.ts`) and the CMS (`./cms-config.ts`) check the same patterns, so the CMS warns
 * about what the build would reject.
 */

/** A YouTube or Vimeo address. */
export const VIDEO_HOSTS =
  /^https:\/\/(?:(?:www\.|m\.)?youtube\.com\/watch\?v=[\w-]{11}|youtu\.be\/[\w-]{11}|(?:www\.)?vimeo\.com\/\d+)(?:[?&#].*)?$/;
/** A video file served by the site, in public/videos/. */
export const LOCAL_VIDEO = /^\/videos\/[\w./-]+\.mp4$/;
/** A WebVTT captions file in public/videos/. */
export const CAPTIONS = /^\/videos\/[\w./-]+\.vtt$/;
/** An ISO 8601 duration such as PT3M40S. */
export const ISO_DURATION = /^PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?$/;
/** An e-mail address. */
export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/** A Dutch postal code, e.g. 7551 AB. */
export const POSTAL_CODE = /^\d{4} ?[A-Z]{2}$/;
