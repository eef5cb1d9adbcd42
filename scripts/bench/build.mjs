#!/usr/bin/env node
// Build benchmark: generates realistic entries (stories, events, opportunities of ~600 words,
// both languages) into a temporary content folder, runs the full production build against it,
// and a bare Astro build of the same entries as plain Markdown in the same run, for a ratio.
// Usage: npm run bench:build -- [sizes…]   (default: 1000 10000). Not a test: it prints figures
// and writes them to docs/performance.md.
// Then a run with job feeds: 1,000 generated entries plus 200 fictional employers whose feeds
// (5,000 vacancies: JSON arrays, @graphs, HTML pages, sitemaps) are served on 127.0.0.1; the
// import over loopback, then the full build from the stored copies (JOB_FEEDS=off), against a bare
// Astro build of the same 6,000 entries. `--feeds=off` skips it, `--feeds-only` runs only it.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { generateJobFeeds, random } from './generate.mjs';
import { writeMarkdown } from './docs.mjs';
import { launchChromium, serve } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.bench');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
/** `--social=off`: build without the social images (each one is drawn once, then cached). */
const SOCIAL = !process.argv.includes('--social=off');
const FEEDS = !process.argv.includes('--feeds=off');
const FEEDS_ONLY = process.argv.includes('--feeds-only');
const SIZES = FEEDS_ONLY ? [] : sizes.length ? sizes : [1000, 10000];

const WORDS = (
  'hengelo twente talent stage werken wonen leven techniek zorg student starter maakstad station spoorzone ' +
  'bedrijf opleiding kansen netwerk toekomst regio stad groen innovatie ontmoeten cultuur project team ' +
  'ervaring vakmensen ondernemers onderwijs samenwerking woning centrum fiets trein familie vrienden ruimte ' +
  'de het een en van in op met voor naar is zijn wordt kan we je ik ze hier daar ook niet maar dus omdat'
).split(' ');

function paragraph(rand, words) {
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function body(rand) {
  const parts = [];
  for (let section = 0; section < 4; section += 1) {
    parts.push(`## ${paragraph(rand, 4).slice(0, -1)}`);
    for (let p = 0; p < 2; p += 1) parts.push(paragraph(rand, 75));
  }
  return parts.join('\n\n');
}

const images = readdirSync(join(ROOT, 'content/images')).filter((f) => f.endsWith('.jpg'));
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const LINES = ['wonen', 'werken', 'leven', 'imago'];
const SEGMENTS = ['aanwezig-talent', 'hunkertukker', 'nieuw-talent'];
const AGES = ['4-18', '18-25', '25-30', '30-35'];
const SECTORS = ['techniek', 'zorg', 'ict', 'onderwijs', 'overig'];
const TYPES = ['stage', 'afstudeeropdracht', 'traineeship', 'baan', 'leerwerktraject'];

function frontmatter(kind, index, lang, rand) {
  const common = [
    `title: "Voorbeeld ${kind} ${index}: ${paragraph(rand, 5).slice(0, -1)}"`,
    `summary: "${paragraph(rand, 20)}"`,
    `lang: ${lang}`,
    `publishDate: 2026-0${1 + (index % 9)}-1${index % 10}`,
    `lines: [${pick(rand, LINES)}]`,
    `ages: [${pick(rand, AGES.slice(1))}]`,
    `segments: [${pick(rand, SEGMENTS)}]`,
    'brand: on',
    'hero:',
    `  src: ../../images/${pick(rand, images)}`,
    '  alt: "Illustratie bij het voorbeeld."',
  ];
  if (kind === 'story') return [...common, 'format: artikel'];
  if (kind === 'event') {
    const day = String(1 + (index % 27)).padStart(2, '0');
    return [
      ...common,
      'type: netwerkborrel',
      `start: "2027-0${1 + (index % 9)}-${day}T17:00"`,
      `end: "2027-0${1 + (index % 9)}-${day}T20:00"`,
      'venue: { name: Metropool, street: Industriestraat 11, postalCode: 7553 CK, city: Hengelo }',
      'organiser: { name: Gemeente Hengelo }',
    ];
  }
  return [
    ...common,
    `type: ${pick(rand, TYPES)}`,
    `sector: ${pick(rand, SECTORS)}`,
    'levels: [hbo]',
    'employer: voorbeeldbedrijf',
    'workingLanguage: both',
    'location: Hengelo',
    'hours: 32-40 uur per week',
    'compensation: € 600 per maand',
    `deadline: 2027-1${index % 3}-1${index % 10}`,
    'apply: vacature@example.com',
  ];
}

/** N entries: half stories, a fifth events, the rest opportunities; half Dutch, half English. */
function generate(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const fixed of ['profiles', 'lines', 'programme', 'pages', 'facts', 'images']) {
    cpSync(join(ROOT, 'content', fixed), join(dir, fixed), { recursive: true });
  }
  for (const lang of ['nl', 'en']) {
    mkdirSync(join(dir, 'employers', lang), { recursive: true });
    writeFileSync(
      join(dir, 'employers', lang, 'voorbeeldbedrijf.md'),
      [
        '---',
        'name: Voorbeeldbedrijf',
        'summary: "Een verzonnen werkgever voor de meting."',
        `lang: ${lang}`,
        'publishDate: 2026-01-01',
        'brand: "on"',
        'sector: techniek',
        'size: "50-249"',
        'places: [Hengelo]',
        'workingLanguages: [nl, en]',
        'hiresInternationally: true',
        'website: https://www.voorbeeldbedrijf.example/',
        `image: ../../images/${images[0]}`,
        'imageAlt: "Illustratie bij het voorbeeld."',
        '---',
        '',
        'Een verzonnen werkgever.',
        '',
      ].join('\n'),
    );
  }
  const rand = random(n);
  const plan = [
    ['story', 'stories', Math.round(n * 0.5)],
    ['event', 'events', Math.round(n * 0.2)],
  ];
  plan.push(['opportunity', 'opportunities', n - plan[0][2] - plan[1][2]]);
  for (const [kind, collection, count] of plan) {
    for (const lang of ['nl', 'en']) mkdirSync(join(dir, collection, lang), { recursive: true });
    for (let i = 0; i < count; i += 1) {
      const lang = i % 2 ? 'en' : 'nl';
      const text = `---\n${frontmatter(kind, i, lang, rand).join('\n')}\n---\n\n${body(rand)}\n`;
      writeFileSync(join(dir, collection, lang, `${kind}-${i}.md`), text);
    }
  }
}

