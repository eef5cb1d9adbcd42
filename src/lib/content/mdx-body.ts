/**
 * The components editors may use in an MDX body (`<Quote>`, `<Video>`, `<Figure>`, `<FactBox>`,
 * `<CallToAction>`, `<Fact>`), with the props each one needs. The same rules run twice:
 * - on the file's text when the content is loaded (`bodyProblems`, via `validateEntry`), so a
 *   mistake fails the build, and `npm test`, with the file, the line and the prop;
 * - on the props when a component renders (`componentProblem` in `./validate.ts`), for props
 *   written as expressions that the text check cannot read.
 */
import { z } from 'astro/zod';
import { blockLabel, type BlockName } from './labels';
import { say } from './messages';
import { CAPTIONS, DURATION, EMAIL } from './patterns';
import { stringLiteral } from './body-safety';
import { isHttpsUrl, show } from './schemas';
import { videoSource, videoUrlProblem } from '../media/video-embed';

/** A text prop; `what` says what to fill in, and how, when it is missing. */
function required(what: string, max?: number) {
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? say('blockPropRequired', { wat: what })
          : say('blockPropNotText', { waarde: show(issue.input) }),
    })
    .trim()
    .min(1, { error: say('blockPropRequired', { wat: what }) });
  return max
    ? base.max(max, { error: (issue) => say('tooLong', { lengte: String(issue.input).trim().length, max }) })
    : base;
}

function props<T extends z.core.$ZodLooseShape>(name: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? say('blockUnknownProp', {
            blok: name,
            props: issue.keys.map((key) => `"${key}"`).join(', '),
            toegestaan: Object.keys(shape)
              .filter((key) => key !== 'children')
              .join(', '),
          })
        : say('blockNotProps'),
  });
}

/** The props of each component. `children` is what goes between the opening and closing tag. */
export const componentSchemas = {
  Quote: props('Quote', {
    /** Who said it: the name as shown. */
    person: required('de naam van wie het zegt, zoals person="Anouk Smit"', 80),
    /** Their role or job (optional), e.g. "Trainee bij de gemeente". */
    role: required('de rol of baan', 120).optional(),
    /** The quote itself, between <Quote …> and </Quote>. */
    children: required('het citaat zelf, tussen <Quote …> en </Quote>'),
  }),
  Video: props('Video', {
    /** YouTube or Vimeo address, or a file in public/videos/. */
    url: required('de link naar de video').refine((url) => videoSource(url) !== undefined, {
      error: (issue) => videoUrlProblem(String(issue.input)),
    }),
    /** What the video is about, for the play button and the player. */
    title: required('waar de video over gaat, zoals title="Anouk over haar traineeship"', 120),
    /** Length as minutes:seconds (2:30) or ISO 8601 (PT2M30S). */
    duration: required('de duur, zoals duration="2:30"').regex(DURATION, {
      error: (issue) => say('duration', { waarde: show(issue.input) }),
    }),
    /** Poster image in content/images/, e.g. ../../images/portret-3.jpg. */
    poster: required('een posterafbeelding, zoals poster="../../images/portret-3.jpg"'),
    /** What the poster shows. */
    alt: required('de alt-tekst van de poster: wat er op de afbeelding te zien is', 200),
    /** WebVTT captions for a file in public/videos/. */
    captions: required('een ondertitelbestand')
      .regex(CAPTIONS, { error: (issue) => say('captions', { waarde: show(issue.input) }) })
      .optional(),
    /** The transcript: everything that is said, between <Video …> and </Video> (WCAG 1.2). */
    children: required('de uitgeschreven tekst: alles wat er gezegd wordt, tussen <Video …> en </Video>'),
  }).superRefine((data, ctx) => {
    if (videoSource(data.url)?.kind === 'local' && !data.captions) {
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: say('blockCaptionsMissing'),
      });
    }
  }),
  Figure: props('Figure', {
    /** Image in content/images/, e.g. ../../images/maakstad.jpg. */
    src: required('een afbeelding uit content/images, zoals src="../../images/maakstad.jpg"'),
    /** What the image shows, for people who cannot see it (WCAG 1.1.1). */
    alt: required('de alt-tekst: wat er op de afbeelding te zien is, voor wie hem niet kan zien', 200),
    /** Caption under the image (optional). */
    caption: required('een bijschrift', 300).optional(),
  }),
  FactBox: props('FactBox', {
    /** Heading of the box (optional; "Goed om te weten" when left out). */
    title: required('een kop', 80).optional(),
    /** The facts, as Markdown, between <FactBox> and </FactBox>. */
    children: required('de feiten, tussen <FactBox> en </FactBox>'),
  }),
  CallToAction: props('CallToAction', {
    /** Where the button goes: a page of this site (/kansen/), an https:// address or an e-mail address. */
    href: required('waar de knop heen gaat, zoals href="/kansen/"').refine(
      (href) => /^\/[^/]/.test(href) || href === '/' || isHttpsUrl(href) || EMAIL.test(href),
      { error: (issue) => say('blockLink', { waarde: show(issue.input) }) },
    ),
    /** The button text: what happens when you click, e.g. "Bekijk alle stages". */
    label: required('de tekst op de knop, zoals label="Bekijk alle stages"', 60),
    /** A sentence above the button (optional), between <CallToAction …> and </CallToAction>. */
    children: z.string().optional(),
  }),
  Fact: props('Fact', {
    /** The fact's id: its file name in content/facts/ without .yml. */
    id: required('het feit, zoals id="brp-inschrijven-dagen" (de bestandsnaam in content/facts/)', 80),
    /** measures="ja": also say what the figure measures, before the value (optional). */
    measures: required('ja, of laat het weg')
      .refine((value) => value === 'ja', {
        error: (issue) => say('unknownChoice', { waarde: show(issue.input), keuzes: 'ja' }),
      })
      .optional(),
  }),
} as const;

