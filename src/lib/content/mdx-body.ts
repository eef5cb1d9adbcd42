/**
 * The components editors may use in an MDX body (`<Quote>`, `<Video>`, `<Figure>`, `<FactBox>`,
 * `<CallToAction>`), with the props each one needs. The same rules run twice:
 * - on the file's text when the content is loaded (`bodyProblems`, via `validateEntry`), so a
 *   mistake fails the build, and `npm test`, with the file, the line and the prop;
 * - on the props when a component renders (`componentProblem` in `./validate.ts`), for props
 *   written as expressions that the text check cannot read.
 */
import { z } from 'astro/zod';
import { CAPTIONS, EMAIL, ISO_DURATION } from './patterns';
import { stringLiteral } from './body-safety';
import { isHttpsUrl, show } from './schemas';
import { videoSource, videoUrlProblem } from '../media/video-embed';

function required(what: string, max?: number) {
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is required: ${what}`
          : `must be text in quotes, got ${show(issue.input)}`,
    })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });
  return max ? base.max(max, { error: `is too long: at most ${max} characters` }) : base;
}

function props<T extends z.core.$ZodLooseShape>(name: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `<${name}> has no prop ${issue.keys.map((key) => `"${key}"`).join(', ')}. Allowed: ${Object.keys(
            shape,
          )
            .filter((key) => key !== 'children')
            .join(', ')}`
        : `must be a group of props`,
  });
}

/** The props of each component. `children` is what goes between the opening and closing tag. */
export const componentSchemas = {
  Quote: props('Quote', {
    /** Who said it: the name as shown. */
    person: required('the name of the person who said it, e.g. person="Anouk Smit"', 80),
    /** Their role or job (optional), e.g. "Trainee bij de gemeente". */
    role: required('their role or job', 120).optional(),
    /** The quote itself, between <Quote …> and </Quote>. */
    children: required('the quote itself, between <Quote …> and </Quote>'),
  }),
  Video: props('Video', {
    /** YouTube or Vimeo address, or a file in public/videos/. */
    url: required('the video address').refine((url) => videoSource(url) !== undefined, {
      error: (issue) => videoUrlProblem(String(issue.input)),
    }),
    /** What the video is about, for the play button and the player. */
    title: required('what the video is about, e.g. title="Anouk over haar traineeship"', 120),
    /** Length as ISO 8601 duration, e.g. PT3M40S. */
    duration: required('the length, e.g. duration="PT3M40S"').regex(ISO_DURATION, {
      error: 'must be a duration such as PT3M40S (3 minutes 40 seconds)',
    }),
    /** Poster image in content/images/, e.g. ../../images/portret-3.jpg. */
    poster: required('a poster image, e.g. poster="../../images/portret-3.jpg"'),
    /** What the poster shows. */
    alt: required('alt text for the poster: describe what the image shows', 200),
    /** WebVTT captions for a file in public/videos/. */
    captions: required('a captions file')
      .regex(CAPTIONS, { error: 'must be a .vtt file in /videos/' })
      .optional(),
    /** The transcript: everything that is said, between <Video …> and </Video> (WCAG 1.2). */
    children: required(
      'a transcript: write everything that is said between <Video …> and </Video> (WCAG 1.2)',
    ),
  }).superRefine((data, ctx) => {
    if (videoSource(data.url)?.kind === 'local' && !data.captions) {
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: 'a video on this site needs a captions file: captions="/videos/name.vtt" (WCAG 1.2.2)',
      });
    }
  }),
  Figure: props('Figure', {
    /** Image in content/images/, e.g. ../../images/maakstad.jpg. */
    src: required('an image from content/images, e.g. src="../../images/maakstad.jpg"'),
    /** What the image shows, for people who cannot see it (WCAG 1.1.1). */
    alt: required('alt text: describe what the image shows for people who cannot see it', 200),
    /** Caption under the image (optional). */
    caption: required('a caption', 300).optional(),
  }),
  FactBox: props('FactBox', {
    /** Heading of the box (optional; "Goed om te weten" when left out). */
    title: required('a heading', 80).optional(),
    /** The facts, as Markdown, between <FactBox> and </FactBox>. */
    children: required('the facts, between <FactBox> and </FactBox>'),
  }),
  CallToAction: props('CallToAction', {
    /** Where the button goes: a page of this site (/kansen/), an https:// address or an e-mail address. */
    href: required('where the button goes, e.g. href="/kansen/"').refine(
      (href) => /^\/[^/]/.test(href) || href === '/' || isHttpsUrl(href) || EMAIL.test(href),
      {
        error: (issue) =>
          `${show(issue.input)} is not a link. Allowed: a page of this site such as /kansen/, a full https:// address, or an e-mail address`,
      },
    ),
    /** The button text: what happens when you click, e.g. "Bekijk alle stages". */
    label: required('the button text, e.g. label="Bekijk alle stages"', 60),
    /** A sentence above the button (optional), between <CallToAction …> and </CallToAction>. */
    children: z.string().optional(),
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
  return `<${name}>${line === undefined ? '' : ` on line ${line}`}${prop ? ` ${prop}` : ''}`;
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
            message: `the tag is not closed: end it with > (or /> when nothing goes inside), and put text props in quotes`,
          },
        ]
      : propProblems(tag.name, tag.props, tag.line, tag.unreadable),
  );
}