/** The same entries as a bare Astro site: one page per Markdown file, no schema, no images. */
function bareProject(dir, contentDir, pattern = '{stories,events,opportunities}/**/*.md') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      `export const collections = { entries: defineCollection({ loader: glob({ pattern: '${pattern}', base: '${contentDir}' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() { return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\n` +
      `const { entry } = Astro.props; const { Content } = await render(entry);\n---\n` +
      `<html lang="nl"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
}

/** Run a build under GNU time: wall seconds, peak memory (largest process) and its output. */
function timed(command, args, options) {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', command, ...args], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 512,
  });
  const seconds = (performance.now() - start) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(output.slice(-4000));
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  const peakMb = Number(/MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? 0) / 1024;
  return { seconds, peakMb, output };
}

/** As `timed`, without blocking this process (a feed server in it must answer meanwhile). */
function timedAsync(command, args, options) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', command, ...args], options);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        console.error(output.slice(-4000));
        reject(new Error(`${command} ${args.join(' ')} failed`));
        return;
      }
      const peakMb = Number(/MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? 0) / 1024;
      resolve({ seconds: (performance.now() - start) / 1000, peakMb, output });
    });
  });
}

function countFiles(dir, suffix) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix)).length;
}

/** Images of a build: responsive variants (astro:assets) and social images, and how many were new. */
function imagesProcessed(output) {
  const lines = output.split('\n').filter((line) => /▶ \/_astro\/.*\.(avif|webp|jpg|png)/.test(line));
  const social = /(\d+) drawn, (\d+) reused from the cache/.exec(output);
  const drawn = Number(social?.[1] ?? 0);
  const reused = Number(social?.[2] ?? 0);
  return {
    total: lines.length + drawn + reused,
    fresh: lines.filter((line) => !line.includes('reused cache entry')).length + drawn,
  };
}

/**
 * What a visitor's first search costs: open the search page with a query and add up every
 * Pagefind file the browser fetches until the results show (script, WebAssembly, metadata, index
 * chunks, fragments). Index chunks and fragments are stored compressed, so this is close to the
 * bytes on the wire.
 */
async function firstQueryBytes(dist, query) {
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let files = 0;
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      files += 1;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/zoeken/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-results] [data-slot="link"]').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return { bytes, files };
  } finally {
    await browser.close();
    server.close();
  }
}

const rows = [];
mkdirSync(WORK, { recursive: true });
for (const n of SIZES) {
  const content = join(WORK, `content-${n}`);
  console.log(`\n== ${n} entries: generating…`);
  generate(n, content);

  const env = {
    ...process.env,
    CONTENT_DIR: `.bench/content-${n}`,
    BUILD_DATE: '2026-11-29',
    ...(SOCIAL ? {} : { SOCIAL_IMAGES: 'off' }),
    NODE_OPTIONS: '--max-old-space-size=8192',
  };
  const out = join(WORK, `dist-${n}`);
  const dataStore = join(ROOT, 'node_modules/.astro/data-store.json');
  console.log('   first build (images may be new)…');
  rmSync(dataStore, { force: true });
  const first = timed('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env });
  const images = imagesProcessed(first.output);
  // The figure that counts: every entry parsed and every page rendered again, images cached.
  console.log('   full build, images cached…');
  rmSync(dataStore, { force: true });
  rmSync(out, { recursive: true, force: true });
  const full = timed('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env });
  const pages = countFiles(out, '.html');
  console.log('   first search query…');
  const search = await firstQueryBytes(out, 'stage');
  console.log('   warm rebuild…');
  const warm = timed('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env });
  const warmImages = imagesProcessed(warm.output);

  console.log('   bare Astro build of the same Markdown…');
  const bareDir = join(WORK, `bare-${n}`);
  bareProject(bareDir, content);
  const bare = timed('npx', ['astro', 'build'], {
    cwd: bareDir,
    env: { ...process.env, NODE_OPTIONS: env.NODE_OPTIONS },
  });

  rows.push({
    n,
    pages,
    first: first.seconds,
    full: full.seconds,
    fullPeak: full.peakMb,
    msPerPage: (full.seconds * 1000) / pages,
    images: images.total,
    imagesFresh: images.fresh,
    imagesPerSecond: images.fresh / first.seconds,
    searchBytes: search.bytes,
    searchFiles: search.files,
    warm: warm.seconds,
    warmFresh: warmImages.fresh,
    bare: bare.seconds,
    barePeak: bare.peakMb,
    ratio: full.seconds / bare.seconds,
  });
  rmSync(out, { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
}
rmSync(join(ROOT, 'node_modules/.astro/data-store.json'), { force: true });

/**
 * The job-feed run: `n` generated entries plus 200 employers with 5,000 vacancies in feeds on
 * loopback. Returns its figures.
 */
async function feedRun(n) {
  const content = join(WORK, `content-feeds-${n}`);
  console.log(`\n== ${n} entries + 200 employers, 5,000 vacancies from feeds on 127.0.0.1: generating…`);
  generate(n, content);
  const feedDir = join(WORK, 'feeds');
  rmSync(feedDir, { recursive: true, force: true });
  mkdirSync(feedDir, { recursive: true });
  const server = await serve(feedDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const postings = generateJobFeeds(content, feedDir, origin, { employers: 200, vacancies: 5000 });
  const store = join(WORK, 'job-feeds');
  rmSync(store, { recursive: true, force: true });
  const env = {
    ...process.env,
    CONTENT_DIR: `.bench/content-feeds-${n}`,
    BUILD_DATE: '2026-11-29',
    SOCIAL_IMAGES: 'off',
    JOB_FEEDS: 'on',
    JOB_FEEDS_ALLOW_LOOPBACK: '1',
    JOB_FEEDS_STORE: store,
    NODE_OPTIONS: '--max-old-space-size=8192',
  };
  const out = join(WORK, `dist-feeds-${n}`);
  const dataStore = join(ROOT, 'node_modules/.astro/data-store.json');
  console.log('   build with the import over loopback…');
  rmSync(dataStore, { force: true });
  const fetched = await timedAsync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env });
  server.close();
  const report = /Vacaturefeeds: (\d+) vacatures van (\d+) werkgevers/.exec(fetched.output);
  console.log(`   ${report?.[0] ?? 'no feed report found'}`);
  console.log('   full build from the stored copies (JOB_FEEDS=off)…');
  rmSync(dataStore, { force: true });
  rmSync(out, { recursive: true, force: true });
  const full = timed('npx', ['astro', 'build', '--outDir', out], {
    cwd: ROOT,
    env: { ...env, JOB_FEEDS: 'off' },
  });
  const stored = /Vacaturefeeds: (\d+) vacatures/.exec(full.output)?.[1];
  const pages = countFiles(out, '.html');
  const listing = gzipSync(readFileSync(join(out, 'kansen', 'index.html'))).length;
  console.log('   first search query…');
  const search = await firstQueryBytes(out, 'stage');

  console.log('   bare Astro build of the same entries…');
  mkdirSync(join(content, 'imported'), { recursive: true });
  postings.forEach((posting, i) =>
    writeFileSync(
      join(content, 'imported', `v-${i}.md`),
      `---\ntitle: ${JSON.stringify(posting.title)}\n---\n\n${posting.description}\n`,
    ),
  );
  const bareDir = join(WORK, `bare-feeds-${n}`);
  bareProject(bareDir, content, '{stories,events,opportunities,imported}/**/*.md');
  const bare = timed('npx', ['astro', 'build'], {
    cwd: bareDir,
    env: { ...process.env, NODE_OPTIONS: env.NODE_OPTIONS },
  });
  rmSync(out, { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
  return {
    n,
    imported: Number(report?.[1] ?? 0),
    fromStored: Number(stored ?? 0),
    pages,
    fetched: fetched.seconds,
    full: full.seconds,
    fullPeak: full.peakMb,
    listing,
    searchBytes: search.bytes,
    bare: bare.seconds,
    barePeak: bare.peakMb,
    ratio: full.seconds / bare.seconds,
  };
}

const doc = join(ROOT, 'docs/performance.md');
/** Replaces the section between `<!-- name -->` markers, or adds it under `heading`. */
async function writeSection(name, heading, body) {
  const section = `<!-- ${name} -->\n${body}\n<!-- /${name} -->`;
  const existing = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
  const marker = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
  await writeMarkdown(
    doc,
    marker.test(existing)
      ? existing.replace(marker, section)
      : `${existing.trimEnd()}\n\n## ${heading}\n\n${section}\n`,
  );
}