export type ComponentName = keyof typeof componentSchemas;
export const componentNames = Object.keys(componentSchemas) as ComponentName[];

/** One problem in an MDX body, as `formatProblems` prints it. */
export interface BodyProblem {
  field: string;
  message: string;
}

function where(name: string, line: number | undefined, prop: string): string {
  return blockLabel(name as BlockName, line, prop);
}

/** The problems with one component's props; props whose value is an expression are skipped. */
export function propProblems(
  name: ComponentName,
  given: Record<string, unknown>,
  line?: number,
  unreadable: readonly string[] = [],
): BodyProblem[] {
  const result = componentSchemas[name].safeParse(given, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path[0]];
    return keys
      .filter((key) => !unreadable.includes(String(key)))
      .map((key) => ({
        field: where(name, line, key === undefined ? '' : String(key)),
        message: issue.message,
      }));
  });
}

interface Tag {
  name: ComponentName;
  line: number;
  props: Record<string, unknown>;
  unreadable: string[];
}

/** Blank out code (fenced and inline) and comments, keeping line numbers, so examples in code are ignored. */
function withoutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Reads the attributes of an opening tag starting at `from` (after the name). */
function readAttributes(source: string, from: number) {
  const props: Record<string, unknown> = {};
  const unreadable: string[] = [];
  let i = from;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    const char = source[i];
    if (char === undefined) return { props, unreadable, end: i, selfClosing: false, ok: false };
    if (char === '/' && source[i + 1] === '>')
      return { props, unreadable, end: i + 2, selfClosing: true, ok: true };
    if (char === '>') return { props, unreadable, end: i + 1, selfClosing: false, ok: true };
    const name = /^[A-Za-z_][\w-]*/.exec(source.slice(i))?.[0];
    if (!name) return { props, unreadable, end: i, selfClosing: false, ok: false };
    i += name.length;
    skipSpace();
    if (source[i] !== '=') {
      props[name] = true;
      continue;
    }
    i++;
    skipSpace();
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      if (close < 0) return { props, unreadable, end: i, selfClosing: false, ok: false };
      props[name] = source.slice(i + 1, close);
      i = close + 1;
    } else if (quote === '{') {
      // An expression: find its closing brace, skipping strings inside.
      let depth = 0;
      const start = i;
      for (; i < source.length; i++) {
        const c = source[i];
        if (c === '"' || c === "'" || c === '`') {
          // The closing quote, past escaped characters (the CMS writes title={"Zeg \"hoi\""}).
          let close = i + 1;
          while (close < source.length && source[close] !== c) close += source[close] === '\\' ? 2 : 1;
          if (close >= source.length) break;
          i = close;
        } else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
      }
      const expression = source.slice(start + 1, i).trim();
      const literal = stringLiteral(expression);
      if (literal !== undefined) props[name] = literal;
      else {
        props[name] = expression;
        unreadable.push(name);
      }
      i++;
    } else {
      return { props, unreadable, end: i, selfClosing: false, ok: false };
    }
  }
}

/** The editor components used in an MDX body, with their props as written. */
export function componentTags(body: string): Tag[] {
  const source = withoutCode(body);
  const tags: Tag[] = [];
  const opening = new RegExp(`<(${componentNames.join('|')})(?=[\\s/>])`, 'g');
  for (const match of source.matchAll(opening)) {
    const name = match[1] as ComponentName;
    const start = match.index ?? 0;
    const line = source.slice(0, start).split('\n').length;
    const attributes = readAttributes(source, start + 1 + name.length);
    if (!attributes.ok) {
      tags.push({ name, line, props: { __unclosed: true }, unreadable: [] });
      continue;
    }
    const props = { ...attributes.props };
    if (!attributes.selfClosing) {
      const close = source.indexOf(`</${name}>`, attributes.end);
      const children = close < 0 ? '' : source.slice(attributes.end, close).trim();
      if (children) props.children = children;
    }
    tags.push({ name, line, props, unreadable: attributes.unreadable });
  }
  return tags;
}

/**
 * The problems with editor components in an MDX file's text (frontmatter included, so that line
 * numbers match the file). Used by `validateEntry` for .mdx files.
 */
export function bodyProblems(raw: string): BodyProblem[] {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(raw)?.[0] ?? '';
  const body = frontmatter.replace(/[^\n]/g, ' ') + raw.slice(frontmatter.length);
  return componentTags(body).flatMap((tag) =>
    tag.props.__unclosed
      ? [
          {
            field: where(tag.name, tag.line, ''),
            message: say('blockNotClosed'),
          },
        ]
      : propProblems(tag.name, tag.props, tag.line, tag.unreadable),
  );
}
