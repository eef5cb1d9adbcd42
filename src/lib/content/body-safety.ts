/**
 * Markup in a body that would run code on a page or change the page around it. The body is read
 * by the parser the build renders it with (Sätteri, through @astrojs/mdx), so the check sees what
 * the page gets, not lines of text: a tag split over several lines, entities
 * (`java&#x73;cript:`), tabs and newlines inside a scheme. Raw HTML in Markdown goes through an
 * HTML parser; in MDX the tags are JSX and their attributes are read from the tree.
 *
 * Refused, wherever it is written (code spans and fenced code are text, so they stay allowed):
 * - the elements in `FORBIDDEN_ELEMENTS` (script, frames, embedded objects, forms, style and the
 *   elements that change the page's head: base, meta, link; noscript, which parses differently
 *   with scripting on; SVG animation, which can set attributes);
 * - event handler attributes (`on…`) and `style` attributes: no content uses inline styles, the
 *   site styles itself;
 * - `javascript:`, `vbscript:` and `livescript:` in any attribute value or Markdown link;
 * - `data:` addresses in links and images (Markdown and HTML): an image belongs in
 *   content/images/, where the image pipeline sizes it and the alt text is checked;
 * - in MDX: code between braces (`{1 + 1}`; comments `{/* … *\/}` are allowed), `import` and
 *   `export`, spread props (`{...props}`), and props written as code (`person={naam}`). A prop
 *   may be written as a quoted string in braces, `title={"Zeg \"hoi\""}`, which is how the CMS
 *   writes a text with quotes in it. Code in an MDX body runs when the site is built and could
 *   read the build's environment into a page.
 */
import { htmlToHast, markdownToHtml, markdownToMdast, mdxToMdast } from 'satteri';
import { say } from './messages';

/** One problem, as `formatProblems` prints it: the line in `field`, what and why in `message`. */
export interface SafetyProblem {
  field: string;
  message: string;
}

interface Point {
  line: number;
  offset: number;
}

/** The parts of an mdast or hast node this check reads. */
interface Node {
  type: string;
  position?: { start: Point; end: Point } | null;
  children?: Node[];
  /** mdast: html, expressions, ESM. */
  value?: unknown;
  /** mdast: link, image, definition. */
  url?: string;
  /** MDX JSX elements. */
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  /** hast elements. */
  tagName?: string;
  properties?: Record<string, unknown>;
  /** hast: a <template>'s content. */
  content?: Node;
}

/** Elements that run code, load other documents, submit data, or restyle or redirect the page. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'noscript',
  'iframe',
  'object',
  'embed',
  'applet',
  'portal',
  'style',
  'form',
  'base',
  'meta',
  'link',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
]);

/** Attributes that hold an address (compared lowercased, without `-` or `:`). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'xlinkhref',
  'ping',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'usemap',
  'manifest',
  'icon',
]);

const SCRIPT_SCHEME = /(javascript|vbscript|livescript):/;

/**
 * A value as a browser reads an address in it: character references decoded (the parser did
 * that once already; a second round costs nothing and covers text that is decoded twice), then
 * every space and control character removed (a URL parser drops tabs and newlines anywhere) and
 * lowercased.
 */
export function normalizedValue(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    // eslint-disable-next-line no-control-regex -- control characters are what is being removed
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '')
    .toLowerCase();
}

/** One finding before it gets a line: `token` is what to look for in the source to find the line. */
interface Finding {
  token: string;
  message: string;
}

function scriptScheme(value: string): string | undefined {
  return SCRIPT_SCHEME.exec(normalizedValue(value))?.[0];
}

function isDataUrl(value: string): boolean {
  return normalizedValue(value)
    .split(',')
    .some((part, index) => (index === 0 ? part.startsWith('data:') : /^data:/.test(part)));
}

/** The problems with an address: of a Markdown link or image, or in an attribute. */
function urlFindings(url: string, where: string, token: string): Finding[] {
  const scheme = scriptScheme(url);
  if (scheme) {
    return [
      {
        token,
        message: say('scriptAddress', { schema: scheme, waar: where }),
      },
    ];
  }
  if (isDataUrl(url)) {
    return [
      {
        token,
        message: say('dataAddress', { waar: where }),
      },
    ];
  }
  return [];
}

