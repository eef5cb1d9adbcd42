// The path finder without JavaScript: every step and every combination of answers is a
// pre-rendered page, each answer is a link to the next step, and each result page shows entries
// that fit the answers (or the nearest wider fit), computed from content/.
import { describe, expect, it } from 'vitest';
import { specOf } from '../../src/lib/discovery/facets';
import { allAnswers, answerIds, closest, questions, selectionFor } from '../../src/lib/discovery/pathfinder';
import { forYouPath, path } from '../../src/lib/routing/routes';
import { locales } from '../../src/lib/content/vocabulary';
import { attributes, exists, html } from '../support/dist';
import { listed } from '../support/listings';

describe.each(locales)('the path finder in %s', (locale) => {
  it('starts on the home page with the first question, as links', () => {
    const links = attributes(html(path(locale, 'home')), 'a', 'href');
    for (const id of answerIds.segment) expect(links).toContain(forYouPath(locale, id));
  });

  it('has a page per step, each answer one link to the next', () => {
    const walk = (given: string[]) => {
      const page = forYouPath(locale, ...given);
      expect(exists(page), page).toBe(true);
      const next = questions[given.length];
      if (!next) return;
      const links = attributes(html(page), 'a', 'href');
      for (const id of answerIds[next]) {
        expect(links, page).toContain(forYouPath(locale, ...given, id));
        walk([...given, id]);
      }
    };
    walk([]);
  });

  it('shows on each result page the entries that fit the answers best', () => {
    for (const answers of allAnswers()) {
      const page = forYouPath(locale, answers.segment, answers.age, answers.goal);
      const source = html(page);
      const links = attributes(source, 'a', 'href');
      for (const listing of ['stories', 'opportunities', 'events'] as const) {
        const items = listed(listing, locale);
        const found = closest(
          items.map((item) => item.facets),
          specOf(listing),
          selectionFor(listing, answers),
        );
        const shown = found.matches.slice(0, 3).map((index) => items[index]?.href);
        for (const href of shown) expect(links, `${page} ${listing}`).toContain(href);
        const others = items.filter((item) => !shown.includes(item.href)).map((item) => item.href);
        for (const href of others) expect(links, `${page} ${listing} must not show ${href}`).not.toContain(href);
        // Nothing that fits: the page says so, and what to do instead.
        if (listing !== 'stories') {
          const none = listing === 'opportunities' ? 'data-none-open' : 'data-none-planned';
          expect(source.includes(none), `${page} ${listing}: "nothing now"`).toBe(shown.length === 0);
        }
      }
    }
  });

  it('puts the answers in a plain-language heading', () => {
    const source = html(forYouPath(locale, 'hunkertukker', '18-25', 'werken'));
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(source)?.[1] ?? '';
    expect(h1).toMatch(locale === 'nl' ? /^Voor jou: .*terug naar Twente/ : /^For you: .*back to Twente/);
    // The age range cannot break over two lines on a phone ("18-" / "25").
    expect(h1).toContain('18\u2060-\u206025');
  });
});
