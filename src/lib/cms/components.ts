/**
 * The MDX components of story bodies (`src/components/mdx/`) as blocks in the CMS's rich-text
 * editor: editors insert and edit a quote, video, figure, fact box or call to action through a
 * form, and the CMS writes the same MDX the site renders. Without these definitions the editor
 * would treat the tags as text and could mangle them.
 *
 * Pure data and string functions, shared by /admin/ and the unit tests.
 */
import type { EditorComponentDefinition, Field } from '@sveltia/cms';
import { BLOCKS, type BlockName } from '../content/labels';
import { escapeHtml } from '../site/html';

/** Props as written in an opening tag: `person="Anouk" role='Trainee'` or `title={"Zeg \"hoi\""}`. */
export function readProps(attributes: string): Record<string, string> {
  const props: Record<string, string> = {};
  const pattern = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*("(?:[^"\\]|\\.)*")\s*\})/g;
  for (const match of attributes.matchAll(pattern)) {
    const [, name = '', double, single, json] = match;
    props[name] = double ?? single ?? (json ? (JSON.parse(json) as string) : '');
  }
  return props;
}

/** One prop for an opening tag; left out when empty. Values with a double quote become {"…"}. */
export function writeProp(name: string, value: unknown): string {
  const text =
    typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
  if (!text) return '';
  return text.includes('"') ? ` ${name}={${JSON.stringify(text)}}` : ` ${name}="${text}"`;
}

function tag(name: string, props: Record<string, unknown>, order: string[], children?: string): string {
  const attributes = order.map((key) => writeProp(key, props[key])).join('');
  const inner = typeof children === 'string' ? children.trim() : '';
  return inner ? `<${name}${attributes}>\n${inner}\n</${name}>` : `<${name}${attributes} />`;
}

/** A plain preview of a block: its kind in bold, then its main text. */
export function previewHtml(kind: string, ...parts: unknown[]): string {
  return `<p><strong>${escapeHtml(kind)}</strong></p>${parts
    .filter((part) => part !== undefined && part !== '')
    .map((part) => `<p>${escapeHtml(String(part ?? ''))}</p>`)
    .join('')}`;
}

/** A prop of a block as a CMS field, with its label and hint from the one table (`../content/labels.ts`). */
function prop(block: BlockName, name: string, widget: 'string' | 'text' | 'image', required = true): Field {
  const text = (BLOCKS[block].props as Record<string, { label: string; hint: string }>)[name];
  if (!text) throw new Error(`src/lib/content/labels.ts has no label for the ${block} prop "${name}"`);
  return { name, label: text.label, hint: text.hint, widget, required } as Field;
}

export const editorComponents: EditorComponentDefinition[] = [
  {
    id: 'quote',
    label: BLOCKS.Quote.label,
    icon: 'format_quote',
    fields: [
      prop('Quote', 'children', 'text'),
      prop('Quote', 'person', 'string'),
      prop('Quote', 'role', 'string', false),
    ],
    pattern: /^<Quote\b([^>]*)>\s*([\s\S]*?)\s*<\/Quote>/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) => tag('Quote', props, ['person', 'role'], props.children as string),
    toPreview: (props) =>
      previewHtml(BLOCKS.Quote.label, props.children, [props.person, props.role].filter(Boolean).join(', ')),
  },
  {
    id: 'video',
    label: BLOCKS.Video.label,
    icon: 'smart_display',
    fields: [
      prop('Video', 'url', 'string'),
      prop('Video', 'title', 'string'),
      prop('Video', 'duration', 'string'),
      prop('Video', 'poster', 'image'),
      prop('Video', 'alt', 'string'),
      prop('Video', 'captions', 'string', false),
      prop('Video', 'children', 'text'),
    ],
    pattern: /^<Video\b([^>]*)>\s*([\s\S]*?)\s*<\/Video>/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) =>
      tag(
        'Video',
        props,
        ['url', 'title', 'duration', 'poster', 'alt', 'captions'],
        props.children as string,
      ),
    toPreview: (props) => previewHtml('Video', props.title, props.url),
  },
  {
    id: 'figure',
    label: BLOCKS.Figure.label,
    icon: 'image',
    fields: [
      prop('Figure', 'src', 'image'),
      prop('Figure', 'alt', 'string'),
      prop('Figure', 'caption', 'string', false),
    ],
    pattern: /^<Figure\b([^>]*?)\s*\/>/m,
    fromBlock: (match) => readProps(match[1] ?? ''),
    toBlock: (props) => tag('Figure', props, ['src', 'alt', 'caption']),
    toPreview: (props) => previewHtml('Afbeelding', props.src, props.caption),
  },
  {
    id: 'factbox',
    label: BLOCKS.FactBox.label,
    icon: 'info',
    fields: [prop('FactBox', 'title', 'string', false), prop('FactBox', 'children', 'text')],
    pattern: /^<FactBox\b([^>]*)>\s*([\s\S]*?)\s*<\/FactBox>/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) => tag('FactBox', props, ['title'], props.children as string),
    toPreview: (props) => previewHtml(String(props.title || 'Goed om te weten'), props.children),
  },
  {
    id: 'calltoaction',
    label: BLOCKS.CallToAction.label,
    icon: 'arrow_forward',
    fields: [
      prop('CallToAction', 'children', 'text', false),
      prop('CallToAction', 'label', 'string'),
      prop('CallToAction', 'href', 'string'),
    ],
    pattern: /^<CallToAction\b([^>]*?)\s*(?:\/>|>\s*([\s\S]*?)\s*<\/CallToAction>)/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) => tag('CallToAction', props, ['href', 'label'], props.children as string),
    toPreview: (props) =>
      previewHtml('Knop', props.children, `${String(props.label ?? '')} → ${String(props.href ?? '')}`),
  },
  {
    id: 'fact',
    label: BLOCKS.Fact.label,
    icon: 'fact_check',
    fields: [prop('Fact', 'id', 'string'), prop('Fact', 'measures', 'string', false)],
    pattern: /^<Fact\b([^>]*?)\s*\/>/m,
    fromBlock: (match) => readProps(match[1] ?? ''),
    toBlock: (props) => tag('Fact', props, ['id', 'measures']),
    toPreview: (props) => previewHtml('Getal met bron', props.id),
  },
];
