/**
 * Job feeds for the tests: a real HTTP server on 127.0.0.1 (started and stopped by the test) that
 * answers each path with a route, and JobPostings, friendly and hostile, in every format the
 * importer reads. The postings are fictional: "Fictief" employers on example addresses.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedServer {
  origin: string;
  url(path: string): string;
  /** Requests received, by path. */
  hits: Map<string, number>;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 at a free port; `routes` can be changed while it runs. */
export async function serveFeeds(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const open = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    open.add(response);
    response.on('close', () => open.delete(response));
    const route = table.get(path);
    if (route) route(request, response);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    hits,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers `body` with `type`. */
export function answer(body: string, type = 'application/json'): Route {
  return (_request, response) => response.writeHead(200, { 'content-type': type }).end(body);
}

/** A route that never answers (the socket stays open until the server closes). */
export const silent: Route = () => {};

/** A route that redirects to `location`. */
export function redirect(location: string): Route {
  return (_request, response) => response.writeHead(302, { location }).end();
}

/** A route that sends `megabytes` of JSON-looking text, without saying its length first. */
export function huge(megabytes: number): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('[');
    const chunk = `${'"x",'.repeat(16_384)}`;
    let sent = 0;
    const more = () => {
      while (sent < megabytes * 1024 * 1024) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      response.end('"x"]');
    };
    more();
  };
}

/** A JobPosting of a fictional employer, with `extra` fields on top. */
export function posting(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: `Stage procestechniek ${n}`,
    description: `<p>Je werkt mee aan een fictief project nummer ${n} in de fabriek.</p><ul><li>Je meet en test</li><li>Je rapporteert</li></ul>`,
    identifier: { '@type': 'PropertyValue', name: 'Fictief', value: `vac-${n}` },
    datePosted: '2027-02-01',
    validThrough: '2027-04-30T23:59:00+02:00',
    employmentType: 'INTERN',
    educationRequirements: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'bachelor degree',
    },
    inLanguage: 'nl',
    url: `https://werken.example.org/vacatures/${n}`,
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Hengelo' } },
    ...extra,
  };
}

/** What hostile descriptions try: every one must arrive as harmless text, or not at all. */
export const HOSTILE_DESCRIPTION =
  '<p>Welkom<script>alert("script")</script></p>' +
  '<img src="x" onerror="alert(\'onerror\')">' +
  '<p onclick="alert(1)" style="color:red">Klik <a href="javascript:alert(\'js\')">hier</a> of ' +
  '<a href="JaVa&#x53;cript:alert(1)">daar</a> of <a href="https://werken.example.org/ok" onmouseover="alert(1)">goed</a></p>' +
  '<iframe src="https://evil.example.org/"></iframe><style>body{display:none}</style>' +
  '<svg><script>alert(2)</script></svg><form action="https://evil.example.org/"><input name="x"></form>' +
  '<a href="data:text/html,<script>alert(3)</script>">data</a>';

/** An HTML page with postings in JSON-LD. */
export function htmlPage(postings: Record<string, unknown>[]): string {
  const blocks = postings
    .map(
      (item) =>
        `<script type="application/ld+json">${JSON.stringify(item).replace(/</g, '\\u003c')}</script>`,
    )
    .join('\n');
  return `<!doctype html><html lang="nl"><head><title>Vacatures</title>${blocks}</head><body><h1>Vacatures</h1></body></html>`;
}

/** An XML sitemap of `pages`. */
export function sitemap(pages: string[]): string {
  const urls = pages.map((page) => `<url><loc>${page}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`;
}

/** An employer file as the employers collection has it, with `jobFeed`. */
export function employerFile(fields: {
  name: string;
  sector: string;
  jobFeed: string;
  extra?: string;
}): string {
  return [
    '---',
    `name: ${JSON.stringify(fields.name)}`,
    'summary: "Een fictieve werkgever voor de tests."',
    'lang: nl',
    'publishDate: 2026-01-01',
    `sector: ${fields.sector}`,
    'size: "50-249"',
    'places: [Hengelo]',
    'workingLanguages: [nl]',
    'hiresInternationally: false',
    'website: https://werken.example.org/',
    'image: ../../images/maakstad.jpg',
    'imageAlt: "Illustratie: fabriekshal met tandwielen."',
    `jobFeed: ${JSON.stringify(fields.jobFeed)}`,
    ...(fields.extra?.includes('brand:') ? [] : ['brand: "on"']),
    ...(fields.extra ? [fields.extra] : []),
    '---',
    '',
    'Een fictieve werkgever voor de tests.',
    '',
  ].join('\n');
}
