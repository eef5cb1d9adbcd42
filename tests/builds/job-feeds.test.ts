// Imported vacancies get what a hand-made opportunity gets. The fixture site's content, plus two
// fictional employers whose job feeds (one JSON, one sitemap of HTML pages, hostile descriptions
// among them) are served by a real server on 127.0.0.1, is built into a folder of its own; then
// the built pages are read. A second build, with JOB_FEEDS=off and the server gone, serves the
// same vacancies from the stored copies. Needs no `npm run build` first.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { elements, pageElements } from '../support/hast';
import {
  answer,
  employerFile,
  HOSTILE_DESCRIPTION,
  htmlPage,
  posting,
  serveFeeds,
  sitemap,
  type FeedServer,
} from '../support/job-feeds';

const fixture = JSON.parse(readFileSync('tests/fixtures/site.json', 'utf8')) as {
  content: string;
  buildDate: string;
};
const BUILD_DATE = `${fixture.buildDate}T10:00:00.000Z`;

let work = '';
let server: FeedServer | undefined;
let first = { code: null as number | null, output: '' };
let second = { code: null as number | null, output: '' };

/** The first build's pages are kept in `online/`, the second's in `site/dist/` (one shared cache). */
const distOf = (site: 'online' | 'offline') =>
  site === 'online' ? join(work, 'online') : join(work, 'site', 'dist');
const page = (site: 'online' | 'offline', path: string) => readFileSync(join(distOf(site), path), 'utf8');

beforeAll(async () => {
  mkdirSync('.cache', { recursive: true });
  work = mkdtempSync(join('.cache', 'job-feeds-'));
  const content = join(work, 'content');
  cpSync(fixture.content, content, { recursive: true });
  // A hand-made entry with the name an imported vacancy would get: the file wins.
  const handMade = readFileSync(
    join(content, 'opportunities', 'nl', 'stage-applicatieontwikkelaar-mbo.md'),
    'utf8',
  );
  writeFileSync(
    join(content, 'opportunities', 'nl', 'fictief-metaal--vac-2.md'),
    handMade.replace(/^title: .*$/m, 'title: "Met de hand gemaakt"'),
  );

  server = await serveFeeds({
    '/feed.json': answer(
      JSON.stringify([
        posting(1, {
          title: 'Stage procestechniek <script>alert(1)</script>',
          description: HOSTILE_DESCRIPTION,
        }),
        posting(2),
        posting(3, { identifier: 'vac-1' }),
        posting(4, { title: 'Werkstudent planning', employmentType: 'PART_TIME', validThrough: 'snel' }),
      ]),
    ),
  });
  server.routes.set('/sitemap.xml', answer(sitemap([server.url('/vacature/1')]), 'application/xml'));
  server.routes.set(
    '/vacature/1',
    answer(
      htmlPage([
        posting(7, {
          title: 'Traineeship data',
          employmentType: 'FULL_TIME',
          inLanguage: 'en',
          description: '<p>You work with our data team.</p>',
        }),
      ]),
      'text/html',
    ),
  );
  mkdirSync(join(content, 'employers', 'nl'), { recursive: true });
  writeFileSync(
    join(content, 'employers', 'nl', 'fictief-metaal.md'),
    employerFile({ name: 'Fictief Metaal', sector: 'techniek', jobFeed: server.url('/feed.json') }),
  );
  writeFileSync(
    join(content, 'employers', 'nl', 'fictief-data.md'),
    employerFile({ name: 'Fictief Data', sector: 'ict', jobFeed: server.url('/sitemap.xml') }),
  );

  const env = {
    JOB_FEEDS: 'on',
    JOB_FEEDS_ALLOW_LOOPBACK: '1',
    JOB_FEEDS_STORE: join(work, 'store'),
    BUILD_LOG_LEVEL: 'info',
  };
  first = await buildSite(content, join(work, 'site'), BUILD_DATE, env);
  await server.close();
  server = undefined;
  if (existsSync(join(work, 'site', 'dist'))) renameSync(join(work, 'site', 'dist'), join(work, 'online'));
  second = await buildSite(content, join(work, 'site'), BUILD_DATE, { ...env, JOB_FEEDS: 'off' });
  writeFileSync(join(work, 'first.log'), first.output);
  writeFileSync(join(work, 'second.log'), second.output);
}, 900_000);

afterAll(async () => {
  await server?.close();
  if (work && !process.env.KEEP_JOB_FEEDS_BUILD) rmSync(work, { recursive: true, force: true });
});