/** An attribute name as written (`onError`, `xlink:href`, `srcSet`) in the form compared here. */
function plainName(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Props of the editor components that hold an address (`<Video url>`, `<Video captions>`). */
const URL_PROPS = new Set([...URL_ATTRIBUTES, 'url', 'captions']);

/**
 * The problems with one element: its name and its attributes. For a component (`<Quote>`: a JSX
 * name with a capital) the props are data for the site's own template, which writes them as text:
 * only the props that hold an address are checked for schemes.
 */
function elementFindings(
  tag: string,
  attributes: [name: string, value: string][],
  component = false,
): Finding[] {
  const findings: Finding[] = [];
  const lower = tag.toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(lower)) {
    findings.push({
      token: `<${tag}`,
      message: say('forbiddenElement', { tag: lower }),
    });
  }
  for (const [name, value] of attributes) {
    const plain = plainName(name);
    if (plain.startsWith('on')) {
      findings.push({
        token: name,
        message: say('eventHandler', { attribuut: name.toLowerCase(), tag }),
      });
      continue;
    }
    if (plain === 'style') {
      findings.push({
        token: name,
        message: say('styleAttribute', { tag }),
      });
      continue;
    }
    // data: only matters where an address goes; on an HTML element a script scheme matters in any
    // attribute (SVG animation values).
    const address = component ? URL_PROPS.has(plain) : URL_ATTRIBUTES.has(plain);
    if (address || (!component && scriptScheme(value))) {
      findings.push(...urlFindings(value, `het attribuut ${name} van <${tag}>`, name));
    }
  }
  return findings;
}

/** A hast property value as text: lists (class, srcset) joined. */
function propertyText(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  return value === null || value === undefined || typeof value === 'boolean' ? '' : String(value);
}

/** hast property names are camel case (`onError`, `xLinkHref`); back to how they are written. */
function attributeName(property: string): string {
  if (property === 'xLinkHref') return 'xlink:href';
  return property.replace(/^data([A-Z])/, 'data-$1').toLowerCase();
}

/**
 * What follows a piece of HTML on the page closes a tag left open in it (the page goes on with
 * its own `"` and `>`); an HTML parser would drop a tag that the end of the text cuts off. These
 * three characters end an open tag whatever its state: in a "…" value, in a '…' value, or between
 * attributes; after a complete tag they are text.
 */
const PAGE_GOES_ON = `"'>`;

/** The problems in a piece of HTML, as a browser parses it on a page. */
function htmlFindings(html: string): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: Node) => {
    if (node.type === 'element' && node.tagName) {
      const attributes = Object.entries(node.properties ?? {}).map(
        ([name, value]): [string, string] => [attributeName(name), propertyText(value)],
      );
      findings.push(...elementFindings(node.tagName, attributes));
    }
    node.children?.forEach(visit);
    if (node.content) visit(node.content);
  };
  visit(htmlToHast(html + PAGE_GOES_ON, { fragment: true }) as unknown as Node);
  return findings;
}

/** The text of a JS string literal (`"…"`, `'…'`, or a template without `${`); undefined for code. */
export function stringLiteral(expression: string): string | undefined {
  const text = expression.trim();
  if (/^"(?:[^"\\\n]|\\.)*"$/.test(text)) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return undefined;
    }
  }
  if (/^'[^'\\\n]*'$/.test(text) || /^`[^`\\$]*`$/.test(text)) return text.slice(1, -1);
  return undefined;
}

/** Only comments (or nothing): `{/* … *\/}` is how MDX writes a note for other editors. */
const ONLY_COMMENTS = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;

function short(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The problems with an MDX JSX element (`<Quote …>`, `<a …>`). */
function jsxFindings(node: Node): Finding[] {
  const name = node.name ?? '';
  const findings: Finding[] = [];
  const attributes: [string, string][] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push({
        token: '{',
        message: say('spreadProps', { blok: name, code: short(String(attribute.value)) }),
      });
      continue;
    }
    const attr = attribute.name ?? '';
    const value = attribute.value;
    if (value && typeof value === 'object') {
      const code = String((value as { value?: unknown }).value ?? '');
      const text = stringLiteral(code);
      if (text === undefined) {
        findings.push({
          token: attr,
          message: say('propAsCode', { blok: name, prop: attr, code: short(code) }),
        });
        continue;
      }
      attributes.push([attr, text]);
    } else attributes.push([attr, typeof value === 'string' ? value : '']);
  }
  return [...elementFindings(name, attributes, /^[A-Z]/.test(name)), ...findings];
}

