// Hostile text in every field of every collection never becomes code on a page. The fixture
// content (tests/support/hostile.ts) is built into a folder of its own (.cache/hostile-*), with its
// own cache, so dist/ and the project's content cache are left alone; then every built page is
// parsed as a browser parses it. Needs no `npm run build` first; do not run it while `astro build`
// runs in the same folder (both write .astro/).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizedValue } from '../../src/lib/content/body-safety';
import { jobDescription } from '../../src/lib/structured-data/jsonld';
import { HOSTILE, hostileEntries, writeHostileContent } from '../support/hostile';
import { buildSite } from '../support/build-site';
import { elements, text, type Element } from '../support/hast';

/** Before the events and the deadlines, after every publish date. */
const BUILD_DATE = '2026-06-01T10:00:00.000Z';

/** Builds `content` into `<work>/dist`; the exit code and the output. */
const build = (content: string, work: string) => buildSite(content, work, BUILD_DATE);

function attribute(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

/** hast names of the attributes that hold an address. */
const ADDRESS_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'data',
  'xLinkHref',
  'cite',
  'ping',
  'background',
  'manifest',
  'icon',
  'itemId',
]);

const entries = hostileEntries();
let work = '';
let dist = '';
let refused = { code: null as number | null, output: '' };
/** The line of the handler in the refused file. */
let refusedLine = 0;

interface Page {
  file: string;
  /** Every element of the page, as a browser parses it. */
  all: Element[];
}
let pages: Page[] = [];

beforeAll(async () => {
  mkdirSync('.cache', { recursive: true });
  work = mkdtempSync(join('.cache', 'hostile-'));
  const content = join(work, 'content');
  await writeHostileContent(content, entries);
  const built = await build(content, join(work, 'site'));
  if (built.code !== 0) throw new Error(`the fixture site did not build:\n${built.output.slice(-4000)}`);
  dist = join(work, 'site', 'dist');
  pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      file,
      all: elements(htmlToHast(readFileSync(join(dist, file), 'utf8')) as unknown as Element),
    }));

  // The same content with one body that hides an event handler on its second line.
  const bad = join(work, 'refused');
  await writeHostileContent(bad, entries);
  const file = readFileSync(join(content, 'stories', 'nl', 'hostile-story.mdx'), 'utf8').replace(
    /\n---\n[\s\S]*$/,
    '\n---\n\nTekst\n\n<img src=x\nonerror=alert(1)>\n',
  );
  refusedLine = file.split('\n').findIndex((line) => line.startsWith('onerror')) + 1;
  writeFileSync(join(bad, 'stories', 'nl', 'hostile-body.md'), file);
  refused = await build(bad, join(work, 'refused-site'));
}, 300_000);

afterAll(() => {
  if (work && !process.env.KEEP_HOSTILE_BUILD) rmSync(work, { recursive: true, force: true });
});

