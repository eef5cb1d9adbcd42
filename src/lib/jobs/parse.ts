/**
 * Reading a feed's body: what kind of document it is and the schema.org JobPosting objects in it.
 * - JSON: an array of JobPostings, an object with an `@graph` of them, or one JobPosting;
 * - HTML: the JobPostings in its `<script type="application/ld+json">` blocks;
 * - an XML sitemap (`<urlset>` of `<loc>`): the addresses of pages to read as HTML.
 * Never throws: a body that is none of these is `malformed` with the reason.
 */
export type Posting = Record<string, unknown>;

export type Parsed =
  | { kind: 'postings'; postings: Posting[] }
  | { kind: 'sitemap'; pages: string[] }
  | { kind: 'malformed'; detail: string };

function isJobPosting(value: unknown): value is Posting {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const type = (value as Posting)['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** Every JobPosting in a JSON-LD value: arrays, `@graph`s and nesting of those. */
export function postingsIn(value: unknown, depth = 0): Posting[] {
  if (depth > 4 || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => postingsIn(item, depth + 1));
  if (isJobPosting(value)) return [value];
  const graph = (value as Posting)['@graph'];
  return graph === undefined ? [] : postingsIn(graph, depth + 1);
}

const LD_JSON = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The JobPostings in an HTML page's JSON-LD blocks (a block that is not JSON is passed over). */
export function postingsInHtml(html: string): Posting[] {
  const found: Posting[] = [];
  for (const match of html.matchAll(LD_JSON)) {
    try {
      found.push(...postingsIn(JSON.parse(match[1] ?? '')));
    } catch {
      // One broken block does not hide the others.
    }
  }
  return found;
}

function xmlText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** The page addresses of a sitemap's `<loc>` elements. */
export function sitemapPages(xml: string): string[] {
  return [...xml.matchAll(/<loc>([\s\S]*?)<\/loc>/gi)]
    .map((match) => xmlText(match[1] ?? ''))
    .filter(Boolean);
}

/** What a feed's body holds, judged by its content (a Content-Type header is often wrong). */
export function parseFeed(body: string): Parsed {
  const start = body.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return { kind: 'postings', postings: postingsIn(JSON.parse(body)) };
    } catch (error) {
      return { kind: 'malformed', detail: `JSON: ${(error as Error).message.slice(0, 120)}` };
    }
  }
  if (start.startsWith('<?xml') || start.startsWith('<urlset') || start.includes('<urlset')) {
    const pages = sitemapPages(body);
    if (/<urlset\b/i.test(body)) return { kind: 'sitemap', pages };
    return { kind: 'malformed', detail: 'XML zonder <urlset>' };
  }
  if (/<html\b|<!doctype html|<head\b|<body\b|<script\b/i.test(body.slice(0, 4096))) {
    return { kind: 'postings', postings: postingsInHtml(body) };
  }
  return { kind: 'malformed', detail: 'geen JSON, HTML of sitemap' };
}
