// The job-feed importer (src/lib/jobs/) against real HTTP servers on 127.0.0.1, started and
// stopped here, serving feeds in every format, friendly, hostile and broken. The clock is passed
// in, so the results hold on any day the tests run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, isNonPublic, type FetchLimits } from '../../src/lib/jobs/fetch';
import { feedReport, feedSettings, importJobFeeds, type FeedSettings } from '../../src/lib/jobs/import';
import { asOpportunityEntry } from '../../src/lib/jobs/loader';
import {
  DEFAULT_WINDOW_DAYS,
  educationLevels,
  languages,
  mapPosting,
  opportunityType,
  type FeedEmployer,
} from '../../src/lib/jobs/map';
import { parseFeed } from '../../src/lib/jobs/parse';
import { safeDescription } from '../../src/lib/jobs/sanitize';
import { validateEntry } from '../../src/lib/content/validation';
import {
  answer,
  employerFile,
  HOSTILE_DESCRIPTION,
  htmlPage,
  huge,
  posting,
  redirect,
  serveFeeds,
  silent,
  sitemap,
  type FeedServer,
} from '../support/job-feeds';

const NOW = new Date('2027-03-01T10:00:00Z');
const LOOPBACK: FetchLimits = { timeoutMs: 2_000, maxBytes: 1024 * 1024, allowLoopback: true };

const employer: FeedEmployer = {
  id: 'fictief-metaal',
  name: 'Fictief Metaal',
  sector: 'techniek',
  places: ['Hengelo'],
  jobFeed: 'https://werken.example.org/feed.json',
  website: 'https://werken.example.org/',
  hideVacancies: [],
  file: 'content/employers/nl/fictief-metaal.md',
};

/** Markup in a string that could run or load something. */
function executable(html: string): string[] {
  return [
    ...html.matchAll(
      /<(script|iframe|style|svg|form|img|object|embed)\b|\son\w+\s*=|\sstyle\s*=|javascript:|data:/gi,
    ),
  ].map((match) => match[0]);
}