if (rows.length > 0) {
  const header =
    '| entries | pages | first build | full build, images cached | peak memory | ms/page | images (new) | new images/s | warm rebuild (new images) | first search (files) | bare Astro Markdown | bare peak | ratio full/bare |\n' +
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const table = [
    header,
    ...rows.map(
      (r) =>
        `| ${r.n} | ${r.pages} | ${r.first.toFixed(1)} s | ${r.full.toFixed(1)} s | ${Math.round(r.fullPeak)} MB | ${r.msPerPage.toFixed(1)} | ${r.images} (${r.imagesFresh}) | ${r.imagesPerSecond.toFixed(1)} | ${r.warm.toFixed(1)} s (${r.warmFresh}) | ${(r.searchBytes / 1024).toFixed(0)} KB (${r.searchFiles}) | ${r.bare.toFixed(1)} s | ${Math.round(r.barePeak)} MB | ${r.ratio.toFixed(2)} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);

  await writeSection(
    'bench:build',
    'Build at scale',
    `${table}\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:build -- ${SIZES.join(' ')}${SOCIAL ? '' : ' --social=off'}\` (Node ${process.version}, ${process.platform}${SOCIAL ? '' : '; social images not drawn'}).`,
  );
  console.log(`Figures written to ${doc}`);
}

if (FEEDS) {
  const r = await feedRun(1000);
  const table = [
    '| entries | vacancies imported (from stored copies) | pages | build with import over loopback | full build from stored copies | peak memory | listing HTML gzip | first search | bare Astro, same entries | bare peak | ratio full/bare |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${r.n} + 5000 | ${r.imported} (${r.fromStored}) | ${r.pages} | ${r.fetched.toFixed(1)} s | ${r.full.toFixed(1)} s | ${Math.round(r.fullPeak)} MB | ${(r.listing / 1024).toFixed(1)} KB | ${(r.searchBytes / 1024).toFixed(0)} KB | ${r.bare.toFixed(1)} s | ${Math.round(r.barePeak)} MB | ${r.ratio.toFixed(2)} |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  await writeSection(
    'bench:feeds',
    'Build with job feeds',
    `${table}\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:build -- --feeds-only\` (Node ${process.version}, ${process.platform}; social images not drawn).`,
  );
  console.log(`Figures written to ${doc}`);
}
