/**
 * The sites the tests over a build read, each a content folder and the build made from it.
 * - `site`: the site itself, content/ and dist/ (or CONTENT_DIR and DIST_DIR). Tests over it
 *   check only rules that hold for any valid content, with expectations derived from the content.
 * - `fixture`: the fixture site (tests/fixtures/site, built by `npm run build:fixture` for its
 *   pinned BUILD_DATE), for the tests that need particular content: a recurring event, past events,
 *   more stories than one page holds, a closed opportunity, video interviews, Dutch-only entries.
 *   The Vitest project `fixture` runs the tests over the build on it too (it sets CONTENT_DIR and
 *   DIST_DIR), and the Playwright project `fixture` serves it on a port of its own.
 */
import { readFileSync } from 'node:fs';
import { contentDir } from '../../src/lib/content/loader';

export interface Site {
  /** The content folder (with stories/, events/, … and images/). */
  content: string;
  /** The folder the site was built into. */
  dist: string;
}

/** The site under test: content/ and dist/, or CONTENT_DIR and DIST_DIR. */
export const site: Site = { content: contentDir(), dist: process.env.DIST_DIR?.trim() || 'dist' };

/** The fixture site, with the BUILD_DATE it is built for (tests/fixtures/site.json). */
export const fixture: Site & { buildDate: string; cache: string } = JSON.parse(
  readFileSync('tests/fixtures/site.json', 'utf8'),
) as Site & { buildDate: string; cache: string };