describe('fetching a feed', () => {
  let server: FeedServer;
  let other: FeedServer;
  beforeAll(async () => {
    server = await serveFeeds({
      '/feed.json': answer(JSON.stringify([posting(1)])),
      '/moved': redirect('/feed.json'),
      '/elsewhere': redirect('about:blank'),
      '/huge': huge(10),
      '/huge-declared': (_request, response) => {
        response.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
        response.end();
      },
      '/silent': silent,
      '/broken': (_request, response) => response.writeHead(500).end('oops'),
    });
    other = await serveFeeds({ '/feed.json': answer('[]') });
    // A different host (localhost, not 127.0.0.1) on the other server.
    server.routes.set('/other-host', redirect(other.url('/feed.json').replace('127.0.0.1', 'localhost')));
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });

  it('reads a feed on loopback when loopback is allowed, and follows a redirect on the same host', async () => {
    const direct = await fetchFeed(server.url('/feed.json'), LOOPBACK);
    expect(direct.ok && JSON.parse(direct.body)).toHaveLength(1);
    const moved = await fetchFeed(server.url('/moved'), LOOPBACK);
    expect(moved.ok && moved.url).toBe(server.url('/feed.json'));
  });

  it('refuses loopback without JOB_FEEDS_ALLOW_LOOPBACK, by address and by name', async () => {
    const limits = { ...LOOPBACK, allowLoopback: false };
    for (const address of [
      server.url('/feed.json'),
      server.url('/feed.json').replace('127.0.0.1', 'localhost'),
    ]) {
      const result = await fetchFeed(address, limits);
      expect(result.ok ? 'fetched' : result.reason).toBe('private');
    }
    expect(server.hits.get('/feed.json')).toBe(2);
    expect(feedSettings({}).allowLoopback).toBe(false);
    expect(feedSettings({ JOB_FEEDS_ALLOW_LOOPBACK: '1' }).allowLoopback).toBe(true);
  });

  it('refuses private addresses even with loopback allowed, and non-http(s) schemes', async () => {
    for (const address of [
      'http://10.0.0.1/feed',
      'http://192.168.1.10/',
      'http://169.254.169.254/latest',
      'http://[::ffff:10.0.0.1]/',
      'http://[fd00::1]/',
    ]) {
      const result = await fetchFeed(address, LOOPBACK);
      expect(result.ok ? 'fetched' : result.reason, address).toBe('private');
    }
    for (const address of ['ftp://werken.example.org/feed', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const result = await fetchFeed(address, LOOPBACK);
      expect(result.ok ? 'fetched' : result.reason, address).toBe('scheme');
    }
    expect(isNonPublic('8.8.8.8')).toBe(false);
    expect(isNonPublic('100.64.0.1')).toBe(true);
  });

  it('refuses a redirect to another host or another scheme', async () => {
    const result = await fetchFeed(server.url('/other-host'), LOOPBACK);
    expect(result.ok ? 'fetched' : result.reason).toBe('redirect');
    expect(other.hits.size).toBe(0);
    const scheme = await fetchFeed(server.url('/elsewhere'), LOOPBACK);
    expect(scheme.ok ? 'fetched' : scheme.reason).toBe('scheme');
  });

  it('stops a 10 MB body at the size limit, declared or not', async () => {
    for (const path of ['/huge', '/huge-declared']) {
      const result = await fetchFeed(server.url(path), LOOPBACK);
      expect(result.ok ? 'fetched' : result.reason, path).toBe('too-large');
    }
  });

  it('gives up on a server that never answers, and on an error status', async () => {
    const slow = await fetchFeed(server.url('/silent'), { ...LOOPBACK, timeoutMs: 200 });
    expect(slow.ok ? 'fetched' : slow.reason).toBe('timeout');
    const broken = await fetchFeed(server.url('/broken'), LOOPBACK);
    expect(broken.ok ? 'fetched' : `${broken.reason} ${broken.detail}`).toBe('status 500');
  });
});

describe('reading a feed', () => {
  it('finds JobPostings in an array, an @graph, one object and HTML JSON-LD', () => {
    const count = (body: string) => {
      const parsed = parseFeed(body);
      return parsed.kind === 'postings' ? parsed.postings.length : parsed.kind;
    };
    expect(count(JSON.stringify([posting(1), posting(2), { '@type': 'Organization' }]))).toBe(2);
    expect(
      count(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [posting(1), { '@graph': [posting(2)] }],
        }),
      ),
    ).toBe(2);
    expect(count(JSON.stringify(posting(1)))).toBe(1);
    expect(count(htmlPage([posting(1), { '@graph': [posting(2), posting(3)] }]))).toBe(3);
    expect(count('<html><head><script type="application/ld+json">{broken</script></head></html>')).toBe(0);
  });

  it('reads a sitemap as a list of pages, and calls invalid JSON malformed', () => {
    expect(parseFeed(sitemap(['https://a.example.org/1', 'https://a.example.org/2?x=1&amp;y=2']))).toEqual({
      kind: 'sitemap',
      pages: ['https://a.example.org/1', 'https://a.example.org/2?x=1&y=2'],
    });
    expect(parseFeed('[{"@type": "JobPosting",').kind).toBe('malformed');
    expect(parseFeed('just some words').kind).toBe('malformed');
    // HTML where JSON was promised: read as a page, in which there is no posting.
    expect(parseFeed('<!doctype html><html><body>Error 503</body></html>')).toEqual({
      kind: 'postings',
      postings: [],
    });
  });
});

describe('the description on a page', () => {
  it('keeps paragraphs, lists, emphasis and http(s) links, and nothing executable or styled', () => {
    const html = safeDescription(HOSTILE_DESCRIPTION);
    expect(executable(html)).toEqual([]);
    expect(html).toContain('<a href="https://werken.example.org/ok" rel="nofollow">goed</a>');
    expect(html).toContain('<p>Welkom</p>');
    expect(html).not.toContain('alert');
    expect(
      safeDescription(
        '<h2>Wat</h2><p>Je <b>meet</b> en <i>test</i>.</p><ul><li>een<ol><li>twee</li></ol></li></ul>',
      ),
    ).toBe(
      '<p><strong>Wat</strong></p><p>Je <strong>meet</strong> en <em>test</em>.</p><ul><li>een<ol><li>twee</li></ol></li></ul>',
    );
  });

  it('escapes text, reads plain text as paragraphs and escaped HTML as HTML', () => {
    expect(safeDescription('Eerste & beste < 3\n\nTweede')).toBe(
      '<p>Eerste &amp; beste &lt; 3</p><p>Tweede</p>',
    );
    expect(safeDescription('Eerste & beste\n\nTweede')).toBe('<p>Eerste &amp; beste</p><p>Tweede</p>');
    const escaped = safeDescription('&lt;p&gt;Hoi&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;');
    expect(escaped).toBe('<p>Hoi</p>');
  });
});

