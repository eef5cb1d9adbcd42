/**
 * A feed's description reduced to a small safe subset before it reaches a page: paragraphs, lists
 * (ul, ol, li), emphasis (em, strong), line breaks and links to http(s) addresses. Everything
 * else is taken out: elements that run, load or style (`FORBIDDEN_ELEMENTS` of
 * `../content/body-safety.ts`, plus template, svg and math) go with their content; other
 * elements (div, span, font, table, img, ...) leave only their text; no attribute survives but a
 * link's href. Text is escaped with `escapeHtml`. The HTML is read by the same parser the build
 * checks bodies with (Sätteri), as a browser reads it, and the result is checked once more by
 * `dangerousHtml`: what fails that check is dropped.
 */
import { htmlToHast } from 'satteri';
import { dangerousHtml, FORBIDDEN_ELEMENTS } from '../content/body-safety';
import { escapeHtml, htmlText } from '../site/html';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const DROP = new Set([
  ...FORBIDDEN_ELEMENTS,
  'template',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
  'button',
  'img',
  'video',
  'audio',
  'picture',
  'canvas',
]);
const BLOCK_WRAPPERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'header',
  'footer',
  'aside',
  'blockquote',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'dl',
  'dd',
  'dt',
  'figure',
  'center',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** At most this many characters of text are kept. */
const MAX_TEXT = 20_000;

/** A link target if it is an absolute http(s) address, else undefined. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

class Writer {
  length = 0;
  text(value: string): string {
    const collapsed = value.replace(/\s+/g, ' ');
    if (this.length >= MAX_TEXT) return '';
    const kept = collapsed.slice(0, MAX_TEXT - this.length);
    this.length += kept.length;
    return escapeHtml(kept);
  }

  inline(nodes: Node[] = []): string {
    return nodes.map((node) => this.inlineNode(node)).join('');
  }

  inlineNode(node: Node): string {
    if (node.type === 'text') return this.text(node.value ?? '');
    if (node.type !== 'element') return '';
    const tag = node.tagName?.toLowerCase() ?? '';
    if (DROP.has(tag)) return '';
    const inner = this.inline(node.children);
    if (tag === 'br') return '<br>';
    if (tag === 'em' || tag === 'i') return inner.trim() ? `<em>${inner}</em>` : inner;
    if (tag === 'strong' || tag === 'b') return inner.trim() ? `<strong>${inner}</strong>` : inner;
    if (tag === 'a') {
      const href = safeHref(node.properties?.href);
      return href && inner.trim() ? `<a href="${escapeHtml(href)}" rel="nofollow">${inner}</a>` : inner;
    }
    if (BLOCK_WRAPPERS.has(tag) || HEADINGS.has(tag) || tag === 'p' || tag === 'li') return ` ${inner} `;
    return inner;
  }

  list(node: Node, tag: 'ul' | 'ol'): string {
    const items = (node.children ?? [])
      .filter((child) => child.type === 'element' && child.tagName === 'li')
      .map((item) => {
        const nested = (item.children ?? []).filter(
          (child) => child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol'),
        );
        const rest = (item.children ?? []).filter((child) => !nested.includes(child));
        const text = this.inline(rest).trim();
        const lists = nested.map((child) => this.list(child, child.tagName as 'ul' | 'ol')).join('');
        return text || lists ? `<li>${text}${lists}</li>` : '';
      })
      .join('');
    return items ? `<${tag}>${items}</${tag}>` : '';
  }

  blocks(nodes: Node[] = []): string {
    const out: string[] = [];
    let pending = '';
    const flush = () => {
      const text = pending.trim();
      if (text && text !== '<br>') out.push(`<p>${text.replace(/^(<br>\s*)+|(\s*<br>)+$/g, '')}</p>`);
      pending = '';
    };
    for (const node of nodes) {
      const tag = node.type === 'element' ? (node.tagName?.toLowerCase() ?? '') : '';
      if (DROP.has(tag)) continue;
      if (tag === 'p' || tag === 'li' || HEADINGS.has(tag)) {
        flush();
        pending = HEADINGS.has(tag)
          ? `<strong>${this.inline(node.children).trim()}</strong>`
          : this.inline(node.children);
        if (pending.replace(/<[^>]*>/g, '').trim() === '') pending = '';
        flush();
      } else if (tag === 'ul' || tag === 'ol') {
        flush();
        const list = this.list(node, tag);
        if (list) out.push(list);
      } else if (BLOCK_WRAPPERS.has(tag)) {
        flush();
        out.push(this.blocks(node.children));
      } else if (tag === 'br' && /<br>\s*$/.test(pending)) {
        flush();
      } else {
        pending += this.inlineNode(node);
      }
    }
    flush();
    return out.filter(Boolean).join('');
  }
}

/** Plain text (no tags) as paragraphs: a blank line starts a new one. */
function plainParagraphs(text: string): string {
  const writer = new Writer();
  return text
    .split(/\n\s*\n/)
    .map((part) => writer.text(part).trim())
    .filter(Boolean)
    .map((part) => `<p>${part}</p>`)
    .join('');
}

/** A description (HTML or plain text, as feeds write it) as HTML of the safe subset. */
export function safeDescription(description: unknown): string {
  if (typeof description !== 'string' || !description.trim()) return '';
  let source = description;
  // Some feeds escape their HTML once more (`&lt;p&gt;`): read it as the HTML it stands for.
  if (!/<[a-z!/]/i.test(source) && /&lt;[a-z/]/i.test(source)) source = htmlText(source);
  const html = /<[a-z!/]/i.test(source)
    ? new Writer().blocks((htmlToHast(source, { fragment: true }) as unknown as Node).children)
    : plainParagraphs(source);
  return dangerousHtml(html).length === 0 ? html : '';
}

/** The text of the safe HTML, for summaries and language detection. */
export function plainText(html: string): string {
  return htmlText(html.replace(/<\/(p|li)>/g, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
