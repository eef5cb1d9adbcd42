// The HTML of every page is valid, and every internal link, image and #anchor resolves.
import { existsSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { attributes, exists, fileOf, html, htmlPages } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro compresses HTML and writes void elements without a slash: style, not validity.
    'void-style': 'off',
    // Safari drops list semantics from lists styled with list-style: none, so role="list" stays.
    'no-redundant-role': 'off',
    // A facet is a group of checkboxes sharing one name (?age=18-25&age=25-30), as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Filter forms apply each change in place (talent-filter); without JavaScript their options are
    // links to pre-rendered pages, so a submit button would only submit to a static host that
    // ignores the query.
    'wcag/h32': 'off',
    // Long, content-driven text such as titles is fine; these rules are about code style.
    'no-inline-style': 'off',
    'long-title': 'off',
    // Astro writes boolean attributes such as `default` on <track> as default="" (valid HTML).
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
  },
});

const pages = htmlPages();

describe('valid HTML', () => {
  it.each(pages)('%s', async (page) => {
    // <template> content is inert until a script fills it in; the browser tests check the result.
    const source = html(page).replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, '<template></template>');
    const report = await validator.validateString(source, fileOf(page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

/** Every local URL a page points at: links, images, sources, stylesheets, media. */
function localUrls(source: string): string[] {
  const urls = [
    ...attributes(source, 'a', 'href'),
    ...attributes(source, 'link', 'href'),
    ...attributes(source, 'img', 'src'),
    ...attributes(source, 'video', 'poster'),
    ...attributes(source, 'source', 'src'),
    ...attributes(source, 'track', 'src'),
    ...[...attributes(source, 'img', 'srcset'), ...attributes(source, 'source', 'srcset')].flatMap((set) =>
      set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
    ),
  ];
  return urls.filter((url) => url.startsWith('/') || url.startsWith('#')).map((url) => url.replace(/&amp;/g, '&'));
}

const ids = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('internal links, images and anchors resolve', () => {
  it.each(pages)('%s', (page) => {
    const source = html(page);
    const broken: string[] = [];
    for (const url of localUrls(source)) {
      const [target = '', anchor] = url.split('#');
      const path = target === '' ? page : target;
      if (target !== '' && !exists(path) && !existsSync(fileOf(path))) {
        broken.push(url);
        continue;
      }
      if (anchor && path.endsWith('/') && !ids(html(path)).has(anchor)) broken.push(`${url} (no id "${anchor}")`);
    }
    expect(broken).toEqual([]);
  });
});
