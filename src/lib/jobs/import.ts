/**
 * The job-feed import: every employer in `content/employers/nl/` with a `jobFeed` has its feed
 * read (`./fetch.ts`, `./parse.ts`), each JobPosting mapped to an opportunity (`./map.ts`), and
 * what the site must not show taken out: postings over the cap, duplicates (same identifier or
 * address), vacancies an editor hid (`hideVacancies` on the employer). A feed that is down, slow,
 * malformed or suddenly empty keeps its last good copy (`./stored.ts`); with `JOB_FEEDS=off` only
 * the stored copies are read. Never throws for a feed: every problem ends up in the report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readFrontmatter } from '../content/frontmatter';
import { say } from '../content/messages';
import { publishStatus } from '../content/publishing';
import { calendarDay } from '../content/schemas/fields';
import { sectors, type SectorId } from '../content/vocabulary';
import { TIME_ZONE, zonedTimeToUtc } from '../time/zone';
import { fetchFeed, type FetchLimits, type FetchResult } from './fetch';
import { DEFAULT_WINDOW_DAYS, mapPosting, type FeedEmployer, type Vacancy } from './map';
import { parseFeed, postingsInHtml, type Posting } from './parse';
import { readStored, writeStored } from './stored';

export interface FeedSettings extends FetchLimits {
  /** Whether feeds are fetched at all (`JOB_FEEDS=off`: stored copies only). */
  network: boolean;
  /** Vacancies per feed at most (and pages read from one sitemap). */
  maxVacancies: number;
  /** Where the stored copies are kept. */
  storeDir: string;
}

/** The settings from the environment: JOB_FEEDS, JOB_FEEDS_ALLOW_LOOPBACK, JOB_FEEDS_STORE, ... */
export function feedSettings(env: Record<string, string | undefined> = process.env): FeedSettings {
  const count = (value: string | undefined, fallback: number) => {
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
  };
  return {
    network: env.JOB_FEEDS?.trim().toLowerCase() !== 'off',
    allowLoopback: env.JOB_FEEDS_ALLOW_LOOPBACK === '1',
    timeoutMs: count(env.JOB_FEEDS_TIMEOUT_MS, 15_000),
    maxBytes: count(env.JOB_FEEDS_MAX_BYTES, 5 * 1024 * 1024),
    maxVacancies: count(env.JOB_FEEDS_MAX_VACANCIES, 500),
    storeDir: env.JOB_FEEDS_STORE?.trim() || join('.cache', 'job-feeds'),
  };
}

export interface Skipped {
  label: string;
  reason: string;
}

export interface FeedReport {
  employer: string;
  url: string;
  /** Where the postings came from: the feed now, the stored copy, or nowhere. */
  source: 'fetched' | 'stored' | 'none';
  /** Why the feed itself was not used (source `stored` or `none`). */
  problem?: string;
  /** When the stored copy was made (source `stored`). */
  storedAt?: string;
  found: number;
  kept: number;
  skipped: Skipped[];
}

export interface ImportResult {
  vacancies: Vacancy[];
  /** The employers whose feeds were read, by id. */
  employers: Map<string, FeedEmployer>;
  reports: FeedReport[];
  /** Employers passed over before their feed, with the reason. */
  employersSkipped: string[];
}

