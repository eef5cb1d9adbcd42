/**
 * The formats a few fields must follow, as regular expressions. The content schemas
 * (`./schemas/`) and the CMS (`../cms/config.ts`) check the same patterns, so the CMS warns
 * about what the build would reject. A video address has a module of its own, with its parser:
 * `../media/video-embed.ts`.
 */

/** A WebVTT captions file in public/videos/. */
export const CAPTIONS = /^\/videos\/[\w./-]+\.vtt$/;
/** An ISO 8601 duration such as PT3M40S. */
export const ISO_DURATION = /^PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?$/;
/** An e-mail address. */
export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/** A Dutch postal code, e.g. 7551 AB. */
export const POSTAL_CODE = /^\d{4} ?[A-Z]{2}$/;
