/**
 * The formats a few fields must follow, as regular expressions. The content schemas
 * (`./schemas/`) and the CMS (`../cms/config.ts`, which reads them from the schemas) check the same
 * patterns, so the CMS warns about what the build would reject. A video address has a module of
 * its own, with its parser: `../media/video-embed.ts`.
 */

/** A WebVTT captions file in public/videos/. */
export const CAPTIONS = /^\/videos\/[\w./-]+\.vtt$/;
/** An ISO 8601 duration such as PT3M40S. */
export const ISO_DURATION = /^PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?$/;
/**
 * A duration as an editor writes it: minutes:seconds (`4:12`), hours:minutes:seconds
 * (`1:02:30`), or ISO 8601 (`PT4M12S`), which is how the files before the CMS asked for it.
 */
export const DURATION = /^\s*(?:PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?|(?:\d+:[0-5]\d|\d+:[0-5]\d:[0-5]\d))\s*$/;
/** An e-mail address. */
export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/**
 * An https:// web address with a host, as far as a regular expression can tell. The schemas check
 * with the URL parser (`isHttpsUrl` in `./schemas/fields.ts`); the CMS, which can only check a
 * pattern, checks this.
 */
export const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s]+$/;
/** A LinkedIn page of a person: https://www.linkedin.com/in/<name>. */
export const LINKEDIN = /^https:\/\/(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[^\s/?#]+\/?$/i;
/** A Dutch postal code, e.g. 7551 AB. */
export const POSTAL_CODE = /^\d{4} ?[A-Z]{2}$/;

/**
 * A duration in ISO 8601, however it was written (see `DURATION`): `4:12` is `PT4M12S`, `1:02:30`
 * is `PT1H2M30S`. Undefined for anything else.
 */
export function isoDuration(text: string): string | undefined {
  const value = text.trim();
  if (ISO_DURATION.test(value)) return value;
  if (!DURATION.test(value)) return undefined;
  const [h, m, s] = value.split(':').map(Number);
  const [hours, minutes, seconds] = s === undefined ? [0, h ?? 0, m ?? 0] : [h ?? 0, m ?? 0, s];
  const parts = [hours && `${hours}H`, minutes && `${minutes}M`, seconds && `${seconds}S`].filter(Boolean);
  return `PT${parts.join('') || '0S'}`;
}
