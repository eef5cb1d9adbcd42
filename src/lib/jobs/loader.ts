/**
 * The imported vacancies in the `opportunities` collection, next to the hand-made files: called by
 * the content loader (`../content/loader.ts`) after the files are in the store. Each vacancy gets
 * the id `<lang>/<employer>--<slug>`, so its page is `/kansen/<employer>--<slug>/`; a hand-made
 * entry of that name wins. Each is checked by the same contract as a file
 * (`validateEntry`, then Astro's `parseData`); one that fails is skipped, named in the report, and
 * never fails the build. The description, already reduced to the safe subset, is the entry's
 * rendered HTML, so the page, the JSON-LD and the search index read it as they read a file's body.
 */
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { say } from '../content/messages';
import { validateEntry } from '../content/validation';
import { feedReport, feedSettings, importJobFeeds, type FeedSettings } from './import';
import type { ImportedOpportunity } from './map';

/**
 * An imported opportunity as an opportunity entry: it already has the contract's shape (the
 * employer by id, its working language), so the employer's entry names the employer on every page.
 */
export function asOpportunityEntry(data: ImportedOpportunity): Record<string, unknown> {
  return { ...data };
}

/** Adds the feeds' vacancies to the store, prints the per-feed report; the ids it added. */
export async function addImportedVacancies(
  context: LoaderContext,
  options: { contentRoot: string; now: Date; settings?: FeedSettings },
): Promise<Set<string>> {
  const added = new Set<string>();
  const settings = options.settings ?? feedSettings();
  const result = await importJobFeeds({ contentRoot: options.contentRoot, now: options.now, settings });
  for (const vacancy of result.vacancies) {
    const employer = result.employers.get(vacancy.data.employer)!;
    const report = result.reports.find((feed) => feed.url === employer.jobFeed);
    const id = `${vacancy.data.lang}/${vacancy.id}`;
    const skip = (reason: string) => {
      if (report) {
        report.kept -= 1;
        report.skipped.push({ label: vacancy.id, reason });
      }
      result.vacancies = result.vacancies.filter((other) => other !== vacancy);
    };
    if (context.store.has(id)) {
      skip(say('skipHandMade'));
      continue;
    }
    // Where a file of this vacancy would be: the hero's relative path resolves from there.
    const filePath = relative(
      process.cwd(),
      join(options.contentRoot, 'opportunities', vacancy.data.lang, `${vacancy.id}.md`),
    );
    const data = asOpportunityEntry(vacancy.data);
    const checked = validateEntry('opportunities', filePath, data);
    if (!checked.ok) {
      skip(say('skipInvalid', { melding: checked.message.replace(/\s+/g, ' ') }));
      continue;
    }
    const parsed = await context.parseData({ id, data, filePath });
    context.store.set({
      id,
      data: parsed,
      filePath,
      rendered: { html: vacancy.html },
      digest: context.generateDigest({ data, html: vacancy.html }),
    });
    added.add(id);
  }
  context.logger.info(feedReport(result));
  return added;
}
