/**
 * A Markdown or MDX file's frontmatter, read exactly as the build reads it: Astro's content
 * loaders (the Markdown and MDX entry types) parse it with `parseFrontmatter` from
 * @astrojs/internal-helpers, which uses js-yaml 4. That parser reads an unquoted
 * `publishDate: 2026-03-18` as a Date (UTC midnight) and a quoted one as text, so scripts and tests
 * that read content must use this function, never a YAML parser of their own, to see the values
 * the build sees. `tests/unit/frontmatter.test.ts` checks that this is the module Astro resolves.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** The frontmatter fields of a file's text, as the content loader hands them to the schema. */
export function readFrontmatter(raw: string): Record<string, unknown> {
  return parseFrontmatter(raw).frontmatter as Record<string, unknown>;
}
