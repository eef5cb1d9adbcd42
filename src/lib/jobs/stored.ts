/**
 * The stored copy of each feed: the JobPostings of its last good fetch, in
 * `<store>/<employer>.json` (by default `.cache/job-feeds/`, not in git; the deploy workflow keeps
 * the folder between runs). The postings are stored as the feed gave them, so a change in the
 * mapping or in an editor's hide list applies to a stored copy too.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Posting } from './parse';

export interface StoredFeed {
  url: string;
  fetchedAt: string;
  postings: Posting[];
}

/** The stored copy of `employer`'s feed at `url`, or undefined (none, unreadable, other feed). */
export function readStored(dir: string, employer: string, url: string): StoredFeed | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(dir, `${employer}.json`), 'utf8')) as StoredFeed;
    return stored.url === url && Array.isArray(stored.postings) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the stored copy, whole or not at all (written next to it, then renamed). */
export function writeStored(dir: string, employer: string, feed: StoredFeed): void {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${employer}.json`);
  writeFileSync(`${target}.tmp`, JSON.stringify(feed));
  renameSync(`${target}.tmp`, target);
}