describe('a site with employers that publish job feeds', () => {
  it('builds, and prints a report per feed', () => {
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(first.output).toMatch(/Vacaturefeeds: 3 vacatures van 2 werkgevers/);
    expect(first.output).toMatch(
      /Fictief Metaal \(http:\/\/127\.0\.0\.1:\d+\/feed\.json\): opgehaald; 4 gevonden, 2 getoond, 2 overgeslagen/,
    );
    expect(first.output).toMatch(/fictief-metaal--vac-2: er is een eigen bestand met deze naam/);
    expect(first.output).toMatch(/dubbel: dezelfde vacature staat er al als fictief-metaal--vac-1/);
    expect(first.output).toMatch(/1 vacatures zonder geldige sluitingsdatum/);
  });

  it('gives each imported vacancy a page with JobPosting data, in its own language', () => {
    const nl = page('online', 'kansen/fictief-metaal--vac-1/index.html');
    expect(nl).toMatch(/<h1[^>]*>[^<]*Stage procestechniek/);
    expect(nl).toContain('"@type":"JobPosting"');
    expect(nl).toContain('Fictief Metaal');
    const en = page('online', 'en/opportunities/fictief-data--vac-7/index.html');
    expect(en).toMatch(/<h1[^>]*>Traineeship data/);
    expect(existsSync(join(distOf('online'), 'kansen', 'fictief-data--vac-7'))).toBe(false);
  });

  it('never overwrites a hand-made entry of the same name', () => {
    expect(page('online', 'kansen/fictief-metaal--vac-2/index.html')).toMatch(/<h1[^>]*>Met de hand gemaakt/);
  });

  it('lists imported vacancies in the listing, its index, its facet pages and the feed', () => {
    const listing = readdirSync(join(distOf('online'), 'kansen'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /^(index|pagina\/\d+\/index)\.html$/.test(file))
      .map((file) => page('online', join('kansen', file)))
      .join('\n');
    expect(listing).toContain('href="/kansen/fictief-metaal--vac-1/"');
    expect(listing).toContain('href="/kansen/fictief-metaal--vac-4/"');
    expect(page('online', 'kansen/index.json')).toContain('fictief-metaal--vac-4');
    expect(page('online', 'kansen/soort/leerwerktraject/index.html')).toContain(
      'href="/kansen/fictief-metaal--vac-4/"',
    );
    expect(page('online', 'kansen/rss.xml')).toContain('/kansen/fictief-metaal--vac-1/');
  });

  it('lets nothing executable from a feed reach a page', () => {
    const html = page('online', 'kansen/fictief-metaal--vac-1/index.html');
    expect(html).not.toMatch(/alert|onerror|javascript:/i);
    const all = pageElements(html);
    const main = all.find((element) => element.tagName === 'main')!;
    const inMain = elements(main);
    expect(
      inMain.filter(
        (element) =>
          ['iframe', 'img', 'form', 'style', 'svg', 'object'].includes(element.tagName ?? '') &&
          element.properties?.src === 'x',
      ),
    ).toEqual([]);
    for (const element of all) {
      for (const name of Object.keys(element.properties ?? {}))
        expect(name, element.tagName).not.toMatch(/^on/i);
    }
    // The only scripts are the site's own: the same as on a hand-made opportunity's page.
    const scripts = (source: string) =>
      pageElements(source)
        .filter(
          (element) => element.tagName === 'script' && element.properties?.type !== 'application/ld+json',
        )
        .map((element) =>
          JSON.stringify([element.properties, element.children?.map((child) => child.value)]),
        );
    expect(scripts(html)).toEqual(scripts(page('online', 'kansen/traineeship-data-en-software/index.html')));
    expect(html).toContain('href="https://werken.example.org/ok"');
  });

  it('builds the same vacancies from the stored copies with JOB_FEEDS=off, without the server', () => {
    expect(second.code, second.output.slice(-3000)).toBe(0);
    expect(second.output).toMatch(
      /Fictief Metaal .*JOB_FEEDS=off.*De bewaarde kopie van \d{4}-\d{2}-\d{2} is gebruikt: 4 gevonden, 2 getoond/,
    );
    expect(page('offline', 'kansen/fictief-metaal--vac-1/index.html')).toMatch(
      /<h1[^>]*>[^<]*Stage procestechniek/,
    );
    expect(
      existsSync(join(distOf('offline'), 'en', 'opportunities', 'fictief-data--vac-7', 'index.html')),
    ).toBe(true);
  });
});
