// Markup in a body that would run code on a page is refused when the content is loaded, with the
// file and the line. The check reads the body's parse tree, so markup cannot slip through by being
// split over lines or written with entities.
import { describe, expect, it } from 'vitest';
import { dangerousHtml, FORBIDDEN_ELEMENTS, normalizedValue } from '../../src/lib/content/body-safety';
import { validateEntry } from '../../src/lib/content/validation';
import { articleStory } from '../support/entries';

const FILE_MD = 'content/opportunities/nl/stage.md';
const FILE_MDX = 'content/stories/nl/anouk.mdx';
/** Three lines of frontmatter: the body starts on line 4. */
const file = (body: string) => `---\ntitle: X\n---\n${body}`;
const md = (body: string) => dangerousHtml(file(body), 'md');
const mdx = (body: string) => dangerousHtml(file(body), 'mdx');
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

const story = articleStory;

function message(result: ReturnType<typeof validateEntry>): string {
  if (result.ok) throw new Error('expected the entry to be refused');
  return result.message;
}

describe('event handlers', () => {
  it('refuses a handler on the next line of a tag split over lines (Markdown)', () => {
    const problems = md('Tekst\n\n<img src=x\nonerror=alert(1)>');
    expect(fields(problems)).toEqual(['body (line 7)']);
    expect(problems[0]?.message).toMatch(/^bevat het attribuut onerror op <img>: een event handler/);
  });

  it('refuses a handler in a tag split over lines that is not valid MDX', () => {
    // Unquoted attributes are no JSX: the file is read as Markdown to name the line all the same.
    expect(fields(mdx('<img src=x\nonerror=alert(1)>'))).toEqual(['body (line 5)']);
  });

  it('refuses a handler on a JSX tag in MDX, written in any case', () => {
    const problems = mdx('Tekst\n\n<img\n  src="x.jpg"\n  onError="alert(1)"\n/>');
    expect(fields(problems)).toEqual(['body (line 8)']);
    expect(problems[0]?.message).toContain('onerror');
  });

  it('refuses a handler inside an inline tag among other text', () => {
    expect(fields(md('Eerst tekst, dan <a href="/kansen/" onmouseover="alert(1)">een link</a>.'))).toEqual([
      'body (line 4)',
    ]);
  });

  it('refuses a handler on an editor component', () => {
    expect(mdx('<Quote person="Anouk" onClick="alert(1)">Tekst</Quote>')[0]?.message).toMatch(
      /attribuut onclick op <Quote>/,
    );
  });

  it('refuses a handler in a tag that the end of the text leaves open', () => {
    // The page's own HTML after the body closes the tag, handler and all.
    expect(fields(md('Tekst\n\n<div onclick="alert(1)"'))).toEqual(['body (line 6)']);
  });

  it('refuses an attribute left open that runs into the next paragraph', () => {
    // Harmless piece by piece; in the page, the browser reads onmouseover as an attribute of <p>.
    const problems = md('<p title="\n\nfoo " onmouseover="alert(1)\n\nMeer tekst.');
    expect(problems).toEqual([{ field: 'body (line 6)', message: expect.stringMatching(/onmouseover/) }]);
  });
});

describe('script addresses', () => {
  it('refuses an entity-encoded javascript: in a Markdown link', () => {
    const problems = md('[klik](java&#x73;cript:alert(1))');
    expect(fields(problems)).toEqual(['body (line 4)']);
    expect(problems[0]?.message).toMatch(/^bevat een javascript:-adres in een link/);
  });

  it('refuses a decimal entity in an HTML href', () => {
    expect(md('<a href="&#106;avascript:alert(1)">x</a>')[0]?.message).toMatch(
      /javascript:-adres in het attribuut href van <a>/,
    );
  });

  it('refuses a tab inside the scheme', () => {
    expect(fields(md('<a href="java\tscript:alert(1)">x</a>'))).toEqual(['body (line 4)']);
  });

  it('refuses a newline inside the scheme, as a character reference and as written', () => {
    expect(fields(md('<a href="java&#10;script:alert(1)">x</a>'))).toEqual(['body (line 4)']);
    expect(fields(md('<a\nhref="java\nscript:alert(1)">x</a>'))).toEqual(['body (line 5)']);
  });

  it('refuses upper case and leading spaces', () => {
    expect(md('<a href="  JaVaScRiPt:alert(1)">x</a>')).toHaveLength(1);
  });

  it('refuses vbscript:', () => {
    expect(md('<a href="vbscript:msgbox(1)">x</a>')[0]?.message).toMatch(/vbscript:-adres/);
  });

  it('refuses a javascript: autolink', () => {
    expect(fields(md('Zie <javascript:alert(1)>.'))).toEqual(['body (line 4)']);
  });

  it('refuses a javascript: link reference definition', () => {
    expect(md('[klik][1]\n\n[1]: javascript:alert(1)')[0]).toEqual({
      field: 'body (line 6)',
      message: expect.stringMatching(/in een linkverwijzing/),
    });
  });

  it('refuses javascript: in a JSX attribute in MDX', () => {
    expect(fields(mdx('<a href="javascript:alert(1)">x</a>'))).toEqual(['body (line 4)']);
  });

  it('refuses javascript: in a prop written as a string literal with escapes', () => {
    expect(mdx('<CallToAction href={"java\\u0073cript:alert(1)"} label="Ga" />')[0]?.message).toMatch(
      /javascript:-adres in het attribuut href van <CallToAction>/,
    );
  });

  it('refuses javascript: in the address of a video', () => {
    expect(
      mdx(
        '<Video url="javascript:alert(1)" title="T" duration="PT1M" poster="p.jpg" alt="A">Tekst</Video>',
      )[0]?.message,
    ).toMatch(/javascript:-adres in het attribuut url van <Video>/);
  });

  it('allows the text javascript: in a component prop that is text, which the site writes as text', () => {
    expect(mdx('<Quote person="Leer javascript: een cursus" role="Docent">Tekst</Quote>')).toEqual([]);
  });

  it('refuses javascript: in a Markdown link inside an editor component', () => {
    expect(fields(mdx('<FactBox>\n- [klik](javascript:alert(1))\n</FactBox>'))).toEqual(['body (line 5)']);
  });

  it('refuses javascript: in any attribute, such as SVG animation values', () => {
    expect(
      md('<svg><a><text>x</text></a><circle values="0;javascript:alert(1)" /></svg>')[0]?.message,
    ).toMatch(/javascript:-adres in het attribuut values/);
  });
});

