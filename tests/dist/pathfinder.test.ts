// The path finder without JavaScript, over the built pages, for any content: every step and
// every valid combination of answers is a pre-rendered page and nothing else is; each answer is a
// link to a page that exists; each result page shows, per kind, only items that match the stage
// and the goal, best first, and says so where few do; the old pages by age group forward.
import { describe, expect, it } from 'vitest';
import { matches, specOf, type Listing } from '../../src/lib/discovery/facets';
import {
  SHOWN,
  allAnswers,
  fitOf,
  goalsFor,
  isValid,
  listingsFor,
  movedPaths,
  options,
  questions,
  resultFor,
  selectionFor,
  type Answers,
} from '../../src/lib/discovery/pathfinder';
import { forYouPath, path } from '../../src/lib/routing/routes';
import { goals, locales, segments, stages } from '../../src/lib/content/vocabulary';
import { attributes, exists, html, htmlPages, isEntryLink } from '../support/dist';
import { listed } from '../support/listings';

const kinds: Listing[] = ['stories', 'opportunities', 'events'];

/** The HTML of a result page's group for one listing, or undefined when it has none. */
function group(source: string, listing: Listing): string | undefined {
  return new RegExp(`<section\\b[^>]*data-listing="${listing}"[^>]*>([\\s\\S]*?)</section>`).exec(source)?.[1];
}

const mainOf = (source: string) => /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(source)?.[1] ?? '';