function refusal(result: Extract<FetchResult, { ok: false }>): string {
  const ids = {
    address: 'feedRefusedAddress',
    scheme: 'feedRefusedScheme',
    private: 'feedRefusedPrivate',
    redirect: 'feedRefusedRedirect',
    status: 'feedStatus',
    timeout: 'feedTimeout',
    'too-large': 'feedTooLarge',
    network: 'feedNetwork',
  } as const;
  return say(ids[result.reason], { detail: result.detail });
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The published employers that name a job feed (`content/employers/nl/*.md`). */
export function feedEmployers(
  contentRoot: string,
  now: Date,
): { employers: FeedEmployer[]; skipped: string[] } {
  const folder = join(contentRoot, 'employers', 'nl');
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((file) => /\.mdx?$/.test(file))
      .sort();
  } catch {
    return { employers: [], skipped: [] };
  }
  const employers: FeedEmployer[] = [];
  const skipped: string[] = [];
  for (const name of files) {
    const path = join(folder, name);
    const file = relative(process.cwd(), path);
    let data: Record<string, unknown>;
    try {
      data = readFrontmatter(readFileSync(path, 'utf8'));
    } catch (error) {
      // The employers collection fails the build on this file itself; the import passes it over.
      skipped.push(
        say('feedEmployerSkipped', { bestand: file, reden: (error as Error).message.split('\n')[0] ?? '' }),
      );
      continue;
    }
    if (typeof data.jobFeed !== 'string' || !data.jobFeed.trim()) continue;
    const day =
      data.publishDate instanceof Date || typeof data.publishDate === 'string'
        ? calendarDay(data.publishDate)
        : undefined;
    const status = publishStatus(
      {
        brand: typeof data.brand === 'string' ? data.brand : 'on',
        draft: data.draft === true,
        publishDate: day ? zonedTimeToUtc(`${day}T00:00`, TIME_ZONE) : new Date(0),
      },
      now,
    );
    if (!status.published) {
      skipped.push(say('feedEmployerSkipped', { bestand: file, reden: status.detail }));
      continue;
    }
    if (typeof data.name !== 'string' || !sectors.ids.includes(data.sector as SectorId)) {
      skipped.push(
        say('feedEmployerSkipped', {
          bestand: file,
          reden: say('invalid', { waarde: JSON.stringify(data.sector ?? data.name ?? null) }),
        }),
      );
      continue;
    }
    employers.push({
      id: basename(name).replace(/\.mdx?$/, ''),
      name: data.name,
      sector: data.sector as SectorId,
      places: list(data.places),
      jobFeed: data.jobFeed.trim(),
      website: typeof data.website === 'string' ? data.website : undefined,
      hideVacancies: list(data.hideVacancies),
      file,
    });
  }
  return { employers, skipped };
}