describe('data: addresses', () => {
  it('refuses a data: link in Markdown', () => {
    expect(md('[klik](data:text/html;base64,PHNjcmlwdD4=)')[0]?.message).toMatch(
      /^bevat een data:-adres in een link/,
    );
  });

  it('refuses a data: image in Markdown: images belong in content/images/', () => {
    expect(md('![Een stip](data:image/png;base64,iVBORw0KGgo=)')[0]?.message).toMatch(
      /data:-adres in een afbeelding.*content\/images\//,
    );
  });

  it('refuses a data: src in HTML', () => {
    expect(fields(md('<img src="data:image/svg+xml,<svg/>" alt="">'))).toEqual(['body (line 4)']);
  });

  it('refuses a data: href on a JSX tag', () => {
    expect(mdx('<a href="data:text/html,hoi">x</a>')).toHaveLength(1);
  });

  it('allows the text "data:" outside an address', () => {
    expect(md('<abbr title="data: gegevens">data</abbr>')).toEqual([]);
  });
});

describe('elements', () => {
  it.each([...FORBIDDEN_ELEMENTS])('refuses <%s> in Markdown', (tag) => {
    const problems = md(`Tekst\n\n<${tag} x="1"></${tag}>`);
    expect(problems.map((p) => p.field)).toContain('body (line 6)');
    expect(problems[0]?.message).toMatch(new RegExp(`^bevat <${tag}>`));
  });

  it.each(['script', 'iframe', 'object', 'embed', 'style', 'form', 'base', 'meta', 'link'])(
    'refuses <%s> as a JSX tag in MDX',
    (tag) => {
      expect(mdx(`<${tag} />`)[0]).toEqual({
        field: 'body (line 4)',
        message: expect.stringContaining(`<${tag}>`),
      });
    },
  );

  it('refuses a script after text on the same line', () => {
    expect(fields(md('Hallo <script>alert(1)</script> daar'))).toEqual(['body (line 4)']);
  });

  it('refuses a script written in upper case', () => {
    expect(md('<SCRIPT SRC="https://example.com/x.js"></SCRIPT>')[0]?.message).toMatch(/^bevat <script>/);
  });

  it('refuses a script that a <noscript> hides from a parser without scripting', () => {
    expect(
      md('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>')[0]?.message,
    ).toMatch(/^bevat <noscript>/);
  });

  it('refuses a component named like a forbidden element', () => {
    expect(mdx('<Script>alert(1)</Script>')).toHaveLength(1);
  });
});

describe('style attributes', () => {
  it('refuses a style attribute in HTML, with url(javascript:…) or not', () => {
    expect(md('<p style="background:url(javascript:alert(1))">x</p>')[0]?.message).toMatch(
      /^bevat een style-attribuut op <p>/,
    );
    expect(md('<p style="width: expression(alert(1))">x</p>')).toHaveLength(1);
  });

  it('refuses a style attribute on a JSX tag', () => {
    expect(mdx('<div style="color: red">x</div>')[0]?.message).toMatch(/style-attribuut op <div>/);
  });
});