describe.each(locales)('the path finder in %s', (locale) => {
  const root = forYouPath(locale);

  it('starts on the home page with the first question, as links', () => {
    const links = attributes(html(path(locale, 'home')), 'a', 'href');
    for (const id of options('segment')) expect(links).toContain(forYouPath(locale, id));
  });

  it('has a page per step, each answer one link to a page that exists', () => {
    const walk = (given: string[]) => {
      const page = forYouPath(locale, ...given);
      expect(exists(page), page).toBe(true);
      const links = attributes(mainOf(html(page)), 'a', 'href').filter((href) => href.startsWith(root));
      for (const href of links) expect(exists(href), `${page} -> ${href}`).toBe(true);
      const next = questions[given.length];
      if (!next) return;
      const answers = links.filter((href) => href.split('/').filter(Boolean).length > page.split('/').filter(Boolean).length);
      expect(answers.sort(), page).toEqual(options(next, given).map((id) => forYouPath(locale, ...given, id)).sort());
      for (const id of options(next, given)) walk([...given, id]);
    };
    walk([]);
  });

  it('has no page for a combination that cannot fit, and no other pages', () => {
    for (const segment of segments.ids) {
      for (const stage of stages.ids) {
        for (const goal of goals.ids.filter((id) => !goalsFor(stage).includes(id))) {
          expect(exists(forYouPath(locale, segment, stage, goal)), `${segment}/${stage}/${goal}`).toBe(false);
        }
      }
    }
    const moved = new Set(movedPaths().map(({ from }) => forYouPath(locale, ...from)));
    const pages = htmlPages().filter((page) => page.startsWith(root));
    for (const page of pages) {
      const given = page.slice(root.length).split('/').filter(Boolean);
      expect(isValid(given) || moved.has(page), page).toBe(true);
    }
    expect(pages.filter((page) => !moved.has(page)).length).toBe(1 + 3 + 3 * 6 + allAnswers().length);
  });

  it('shows on each result page only items that match, best first, and says where few do', () => {
    for (const answers of allAnswers()) {
      const page = forYouPath(locale, answers.segment, answers.stage, answers.goal);
      const source = html(page);
      for (const listing of kinds) {
        const section = group(source, listing);
        const prefix = path(locale, listing);
        if (!listingsFor(answers).includes(listing)) {
          // No opportunities for a home, things to do or finding out what to study.
          expect(section, `${page} has no ${listing}`).toBeUndefined();
          const links = attributes(mainOf(source), 'a', 'href');
          expect(links.filter((href) => isEntryLink(href, prefix)), `${page} links no ${listing}`).toEqual([]);
          continue;
        }
        expect(section, `${page} ${listing}`).toBeDefined();
        const items = listed(listing, locale);
        const selection = selectionFor(listing, answers) ?? {};
        const shown = [...new Set(attributes(section ?? '', 'a', 'href').filter((href) => isEntryLink(href, prefix)))];
        const shownItems = shown.map((href) => items.find((item) => item.href === href));
        for (const [index, item] of shownItems.entries()) {
          expect(item, `${page}: ${shown[index]} is a listed ${listing}`).toBeDefined();
          expect(matches(item?.facets ?? {}, selection), `${page}: ${shown[index]} matches`).toBe(true);
        }
        // Best first: each shown item fits at least as well as the next.
        const fits = shownItems.map((item) => fitOf(item?.facets ?? {}, answers).join(''));
        expect(fits, `${page} ${listing} best first`).toEqual([...fits].sort());
        // And they are the best of all that match: no better item left out.
        const all = items.filter((item) => matches(item.facets, selection));
        expect(shown.length, `${page} ${listing}`).toBe(Math.min(SHOWN, all.length));
        const worstShown = fits.at(-1);
        if (worstShown !== undefined) {
          for (const item of all.filter((entry) => !shown.includes(entry.href))) {
            expect(fitOf(item.facets, answers).join('') >= worstShown, `${page}: ${item.href} fits better`).toBe(true);
          }
        }
        const result = resultFor(listing, items.map((item) => item.facets), specOf(listing), answers);
        expect(shown).toEqual(result?.ranked.slice(0, SHOWN).map((index) => items[index]?.href));
        // Where few match, the page says so and offers steps (links), never other items.
        expect(section?.includes('data-little'), `${page} ${listing} says few match`).toBe(all.length < SHOWN);
        if (all.length < SHOWN) {
          const steps = attributes(/data-little[\s\S]*$/.exec(section ?? '')?.[0] ?? '', 'a', 'href');
          expect(steps.length, `${page} ${listing} offers a step`).toBeGreaterThan(0);
          for (const href of steps) expect(isEntryLink(href, prefix), `${page}: step ${href}`).toBe(false);
        }
      }
    }
  });

  it('puts the answers in a plain-language heading, without age ranges', () => {
    for (const answers of allAnswers()) {
      const page = forYouPath(locale, answers.segment, answers.stage, answers.goal);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html(page))?.[1] ?? '';
      expect(h1, page).toMatch(locale === 'nl' ? /^Voor jou: / : /^For you: /);
      expect(h1, page).not.toMatch(/\d/);
    }
    const pupil: Answers = { segment: 'hunkertukker', stage: 'scholier', goal: 'doen' };
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html(forYouPath(locale, pupil.segment, pupil.stage, pupil.goal)))?.[1];
    expect(h1).toMatch(locale === 'nl' ? /scholier, wil terug naar Twente/ : /school pupil, coming back to Twente/);
  });

  it('forwards each old page by age group to a new page that exists, out of search', () => {
    for (const { from, to } of movedPaths()) {
      const page = forYouPath(locale, ...from);
      const source = html(page);
      const target = forYouPath(locale, ...to);
      expect(exists(target), `${page} -> ${target}`).toBe(true);
      expect(source, page).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(source, page).toContain('<meta name="robots" content="noindex">');
      expect(attributes(mainOf(source), 'a', 'href'), page).toContain(target);
    }
  });
});

describe('the sitemap', () => {
  it('lists the path finder’s result pages and none of the forwarding pages', () => {
    const sitemap = html('/sitemap-0.xml');
    expect(sitemap).toContain(forYouPath('nl', 'hunkertukker', 'student-hbo', 'stage'));
    for (const { from } of movedPaths()) expect(sitemap).not.toContain(`${forYouPath('nl', ...from)}<`);
  });
});
