// The guides, the compare pages and the contact page show no number that is not a fact: every
// figure on them comes from content/facts/ (inside an element with data-fact), and shows its period
// and a link to its source. They exist in both languages, linked to each other by hreflang.
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/content/vocabulary';
import { compareCities } from '../../src/lib/facts/compare';
import { factPeriod } from '../../src/lib/facts/format';
import { path, type Section } from '../../src/lib/routing/routes';
import { exists, html } from '../support/dist';
import { factElements, factsIn, strayNumbers } from '../support/facts';
import { site } from '../support/sites';

const facts = factsIn(site.content);
const fixed: Section[] = ['comingBack', 'moving', 'contact', 'compare'];

const pagesOf = (locale: (typeof locales)[number]) => [
  ...fixed.map((section) => path(locale, section)),
  ...compareCities.map((city) => path(locale, 'compare', city.id)),
];

describe('the figure check itself', () => {
  it('finds a number outside a fact, and none inside one or in a date', () => {
    const page =
      '<main><p>Een kamer kost 450 euro.</p><p><span data-fact="x">€ 351 (Q2 2025)</span></p><time datetime="2026-12-02">2 december 2026</time><p>Bel 14074.</p></main>';
    const stray = strayNumbers(page);
    expect(stray).toHaveLength(1);
    expect(stray[0]).toContain('kost 450 euro');
    expect(strayNumbers('<main><p>Bel 14074 of lees over de 30%-regeling.</p></main>')).toEqual([]);
    expect(strayNumbers('<header>2026</header><main><p>Geen getal.</p></main>')).toEqual([]);
  });
});

describe.each(locales)('pages for deciding to come, in %s', (locale) => {
  const other = locale === 'nl' ? 'en' : 'nl';
  const pages = pagesOf(locale);

  it('exist, each with its translation as hreflang alternate', () => {
    const translations = pagesOf(other);
    for (const [index, url] of pages.entries()) {
      expect(exists(url), url).toBe(true);
      const source = html(url);
      expect(source, url).toContain(`hreflang="${other === 'nl' ? 'nl-NL' : 'en-GB'}" href="https://talent.hengelo.nl${translations[index]}"`);
    }
  });

  it('show no number that is not a fact', () => {
    for (const url of pages) expect(strayNumbers(html(url)), url).toEqual([]);
  });

  it('show each fact with its period and a link to its source', () => {
    for (const url of pages) {
      for (const element of factElements(html(url))) {
        const fact = facts.find((candidate) => candidate.id === element.id);
        expect(fact, `${url}: ${element.id}`).toBeDefined();
        if (!fact) continue;
        expect(element.text, `${url}: ${element.id}`).toContain(factPeriod(fact.data, locale));
        expect(element.links, `${url}: ${element.id}`).toContain(fact.data.source);
      }
    }
  });

  it('link the compare page of every city from the list, without JavaScript', () => {
    const list = html(path(locale, 'compare'));
    for (const city of compareCities) expect(list).toContain(`href="${path(locale, 'compare', city.id)}"`);
  });

  it('say there is no source yet where a topic has no figure', () => {
    for (const city of compareCities) {
      const source = html(path(locale, 'compare', city.id));
      const topics = [...source.matchAll(/data-compare-kind="(\w+)"/g)].map((match) => match[1]);
      expect(topics.length, city.id).toBeGreaterThan(0);
      const empty = topics.filter((kind) => kind === 'none').length;
      expect((source.match(/data-no-source/g) ?? []).length, city.id).toBe(empty);
    }
  });
});
