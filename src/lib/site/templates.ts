/**
 * Filling in interface text that the browser also needs ("{n} resultaten"): the server and the
 * scripts share these templates from the dictionaries, so both say exactly the same thing.
 * Browser-safe: no imports.
 */

/** Replace {name} placeholders: fill('{n} resultaten', { n: 3 }) = '3 resultaten'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/** Pick the singular or plural template by number and fill in {n}. */
export function plural(n: number, one: string, many: string): string {
  return fill(n === 1 ? one : many, { n });
}

/**
 * A number range such as "18-25" kept on one line: browsers may break a line after the hyphen
 * ("18-" / "25"). A word joiner (U+2060) either side of it forbids that; it is invisible and
 * not read aloud.
 */
export function keepRangesTogether(text: string): string {
  return text.replace(/(\d)-(?=\d)/g, '$1\u2060-\u2060');
}
