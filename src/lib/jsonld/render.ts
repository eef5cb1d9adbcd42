/**
 * JSON for a `<script type="application/ld+json">` block. `<` becomes \u003c so that text such as
 * "</script>" in a title can never end the block early; the JSON means the same.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