describe('code in MDX', () => {
  it('refuses an expression in the text', () => {
    const problems = mdx('Het antwoord is {6 * 7}.');
    expect(problems).toEqual([
      { field: 'body (line 4)', message: expect.stringMatching(/^bevat de code \{6 \* 7\}/) },
    ]);
  });

  it('refuses a template placeholder such as {{7*7}}, which is no valid code either', () => {
    const problems = mdx('Tekst\n\n{{7*7}}');
    expect(fields(problems)).toEqual(['body (line 6)']);
    expect(problems[0]?.message).toMatch(/^bevat accolades met iets wat geen geldige code is/);
  });

  it('refuses code that reads the build environment', () => {
    expect(mdx('{process.env.GITHUB_TOKEN}')[0]?.message).toContain('process.env.GITHUB_TOKEN');
  });

  it('allows comments', () => {
    expect(mdx('{/* CONCEPT: nog niet publiceren. */}\n\nTekst {/* a */ /* b */}.')).toEqual([]);
  });

  it('refuses a comment followed by code', () => {
    expect(mdx('{/* a */ alert(1) /* b */}')).toHaveLength(1);
  });

  it('refuses an import', () => {
    expect(mdx("import Raw from '../../src/components/Raw.astro'\n\nTekst")[0]).toEqual({
      field: 'body (line 4)',
      message: expect.stringMatching(/^bevat import of export/),
    });
  });

  it('refuses an export', () => {
    expect(fields(mdx('Tekst\n\nexport const x = 1'))).toEqual(['body (line 6)']);
  });

  it('refuses spread props', () => {
    expect(mdx('<Quote {...props}>Tekst</Quote>')[0]?.message).toMatch(/^<Quote> bevat \{\.\.\.props\}/);
  });

  it('refuses a prop written as code', () => {
    expect(mdx('<Quote person={naam}>Tekst</Quote>')[0]?.message).toBe(
      '<Quote> heeft person={naam}: een prop is tekst tussen aanhalingstekens, geen code. Schrijf person="…".',
    );
  });

  it('allows a prop written as a quoted string in braces, as the CMS writes quotes', () => {
    expect(mdx('<FactBox title={"Zeg \\"hoi\\""}>\n- Feit\n</FactBox>')).toEqual([]);
    expect(mdx("<Quote person={'Anouk'} role={`Trainee`}>Tekst</Quote>")).toEqual([]);
  });

  it('reads braces as text in Markdown', () => {
    expect(md('Het antwoord is {6 * 7}.\n\nimport x from "y"')).toEqual([]);
  });
});

describe('what stays allowed', () => {
  it('allows markup as code, where Markdown shows it as text', () => {
    const body = 'Schrijf `<script>alert(1)</script>` zo.\n\n```html\n<img src=x\nonerror=alert(1)>\n```\n';
    expect(md(body)).toEqual([]);
    expect(mdx(body)).toEqual([]);
  });

  it('allows ordinary Markdown, links, images and harmless HTML', () => {
    const body =
      '## Kop\n\nTekst met **nadruk**, een [link](https://www.hengelo.nl/), [mail](mailto:talent@hengelo.nl) en 3 &lt; 4.\n\n' +
      '![Een hal](../../images/maakstad.jpg)\n\n<abbr title="Hengelo">HGL</abbr> <a href="/kansen/">kansen</a>';
    expect(md(body)).toEqual([]);
  });

  it('allows every editor component as documented', () => {
    const body =
      '<Quote person="Anouk Smit" role="Trainee">\n  Hier kun je echt iets betekenen.\n</Quote>\n\n' +
      '<Figure src="../../images/maakstad.jpg" alt="Een fabriekshal." caption="De maakstad." />\n\n' +
      '<FactBox title="Goed om te weten">\n- Twee jaar\n</FactBox>\n\n' +
      '<Video url="https://youtu.be/zl7mkZMJpTo" title="Tim" duration="PT2M" poster="../../images/portret-1.jpg" alt="Tim.">\n  Wie ben je?\n</Video>\n\n' +
      '<CallToAction href="/kansen/" label="Bekijk alle kansen" />';
    expect(mdx(body)).toEqual([]);
  });

  it('counts lines in a file with Windows line endings', () => {
    expect(fields(dangerousHtml('---\r\ntitle: X\r\n---\r\nTekst\r\n\r\n<script></script>', 'md'))).toEqual([
      'body (line 6)',
    ]);
  });
});

describe('the message an editor sees', () => {
  it('names the file and the line, for Markdown', () => {
    const text = message(
      validateEntry(
        'stories',
        FILE_MD.replace('opportunities', 'stories'),
        story,
        file('Tekst\n\n<img src=x\nonerror=alert(1)>'),
      ),
    );
    expect(text).toContain('content/stories/nl/stage.md heeft 1 probleem:');
    expect(text).toContain('Tekst, regel 7: bevat het attribuut onerror op <img>');
  });

  it('names the file and the line, for MDX', () => {
    const text = message(validateEntry('stories', FILE_MDX, story, file('Tekst {alert(1)}')));
    expect(text).toContain(FILE_MDX);
    expect(text).toContain('Tekst, regel 4: bevat de code {alert(1)}');
  });
});

describe('normalizedValue', () => {
  it('reads an address as a browser does: references decoded, spaces and controls gone', () => {
    expect(normalizedValue(' Java&#x09;Script&colon;x')).toBe('javascript:x');
    expect(normalizedValue('java\u0000scr\nipt:')).toBe('javascript:');
  });
});