describe('the fixture site built from hostile text', () => {
  it('has a page for every entry, with the hostile title as its heading text', () => {
    const headings = pages.flatMap((page) =>
      page.all.filter((element) => element.tagName === 'h1').map((element) => text(element).trim()),
    );
    // A fact has no page of its own (it shows on the pages that name it).
    for (const entry of entries.filter((item) => item.collection !== 'facts'))
      expect(headings, entry.file).toContain(entry.data.title ?? entry.data.name);
  });

  it('shows the hostile strings as text', () => {
    const story = pages.find((page) => page.file === join('verhalen', 'hostile-story', 'index.html'));
    const body = text(story?.all.find((element) => element.tagName === 'body') ?? { type: 'root' });
    for (const hostile of HOSTILE) expect(body).toContain(hostile);
  });

  it('has no script but its own: module scripts from /_astro/, JSON-LD, and inline scripts its CSP hashes', () => {
    const strangers: string[] = [];
    let inline = 0;
    for (const page of pages) {
      const csp = page.all.find(
        (element) => attribute(element.properties?.httpEquiv).toLowerCase() === 'content-security-policy',
      );
      const hashes = new Set(
        [...attribute(csp?.properties?.content).matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]),
      );
      for (const script of page.all.filter((element) => element.tagName === 'script')) {
        const type = attribute(script.properties?.type);
        const src = attribute(script.properties?.src);
        const body = text(script);
        if (type === 'application/ld+json') continue;
        // The CMS's configuration on /admin/: data the page's script reads, which never runs.
        if (
          type === 'application/json' &&
          script.properties?.id === 'cms-config' &&
          page.file === join('admin', 'index.html')
        ) {
          expect(() => JSON.parse(body)).not.toThrow();
          continue;
        }
        if (type === 'module' && /^\/_astro\/[\w.-]+\.js$/.test(src) && body === '') continue;
        if (type === 'module' && !src && hashes.has(createHash('sha256').update(body).digest('base64'))) {
          inline++;
          continue;
        }
        strangers.push(`${page.file}: <script type="${type}" src="${src}">${body.slice(0, 80)}`);
      }
    }
    expect(strangers).toEqual([]);
    // The site's own inline scripts were seen, so the hash comparison ran.
    expect(inline).toBeGreaterThan(0);
  });

  it('has no element with an event handler attribute', () => {
    const handlers = pages.flatMap((page) =>
      page.all.flatMap((element) =>
        Object.keys(element.properties ?? {})
          .filter((name) => /^on/i.test(name))
          .map((name) => `${page.file}: <${element.tagName} ${name}>`),
      ),
    );
    expect(handlers).toEqual([]);
  });

  it('has no javascript: or vbscript: address in any attribute that holds one', () => {
    // Text attributes (alt, aria-label, meta descriptions) hold the hostile text as text: fine.
    const found = pages.flatMap((page) =>
      page.all.flatMap((element) =>
        Object.entries(element.properties ?? {})
          .filter(
            ([name]) =>
              ADDRESS_PROPERTIES.has(name) ||
              (name === 'content' && /:(url|image)$/.test(attribute(element.properties?.property))),
          )
          .filter(([, value]) => /(javascript|vbscript):/.test(normalizedValue(attribute(value))))
          .map(([name]) => `${page.file}: <${element.tagName} ${name}>`),
      ),
    );
    expect(found).toEqual([]);
    // The hostile text did reach attributes, as text.
    expect(
      pages.some((page) =>
        page.all.some((element) => /javascript:/.test(attribute(element.properties?.alt))),
      ),
    ).toBe(true);
  });

  it('has no element that only hostile text could have made', () => {
    const made = pages.flatMap((page) =>
      page.all
        .filter(
          (element) =>
            (element.tagName === 'img' && attribute(element.properties?.src) === 'x') ||
            (element.tagName === 'svg' && 'onLoad' in (element.properties ?? {})),
        )
        .map((element) => `${page.file}: <${element.tagName}>`),
    );
    expect(made).toEqual([]);
  });

  it('has JSON-LD that parses, cannot end its element, and holds the hostile text as data', () => {
    let checked = 0;
    for (const page of pages) {
      const heading = text(page.all.find((element) => element.tagName === 'h1') ?? { type: 'root' }).trim();
      const entry = entries.find((candidate) => (candidate.data.title ?? candidate.data.name) === heading);
      for (const script of page.all.filter(
        (element) => element.tagName === 'script' && element.properties?.type === 'application/ld+json',
      )) {
        const raw = text(script);
        expect(raw, page.file).not.toMatch(/[<>\u2028\u2029]/);
        const data = JSON.parse(raw) as Record<string, unknown>;
        expect(entry, page.file).toBeDefined();
        if (!entry) continue;
        expect(JSON.stringify(data), page.file).toContain(
          JSON.stringify(entry.data.title ?? entry.data.name),
        );
        if (data['@type'] === 'JobPosting') {
          const employer = entries.find(
            (candidate) => candidate.collection === 'employers' && candidate.locale === entry.locale,
          );
          expect(data.title).toBe(entry.data.title);
          expect((data.hiringOrganization as { name: string }).name).toBe(employer?.data.name);
          if (entry.file.endsWith('.mdx')) {
            expect(data.description).toBe(jobDescription(undefined, entry.data.summary as string));
          }
        }
        checked++;
      }
    }
    // Events, open opportunities, stories and employers, in both languages, carry JSON-LD.
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('writes feeds and sitemaps as XML that parses, and listing indexes as JSON that parses', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    const xml = files.filter((file) => file.endsWith('.xml'));
    const json = files.filter((file) => file.endsWith('.json'));
    expect(xml.length).toBeGreaterThan(0);
    expect(json.length).toBeGreaterThan(0);
    const parser = new XMLParser();
    for (const file of xml) {
      expect(() => parser.parse(readFileSync(join(dist, file), 'utf8'), true), file).not.toThrow();
    }
    for (const file of json) {
      expect(() => JSON.parse(readFileSync(join(dist, file), 'utf8')), file).not.toThrow();
    }
  });
});

describe('a hostile body in the same content', () => {
  it('stops the build when the content is loaded, naming the file and the line', () => {
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/stories\/nl\/hostile-body\.md heeft 1 probleem:/);
    expect(refusedLine).toBeGreaterThan(1);
    expect(refused.output).toContain(`Tekst, regel ${refusedLine}: bevat het attribuut onerror op <img>`);
    expect(existsSync(join(work, 'refused-site', 'dist', 'index.html'))).toBe(false);
  });
});