/** The problems of one mdast node (not its children). */
function nodeFindings(node: Node, mdx: boolean): Finding[] {
  switch (node.type) {
    case 'html':
      return htmlFindings(String(node.value ?? ''));
    case 'link':
      return urlFindings(node.url ?? '', 'een link', '](');
    case 'image':
      return urlFindings(node.url ?? '', 'een afbeelding', '](');
    case 'definition':
      return urlFindings(node.url ?? '', 'een linkverwijzing', ']:');
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return mdx ? jsxFindings(node) : [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const code = String(node.value ?? '');
      if (ONLY_COMMENTS.test(code)) return [];
      return [
        {
          token: '{',
          message: say('codeInText', { code: short(code) }),
        },
      ];
    }
    case 'mdxjsEsm':
      return [
        {
          token: String(node.value ?? '').trimStart().split(/\s/)[0] ?? '',
          message: say('importExport', { wat: 'import of export' }),
        },
      ];
    default:
      return [];
  }
}

/** The line in `raw` where `token` first occurs in `[from, to)`, or the line at `from`. */
function lineOf(raw: string, from: number, to: number, token: string): number {
  const slice = raw.slice(from, to);
  const at = token ? slice.toLowerCase().indexOf(token.toLowerCase()) : -1;
  return raw.slice(0, from + Math.max(at, 0)).split('\n').length;
}

interface Parsed {
  tree: Node;
  mdx: boolean;
  /** Braces that are not valid code ({{7*7}}), with the parser's line and reason. */
  badExpression?: { line: number; reason: string };
}

function parse(raw: string, mdx: boolean): Parsed {
  if (mdx) {
    try {
      return { tree: mdxToMdast(raw) as unknown as Node, mdx: true };
    } catch (error) {
      // Not valid MDX: the MDX compiler stops the build with its own message. Read the text as
      // Markdown so that markup in it is still named here with its line; braces that do not hold
      // valid code are named too, as they are what this check is about.
      const text = error instanceof Error ? error.message : String(error);
      const found = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/s.exec(text);
      const tree = markdownToMdast(raw) as unknown as Node;
      if (found && /expression/i.test(found[2] ?? '')) {
        return { tree, mdx: false, badExpression: { line: Number(found[1]), reason: found[2] ?? '' } };
      }
      return { tree, mdx: false };
    }
  }
  return { tree: markdownToMdast(raw) as unknown as Node, mdx: false };
}

/** Where the body starts: after the frontmatter. */
export function bodyStart(raw: string): number {
  return /^---\r?\n[\s\S]*?\r?\n---/.exec(raw)?.[0].length ?? 0;
}

/**
 * Markup in a body that would run code or restyle the page; `raw` is the whole file, frontmatter
 * included, so that line numbers match the file. `format` is the file's kind: in Markdown, tags
 * are HTML; in MDX, JSX.
 */
export function dangerousHtml(raw: string, format: 'md' | 'mdx' = 'md'): SafetyProblem[] {
  const { tree, mdx, badExpression } = parse(raw, format === 'mdx');
  const problems: SafetyProblem[] = [];
  const seen = new Set<string>();
  const add = (line: number | undefined, message: string) => {
    const field = line === undefined ? 'body' : `body (line ${line})`;
    if (seen.has(field + message)) return;
    seen.add(field + message);
    problems.push({ field, message });
  };
  if (badExpression) {
    add(
      badExpression.line,
      say('badExpression', { reden: badExpression.reason }),
    );
  }
  let html = false;
  const visit = (node: Node, parent?: Node) => {
    if (node.type === 'html') html = true;
    const findings = nodeFindings(node, mdx);
    const position = node.position ?? parent?.position;
    for (const finding of findings) {
      add(
        position ? lineOf(raw, position.start.offset, position.end.offset, finding.token) : undefined,
        finding.message,
      );
    }
    for (const child of node.children ?? []) visit(child, node.position ? node : parent);
  };
  visit(tree);
  // Raw HTML in Markdown is written to the page as it is, next to the rendered text, so pieces
  // that are harmless one by one can add up (an attribute left open runs on into the next
  // paragraph). The page's HTML as the build renders it is checked as a whole, once the pieces
  // pass.
  if (html && problems.length === 0) {
    const start = bodyStart(raw);
    const rendered = markdownToHtml(raw, { features: { gfm: true } }).html;
    for (const finding of htmlFindings(rendered)) {
      const at = raw.toLowerCase().indexOf(finding.token.toLowerCase(), start);
      add(at < 0 ? undefined : raw.slice(0, at).split('\n').length, finding.message);
    }
  }
  return problems;
}
