/**
 * Text written into HTML by hand (outside Astro's templates, which escape on their own): the one
 * escaping helper for such strings, used by the card that both the server and the listing filter
 * render, the JobPosting description and the CMS's block previews. Browser-safe: no imports.
 */

/** Text as HTML text or a quoted attribute value: & < > " ' written as references. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Attributes as text: `name="value"` each, escaped; `true` writes the bare name, false/undefined nothing. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML text back to plain text: character references decoded; anything else stays as written. */
export function htmlText(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    const code = /^#x/i.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? Number(name.slice(1))
        : undefined;
    if (code === undefined) return NAMED[name.toLowerCase()] ?? reference;
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : reference;
  });
}

/**
 * A search excerpt (page text as HTML, the matches in <mark>) as pieces of plain text, marked or
 * not, for the page to show with `textContent`: whatever else the excerpt holds, such as a tag in
 * an indexed text, is shown as the text it is and never becomes markup.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece) parts.push({ text: htmlText(piece), mark });
  }
  return parts;
}