describe('mapping a posting to the vocabulary', () => {
  it('takes the type from the title words first, then employmentType', () => {
    expect(opportunityType('Afstudeeropdracht waterstof', 'INTERN')).toBe('afstudeeropdracht');
    expect(opportunityType('Werkstudent data', 'PART_TIME')).toBe('leerwerktraject');
    expect(opportunityType('Traineeship supply chain', 'FULL_TIME')).toBe('traineeship');
    expect(opportunityType('Meeloopstage zorg', undefined)).toBe('stage');
    expect(opportunityType('Engineer', 'FULL_TIME')).toBe('baan');
    expect(opportunityType('Engineer', ['CONTRACTOR'])).toBeUndefined();
    expect(opportunityType('Vrijwilliger', 'VOLUNTEER')).toBeUndefined();
  });

  it('takes levels from educationRequirements and languages from inLanguage or the text', () => {
    expect(educationLevels({ credentialCategory: 'bachelor degree' })).toEqual(['hbo']);
    expect(educationLevels('mbo 4 of hbo')).toEqual(['mbo', 'hbo']);
    expect(educationLevels(undefined)).toEqual(['mbo', 'hbo', 'wo']);
    expect(languages('en-GB', 'Je werkt')).toEqual({ lang: 'en', working: 'en' });
    expect(languages(undefined, 'You work with our team and the customers in the lab.').lang).toBe('en');
    expect(languages('nl', 'Je werkt in een team. Engels is prima.').working).toBe('both');
  });

  it("takes a card's summary from the description's first paragraph, not its lists", () => {
    const mapped = mapPosting(
      posting(1, {
        description:
          '<p>Je werkt mee in de werkplaats.</p><ul><li>Tekeningen lezen</li><li>Plannen</li></ul>',
      }),
      employer,
      NOW,
    );
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.vacancy.data.summary).toBe('Je werkt mee in de werkplaats.');
  });

  it('makes an entry the opportunity contract accepts, with the employer by id', () => {
    const mapped = mapPosting(
      posting(1, {
        baseSalary: { currency: 'EUR', value: { minValue: 600, maxValue: 700, unitText: 'MONTH' } },
      }),
      employer,
      NOW,
    );
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.vacancy.id).toBe('fictief-metaal--vac-1');
    expect(mapped.vacancy.data).toMatchObject({
      employer: 'fictief-metaal',
      workingLanguage: 'nl',
      type: 'stage',
      sector: 'techniek',
      levels: ['hbo'],
      location: 'Hengelo',
      publishDate: '2027-02-01',
      deadline: '2027-04-30',
      salary: { min: 600, max: 700, unit: 'MONTH' },
      apply: 'https://werken.example.org/vacatures/1',
    });
    const file = 'content/opportunities/nl/fictief-metaal--vac-1.md';
    const checked = validateEntry('opportunities', file, asOpportunityEntry(mapped.vacancy.data));
    expect(checked.ok ? 'valid' : checked.message).toBe('valid');
  });

  it('gives wrong and missing dates the default window, and skips a closed posting', () => {
    const window = new Date(NOW);
    window.setUTCDate(window.getUTCDate() + DEFAULT_WINDOW_DAYS);
    for (const dates of [
      { validThrough: 'binnenkort', datePosted: 'gisteren' },
      { validThrough: '2027-02-30' },
      { validThrough: undefined, datePosted: undefined },
      { datePosted: '2099-01-01', validThrough: '2027-03-10' },
    ]) {
      const mapped = mapPosting(posting(2, dates), employer, NOW);
      if (!mapped.ok) throw new Error(mapped.reason);
      expect(mapped.vacancy.data.publishDate <= '2027-03-01', JSON.stringify(dates)).toBe(true);
      expect(mapped.vacancy.data.deadline >= mapped.vacancy.data.publishDate).toBe(true);
      expect(mapped.vacancy.defaultDeadline).toBe(
        mapped.vacancy.data.deadline === window.toISOString().slice(0, 10),
      );
    }
    const closed = mapPosting(posting(3, { validThrough: '2027-01-31' }), employer, NOW);
    expect(closed.ok ? 'kept' : closed.reason).toBe('closed');
  });

  it('applies at the posting, else at the employer, never at a non-https address', () => {
    const fallback = mapPosting(posting(4, { url: 'http://werken.example.org/4' }), employer, NOW);
    expect(fallback.ok && fallback.vacancy.data.apply).toBe('https://werken.example.org/');
    const none = mapPosting(
      posting(4, { url: 'javascript:alert(1)' }),
      { ...employer, website: undefined },
      NOW,
    );
    expect(none.ok ? 'kept' : none.reason).toBe('no-apply');
    const untitled = mapPosting(posting(5, { title: '<script>x</script>' }), employer, NOW);
    expect(untitled.ok ? 'kept' : untitled.reason).toBe('no-title');
  });
});

