/**
 * `npm run bench`: does filtering scale? For 100, 1,000 and 10,000 generated stories it builds
 * the site from a temporary content folder (never content/), serves the build, and measures in
 * Chromium:
 * - the size of the stories listing's first HTML (it must not grow with the collection),
 * - the size of the JSON index the filter loads on first use, and the time to load it,
 * - the time to apply a filter: `<talent-filter>.show(query)` (match and count every entry,
 *   render the first page of cards, update every count) plus the layout it causes; the median
 *   and 95th percentile over several runs of several queries. Target: at most 16 ms (one frame).
 * It prints a table and writes it to docs/performance.md, section "Filtering".
 *
 * Options: --sizes=100,1000 (default 100,1000,10000), --runs=15, --keep (keep the temporary
 * folders and print where they are).
 */
/* global document -- the measuring functions run in the page */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateStories } from './generate.mjs';
import { writeMarkdown } from './docs.mjs';
import { launchChromium, serve } from './serve.mjs';

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', '100,1000,10000').split(',').map(Number);
const runs = Number(arg('runs', '15'));
const keep = process.argv.includes('--keep');
/** Filters a visitor might apply: one facet, two, three with OR inside, and a broad one. */
const QUERIES = [
  'age=18-25',
  'line=werken&segment=hunkertukker',
  'age=25-30,30-35&line=wonen&format=terugkeer',
  'moment=studie&segment=nieuw-talent',
  'format=artikel',
];
const TARGET_MS = 16;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function measure(size, browser) {
  const work = mkdtempSync(join(tmpdir(), `talent-bench-${size}-`));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  rmSync(join(content, 'stories', 'nl'), { recursive: true, force: true });
  generateStories(join(content, 'stories', 'nl'), size);

  const started = Date.now();
  const built = spawnSync(process.execPath, ['scripts/bench/build-site.mjs', work], {
    env: { ...process.env, CONTENT_DIR: content, PAGEFIND: 'off', SOCIAL_IMAGES: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`the build of ${size} entries failed`);
  const buildSeconds = (Date.now() - started) / 1000;

  const dist = join(work, 'dist');
  const listing = readFileSync(join(dist, 'verhalen', 'index.html'));
  const index = readFileSync(join(dist, 'verhalen', 'index.json'));
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${origin}/verhalen/`);
    await page.waitForSelector('talent-filter[data-ready]', { state: 'attached' });
    const loadMs = await page.evaluate(async () => {
      const filter = document.querySelector('talent-filter');
      const t0 = performance.now();
      await filter.load();
      return performance.now() - t0;
    });
    const times = await page.evaluate(
      ({ queries, runs }) => {
        const filter = document.querySelector('talent-filter');
        const apply = (query) => {
          const t0 = performance.now();
          filter.show(query);
          // Reading layout makes the browser do the style and layout work the update caused.
          void document.body.offsetHeight;
          return performance.now() - t0;
        };
        for (const query of queries) apply(query); // warm-up, not counted
        const out = [];
        for (let run = 0; run < runs; run += 1) for (const query of queries) out.push(apply(query));
        return out;
      },
      { queries: QUERIES, runs },
    );
    const shown = await page.locator('[data-status]').textContent();
    return {
      size,
      buildSeconds,
      html: listing.length,
      htmlGzip: gzip(listing),
      index: index.length,
      indexGzip: gzip(index),
      loadMs,
      median: median(times),
      p95: percentile(times, 0.95),
      shown: shown?.trim(),
    };
  } finally {
    await page.close();
    server.close();
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const browser = await launchChromium();
const rows = [];
try {
  for (const size of sizes) {
    console.log(`Building and measuring ${size.toLocaleString('en')} stories…`);
    rows.push(await measure(size, browser));
  }
} finally {
  await browser.close();
}

const header =
  '| Stories | Build | Listing HTML (gzip) | JSON index (gzip) | Index load | Filter, median | Filter, p95 |\n' +
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
const table = [
  header,
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.buildSeconds.toFixed(0)} s | ${kb(r.html)} (${kb(r.htmlGzip)}) | ${kb(r.index)} (${kb(r.indexGzip)}) | ${r.loadMs.toFixed(0)} ms | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
const counts = (list) => list.map((r) => r.size.toLocaleString('en')).join(', ');
const slow = rows.filter((r) => r.median > TARGET_MS);
const slowTail = rows.filter((r) => r.p95 > TARGET_MS);
const verdict = [
  slow.length === 0
    ? `Every median is within one frame (${TARGET_MS} ms).`
    : `The median is over one frame (${TARGET_MS} ms) at ${counts(slow)} stories.`,
  slowTail.length === 0
    ? 'So is every 95th percentile.'
    : `The 95th percentile is over it at ${counts(slowTail)} stories (up to ${Math.max(...slowTail.map((r) => r.p95)).toFixed(1)} ms): about one application in twenty takes two frames.`,
].join(' ');
console.log(verdict);

const cpu = cpus();
const section = `## Filtering

Measured with \`npm run bench\` (\`scripts/bench/filter.mjs\`) on ${new Date().toISOString().slice(0, 10)}:
${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, Chromium ${browser.version()}, headless.
Timings vary between runs and with other work on the machine; sizes do not.

${table}

${verdict}

- **Stories**: generated Dutch stories (\`scripts/bench/generate.mjs\`) in a temporary content folder
  (\`CONTENT_DIR\`), spread over all facets; they share four images. The English stories are the real ones.
- **Build**: the whole site (every story page, listing page and single-facet page) without the
  search index and the social images (\`PAGEFIND=off SOCIAL_IMAGES=off\`: they are measured by
  \`npm run bench:build\`), including start-up.
- **Listing HTML**: \`/verhalen/\` as served. It holds one page of ${12} cards, the filter and the page
  links, so it stays the same size whatever the number of stories.
- **JSON index**: \`/verhalen/index.json\`, loaded by the filter on first use only.
- **Index load**: fetching and parsing that index in the browser, once.
- **Filter**: applying a filter in \`<talent-filter>\` (\`show(query)\`: match and count every story
  for every option, render the first page of cards, update the counts and the live region) plus
  the style and layout it causes, over ${runs} runs of ${QUERIES.length} queries
  (${QUERIES.map((q) => `\`${q}\``).join(', ')}). The target is one frame: ${TARGET_MS} ms.
`;
const docs = join('docs', 'performance.md');
mkdirSync('docs', { recursive: true });
const current = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Performance\n';
const start = current.indexOf('## Filtering');
const next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
const updated =
  start === -1
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start)}${section}${next === -1 ? '' : current.slice(next)}`;
await writeMarkdown(docs, `${updated.trimEnd()}\n`);
console.log(`Wrote ${docs}.`);