/** A feed read now: its postings (capped), or the problem. Sitemaps' pages are read in turn. */
async function readFeed(
  url: string,
  settings: FeedSettings,
): Promise<{ postings: Posting[]; skipped: Skipped[] } | { problem: string }> {
  const answer = await fetchFeed(url, settings);
  if (!answer.ok) return { problem: refusal(answer) };
  const parsed = parseFeed(answer.body);
  if (parsed.kind === 'malformed') return { problem: say('feedMalformed', { detail: parsed.detail }) };
  if (parsed.kind === 'postings') return { postings: parsed.postings, skipped: [] };
  const pages = parsed.pages.slice(0, settings.maxVacancies);
  // The pages of one sitemap share a budget: four times the time limit of one request.
  const until = Date.now() + 4 * settings.timeoutMs;
  const skipped: Skipped[] = [];
  const postings: Posting[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const result = await fetchFeed(page, settings, until);
      if (!result.ok) skipped.push({ label: page, reason: say('skipPage', { reden: refusal(result) }) });
      else postings.push(...postingsInHtml(result.body));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { postings, skipped };
}

/** One employer's feed: fetched, or the stored copy when the feed fails or comes back empty. */
async function postingsOf(employer: FeedEmployer, settings: FeedSettings) {
  const stored = readStored(settings.storeDir, employer.id, employer.jobFeed);
  const fallback = (problem: string) =>
    stored
      ? {
          source: 'stored' as const,
          problem,
          storedAt: stored.fetchedAt,
          postings: stored.postings,
          skipped: [],
        }
      : { source: 'none' as const, problem, postings: [] as Posting[], skipped: [] as Skipped[] };
  if (!settings.network) return fallback(say('feedOff'));
  const read = await readFeed(employer.jobFeed, settings);
  if ('problem' in read) return fallback(read.problem);
  if (read.postings.length === 0 && stored && stored.postings.length > 0) return fallback(say('feedEmpty'));
  const postings = read.postings.slice(0, settings.maxVacancies);
  writeStored(settings.storeDir, employer.id, {
    url: employer.jobFeed,
    fetchedAt: new Date().toISOString(),
    postings,
  });
  const over = read.postings.length - postings.length;
  const skipped = [...read.skipped];
  if (over > 0) skipped.push({ label: `${over}`, reason: say('skipCap', { max: settings.maxVacancies }) });
  return { source: 'fetched' as const, postings, skipped };
}

/** Runs `work` over `items`, `width` at a time, results in order. */
async function pooled<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** Every employer's vacancies and the report, per feed. */
export async function importJobFeeds(options: {
  contentRoot: string;
  now: Date;
  settings: FeedSettings;
}): Promise<ImportResult> {
  const { contentRoot, now, settings } = options;
  const { employers, skipped: employersSkipped } = feedEmployers(contentRoot, now);
  const read = await pooled(employers, 8, (employer) => postingsOf(employer, settings));
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  const vacancies: Vacancy[] = [];
  const reports = employers.map((employer, index): FeedReport => {
    const feed = read[index]!;
    const skipped = [...feed.skipped];
    let kept = 0;
    for (const posting of feed.postings) {
      const mapped = mapPosting(posting, employer, now);
      if (!mapped.ok) {
        const reason = {
          'no-title': 'skipNoTitle',
          type: 'skipType',
          'no-apply': 'skipNoApply',
          closed: 'skipClosed',
        } as const;
        skipped.push({ label: mapped.label, reason: say(reason[mapped.reason]) });
        continue;
      }
      const vacancy = mapped.vacancy;
      const slug = vacancy.id.slice(employer.id.length + 2);
      if (employer.hideVacancies.includes(vacancy.id) || employer.hideVacancies.includes(slug)) {
        skipped.push({ label: vacancy.id, reason: say('skipHidden') });
        continue;
      }
      const twin = vacancy.keys.map((key) => seen.get(key)).find(Boolean);
      if (twin) {
        skipped.push({ label: vacancy.data.title, reason: say('skipDuplicate', { id: twin }) });
        continue;
      }
      // Two different postings with one slug: the second gets a number.
      let id = vacancy.id;
      for (let n = 2; ids.has(id); n += 1) id = `${vacancy.id}-${n}`;
      ids.add(id);
      for (const key of vacancy.keys) seen.set(key, id);
      vacancies.push({ ...vacancy, id });
      kept += 1;
    }
    return {
      employer: employer.name,
      url: employer.jobFeed,
      source: feed.source,
      ...(feed.source !== 'fetched' ? { problem: feed.problem } : {}),
      ...(feed.source === 'stored' ? { storedAt: feed.storedAt } : {}),
      found: feed.postings.length,
      kept,
      skipped,
    };
  });
  return {
    vacancies,
    employers: new Map(employers.map((employer) => [employer.id, employer])),
    reports,
    employersSkipped,
  };
}

/** The report as the build prints it: one line per feed, then each skipped vacancy and why. */
export function feedReport(result: ImportResult): string {
  if (result.reports.length === 0 && result.employersSkipped.length === 0) return say('feedsNone');
  const lines = [say('feedsSummary', { getoond: result.vacancies.length, feeds: result.reports.length })];
  for (const report of result.reports) {
    const counts = {
      werkgever: report.employer,
      adres: report.url,
      gevonden: report.found,
      getoond: report.kept,
      overgeslagen: report.skipped.length,
      probleem: report.problem ?? '',
      datum: report.storedAt?.slice(0, 10) ?? '',
    };
    const id =
      report.source === 'fetched'
        ? 'feedFetched'
        : report.source === 'stored'
          ? 'feedFromStored'
          : 'feedNothing';
    lines.push(`  - ${say(id, counts)}`);
    for (const skip of report.skipped) lines.push(`      ${skip.label}: ${skip.reason}`);
  }
  for (const line of result.employersSkipped) lines.push(`  - ${line}`);
  const defaults = result.vacancies.filter((vacancy) => vacancy.defaultDeadline);
  if (defaults.length > 0) {
    lines.push(
      `  ${say('feedDefaultDeadline', { aantal: defaults.length, datum: defaults[0]!.data.deadline, dagen: DEFAULT_WINDOW_DAYS })}`,
    );
  }
  return lines.join('\n');
}