describe('importing the feeds of the employers', () => {
  let server: FeedServer;
  let root: string;
  let settings: FeedSettings;
  const feeds = {
    array: '/array.json',
    graph: '/graph.json',
    single: '/single.json',
    html: '/vacatures.html',
    sitemap: '/sitemap.xml',
    hostile: '/hostile.json',
  };

  beforeAll(async () => {
    server = await serveFeeds();
    root = mkdtempSync(join(tmpdir(), 'job-feeds-'));
    settings = {
      ...feedSettings({}),
      allowLoopback: true,
      timeoutMs: 1_000,
      maxBytes: 1024 * 1024,
      maxVacancies: 5,
      storeDir: join(root, 'store'),
    };
    mkdirSync(join(root, 'employers', 'nl'), { recursive: true });
    const write = (id: string, path: string, extra?: string) =>
      writeFileSync(
        join(root, 'employers', 'nl', `${id}.md`),
        employerFile({ name: `Fictief ${id}`, sector: 'techniek', jobFeed: server.url(path), extra }),
      );
    write('array', feeds.array, 'hideVacancies: [array--vac-3]');
    write('graph', feeds.graph);
    write('single', feeds.single);
    write('html', feeds.html);
    write('sitemap', feeds.sitemap);
    write('hostile', feeds.hostile);
    write('concept', feeds.array, 'draft: true');
    write('offbrand', feeds.array, 'brand: "off"');
    writeFileSync(
      join(root, 'employers', 'nl', 'geen-feed.md'),
      '---\nname: Zonder feed\nsector: zorg\n---\n',
    );
  });
  afterEach(() => serveAll());
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Every feed in good order. */
  function serveAll() {
    const many = Array.from({ length: 8 }, (_, i) =>
      posting(i + 1, { url: `https://werken.example.org/array/${i + 1}` }),
    );
    server.routes.set(
      feeds.array,
      answer(
        JSON.stringify([
          ...many.slice(0, 4),
          posting(2, { url: 'https://werken.example.org/array/2' }),
          ...many.slice(4),
        ]),
      ),
    );
    server.routes.set(
      feeds.graph,
      answer(JSON.stringify({ '@graph': [posting(10), posting(11, { identifier: 'vac-10' })] })),
    );
    server.routes.set(
      feeds.single,
      answer(
        JSON.stringify(
          posting(20, { title: 'Traineeship Data', employmentType: 'FULL_TIME', inLanguage: 'en' }),
        ),
      ),
    );
    server.routes.set(feeds.html, answer(htmlPage([posting(30), posting(31)]), 'text/html'));
    server.routes.set(
      feeds.sitemap,
      answer(
        sitemap([server.url('/p/40'), server.url('/p/41'), server.url('/p/missing')]),
        'application/xml',
      ),
    );
    server.routes.set('/p/40', answer(htmlPage([posting(40)]), 'text/html'));
    server.routes.set('/p/41', answer(htmlPage([posting(41, { url: server.url('/p/41') })]), 'text/html'));
    server.routes.set(
      feeds.hostile,
      answer(
        JSON.stringify([
          posting(50, {
            description: HOSTILE_DESCRIPTION,
            title: 'Stage <img src=x onerror=alert(1)>veilig',
          }),
        ]),
      ),
    );
  }

  it('reads every format, once per vacancy, without what is hidden, over the cap, draft or OFF-brand', async () => {
    serveAll();
    const result = await importJobFeeds({ contentRoot: root, now: NOW, settings });
    const ids = result.vacancies.map((vacancy) => vacancy.id).sort();
    expect(ids).toEqual([
      'array--vac-1',
      'array--vac-2',
      'array--vac-4',
      'graph--vac-10',
      'hostile--vac-50',
      'html--vac-30',
      'html--vac-31',
      'single--vac-20',
      'sitemap--vac-40',
      'sitemap--vac-41',
    ]);
    const array = result.reports.find((report) => report.employer === 'Fictief array')!;
    expect(array).toMatchObject({ source: 'fetched', found: 5, kept: 3 });
    expect(array.skipped.map((skip) => skip.label)).toEqual(expect.arrayContaining(['array--vac-3', '4']));
    expect(result.reports.map((report) => report.employer)).not.toContain('Fictief concept');
    expect(result.employersSkipped.join('\n')).toMatch(/concept\.md[\s\S]*offbrand\.md/);
    expect(result.vacancies.find((vacancy) => vacancy.id === 'single--vac-20')?.data).toMatchObject({
      type: 'traineeship',
      lang: 'en',
      workingLanguage: 'en',
    });
    expect(
      result.reports.find((report) => report.employer === 'Fictief sitemap')?.skipped[0]?.reason,
    ).toMatch(/HTTP-status 404/);
  });

  it('lets nothing executable through, in the title, the summary or the description', async () => {
    serveAll();
    const result = await importJobFeeds({ contentRoot: root, now: NOW, settings });
    const hostile = result.vacancies.find((vacancy) => vacancy.id === 'hostile--vac-50')!;
    expect(executable(hostile.html)).toEqual([]);
    expect(hostile.data.title).toBe('Stage veilig');
    expect(executable(JSON.stringify(hostile.data))).toEqual([]);
  });

  it('keeps the last good copy when a feed breaks, is slow or comes back empty, and says so', async () => {
    serveAll();
    await importJobFeeds({ contentRoot: root, now: NOW, settings });
    server.routes.set(feeds.array, answer('[{"@type": "JobPosting", "title": '));
    server.routes.set(feeds.graph, silent);
    server.routes.set(feeds.single, answer('[]'));
    server.routes.set(feeds.html, answer('<!doctype html><html><body>Onderhoud</body></html>', 'text/html'));
    server.routes.set(feeds.hostile, huge(10));
    const result = await importJobFeeds({ contentRoot: root, now: NOW, settings });
    const sources = Object.fromEntries(
      result.reports.map((report) => [report.employer, `${report.source} ${report.kept}`]),
    );
    expect(sources).toEqual({
      'Fictief array': 'stored 3',
      'Fictief graph': 'stored 1',
      'Fictief single': 'stored 1',
      'Fictief html': 'stored 2',
      'Fictief sitemap': 'fetched 2',
      'Fictief hostile': 'stored 1',
    });
    const report = feedReport(result);
    expect(report).toMatch(/Fictief array \(.*\): de feed gaf een document dat niet te lezen is/);
    expect(report).toMatch(/Fictief graph \(.*\): de feed gaf geen volledig antwoord binnen 1000 ms/);
    expect(report).toMatch(/Fictief single .*geen enkele vacature/);
    expect(report).toMatch(/Fictief hostile .*maximale grootte/);
    expect(report).toMatch(/array--vac-3: verborgen door de redactie/);
  });

  it('with JOB_FEEDS=off reads only the stored copies and makes no request', async () => {
    serveAll();
    await importJobFeeds({ contentRoot: root, now: NOW, settings });
    server.hits.clear();
    const result = await importJobFeeds({
      contentRoot: root,
      now: NOW,
      settings: { ...settings, ...{ network: feedSettings({ JOB_FEEDS: 'off' }).network } },
    });
    expect(server.hits.size).toBe(0);
    expect(result.reports.every((report) => report.source === 'stored')).toBe(true);
    expect(result.vacancies.length).toBe(10);
  });

  it('without loopback allowed, fetches nothing and has no copy to fall back on', async () => {
    const fresh = { ...settings, allowLoopback: false, storeDir: join(root, 'empty-store') };
    server.hits.clear();
    const result = await importJobFeeds({ contentRoot: root, now: NOW, settings: fresh });
    expect(server.hits.size).toBe(0);
    expect(result.vacancies).toEqual([]);
    expect(feedReport(result)).toMatch(
      /niet op het open internet staat \(127\.0\.0\.1\)[\s\S]*nog geen bewaarde kopie/,
    );
  });
});
