/**
 * The MDX components of story bodies (`src/components/mdx/`) as blocks in the CMS's rich-text
 * editor: editors insert and edit a quote, video, figure, fact box or call to action through a
 * form, and the CMS writes the same MDX the site renders. Without these definitions the editor
 * would treat the tags as text and could mangle them.
 *
 * Pure data and string functions, shared by /admin/ and the unit tests.
 */
import type { EditorComponentDefinition, Field } from '@sveltia/cms';
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

const string = (name: string, label: string, hint?: string, required = true): Field =>
  ({ name, label, widget: 'string', required, ...(hint ? { hint } : {}) }) as Field;
const text = (name: string, label: string, hint?: string, required = true): Field =>
  ({ name, label, widget: 'text', required, ...(hint ? { hint } : {}) }) as Field;
const image = (name: string, label: string): Field =>
  ({ name, label, widget: 'image', hint: 'Een afbeelding uit content/images.' }) as Field;

export const editorComponents: EditorComponentDefinition[] = [
  {
    id: 'quote',
    label: 'Citaat',
    icon: 'format_quote',
    fields: [
      text('children', 'Citaat', 'Wat de persoon zegt, zonder aanhalingstekens.'),
      string('person', 'Naam', 'Wie het zegt (verplicht).'),
      string('role', 'Rol of baan', undefined, false),
    ],
    pattern: /^<Quote\b([^>]*)>\s*([\s\S]*?)\s*<\/Quote>/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) => tag('Quote', props, ['person', 'role'], props.children as string),
    toPreview: (props) =>
      previewHtml('Citaat', props.children, [props.person, props.role].filter(Boolean).join(', ')),
  },
  {
    id: 'video',
    label: 'Video',
    icon: 'smart_display',
    fields: [
      string('url', 'Adres van de video', 'YouTube, Vimeo of /videos/naam.mp4.'),
      string('title', 'Waar gaat de video over?'),
      string('duration', 'Duur', 'Als PT2M30S.'),
      image('poster', 'Posterafbeelding'),
      string('alt', 'Alt-tekst van de poster'),
      string('captions', 'Ondertitels', 'Alleen bij een eigen bestand: /videos/naam.nl.vtt.', false),
      text('children', 'Uitgeschreven tekst', 'Alles wat er gezegd wordt (verplicht, WCAG 1.2).'),
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
    label: 'Afbeelding met bijschrift',
    icon: 'image',
    fields: [
      image('src', 'Afbeelding'),
      string('alt', 'Alt-tekst', 'Beschrijf wat er op de afbeelding staat (verplicht).'),
      string('caption', 'Bijschrift', undefined, false),
    ],
    pattern: /^<Figure\b([^>]*?)\s*\/>/m,
    fromBlock: (match) => readProps(match[1] ?? ''),
    toBlock: (props) => tag('Figure', props, ['src', 'alt', 'caption']),
    toPreview: (props) => previewHtml('Afbeelding', props.src, props.caption),
  },
  {
    id: 'factbox',
    label: 'Feitenblok',
    icon: 'info',
    fields: [
      string('title', 'Kop', 'Leeg: "Goed om te weten".', false),
      text('children', 'Feiten', 'Bijvoorbeeld een lijstje: elke regel begint met "- ".'),
    ],
    pattern: /^<FactBox\b([^>]*)>\s*([\s\S]*?)\s*<\/FactBox>/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) => tag('FactBox', props, ['title'], props.children as string),
    toPreview: (props) => previewHtml(String(props.title || 'Goed om te weten'), props.children),
  },
  {
    id: 'calltoaction',
    label: 'Knop naar een volgende stap',
    icon: 'arrow_forward',
    fields: [
      text('children', 'Zin boven de knop', undefined, false),
      string('label', 'Tekst op de knop', 'Wat er gebeurt, bijvoorbeeld "Bekijk alle stages".'),
      string('href', 'Link', 'Een pagina van deze site (/kansen/), een https://-adres of een e-mailadres.'),
    ],
    pattern: /^<CallToAction\b([^>]*?)\s*(?:\/>|>\s*([\s\S]*?)\s*<\/CallToAction>)/m,
    fromBlock: (match) => ({ ...readProps(match[1] ?? ''), children: match[2] ?? '' }),
    toBlock: (props) => tag('CallToAction', props, ['href', 'label'], props.children as string),
    toPreview: (props) =>
      previewHtml('Knop', props.children, `${String(props.label ?? '')} → ${String(props.href ?? '')}`),
  },
];
