// The built opportunities against the content at the moment the build was made for: open ones
// listed by deadline, in the RSS feed, sitemap and search, with JobPosting data; closed ones out
// of all of those, their pages still there, saying they have closed and pointing to open ones.
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { employmentType, endOfDeadlineDay } from '../../src/lib/structured-data/jsonld';
import { similarOpen } from '../../src/lib/opportunities/similar';
import { deadlineDay, openOpportunities } from '../../src/lib/schedule';
import { opportunityFeedPath, path } from '../../src/lib/routing/routes';
import { linkHref } from '../../src/lib/content/schemas';
import { toZonedIso, zonedDate } from '../../src/lib/time/zone';
import { locales, type Locale, type OpportunityTypeId } from '../../src/lib/content/vocabulary';
import { published, type Entry } from '../support/content';
import { attributes, builtAt, DIST, html, htmlPages, isEntryLink, jsonLd } from '../support/dist';

const now = builtAt();
const SITE = 'https://talent.hengelo.nl';

interface OpportunityFields {
  publishDate: Date;
  deadline: Date;
  type: OpportunityTypeId;
  sector: string;
  hours: string;
  location: string;
  apply: string;
  employer: string;
  salary?: { min: number; max?: number; unit: string };
}
type OpportunityEntry = Entry & { id: string; data: Entry['data'] & OpportunityFields };

function opportunitiesIn(locale: Locale): OpportunityEntry[] {
  return (published('opportunities', locale, now) as OpportunityEntry[]).map((entry) => ({ ...entry, id: entry.slug }));
}
/** The employer an opportunity names, in its language or else the other (as its page shows it). */
function employerOf(locale: Locale, id: string): Entry & { data: { name: string; website: string } } {
  const found = [locale, ...locales.filter((other) => other !== locale)]
    .map((lang) => published('employers', lang, now).find((employer) => employer.slug === id))
    .find(Boolean);
  if (!found) throw new Error(`no published employer ${id}`);
  return found as Entry & { data: { name: string; website: string } };
}
const href = (locale: Locale, entry: { slug: string }) => path(locale, 'opportunities', entry.slug);
const isOpportunityPage = (link: string, locale: Locale) => isEntryLink(link, path(locale, 'opportunities'));

describe.each(locales)('opportunities in %s', (locale) => {
  const all = opportunitiesIn(locale);
  const open = openOpportunities(all, now);
  const closed = all.filter((entry) => !open.includes(entry));
  const t = useTranslations(locale);

  it('says what to do instead when nothing is open, and hides that text while something is', () => {
    const source = html(path(locale, 'opportunities'));
    const note = /<div[^>]*data-none-open[^>]*>/.exec(source)?.[0];
    expect(note, 'the listing has its "nothing open" text').toBeDefined();
    expect(note?.includes(' hidden'), 'hidden while something is open').toBe(open.length > 0);
    expect(source).toContain(t.careers.noneOpen);
    // What to do instead: the feed, the agenda and the stories are one link away.
    const links = attributes(source.slice(source.indexOf('data-none-open')), 'a', 'href');
    expect(links).toEqual(expect.arrayContaining([opportunityFeedPath(locale), path(locale, 'events'), path(locale, 'stories')]));
  });

  it('lists exactly the open ones, nearest deadline first, each marked with its deadline day', () => {
    const source = html(path(locale, 'opportunities'));
    expect(attributes(source, 'a', 'href').filter((link) => isOpportunityPage(link, locale))).toEqual(
      open.map((entry) => href(locale, entry)),
    );
    expect(attributes(source, 'article', 'data-deadline')).toEqual(open.map((entry) => deadlineDay(entry.data.deadline)));
    const count = (open.length === 1 ? t.careers.countOne : t.careers.countOther).replace('{n}', String(open.length));
    expect(source).toContain(`data-count>${count}</p>`);
  });

  it('has an RSS 2.0 feed of exactly the open ones, linked from the listing', () => {
    const xml = readFileSync(join(DIST, opportunityFeedPath(locale)), 'utf8');
    // Well-formedness is checked by the browser's strict XML parser in tests/e2e/agenda.spec.ts.
    const feed = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' }).parse(xml) as {
      rss: { channel: { title: string; language: string; item?: { link: string; title: string; category: string[] }[] } };
    };
    expect(feed.rss.channel.title).toBe(t.careers.rssTitle);
    expect(feed.rss.channel.language).toBe(locale === 'nl' ? 'nl-NL' : 'en-GB');
    const items = feed.rss.channel.item ?? [];
    expect(items.map((item) => item.link)).toEqual(open.map((entry) => `${SITE}${href(locale, entry)}`));
    expect(items.map((item) => item.title)).toEqual(open.map((entry) => entry.data.title));
    const head = html(path(locale, 'opportunities'));
    expect(head).toMatch(
      new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${opportunityFeedPath(locale).replace(/\//g, '\\/')}"`),
    );
  });

  it('links to a closed one from nowhere but its own pages', () => {
    const closedLinks = closed.map((entry) => href(locale, entry));
    const closedPages = new Set(closed.flatMap((entry) => locales.map((other) => path(other, 'opportunities', entry.slug))));
    for (const page of htmlPages().filter((p) => !closedPages.has(p))) {
      const links = attributes(html(page), 'a', 'href');
      for (const link of closedLinks) expect(links, `${page} links to ${link}`).not.toContain(link);
    }
  });

  it('keeps closed ones out of the sitemap and site search, and open ones and past events in', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const entry of open) {
      expect(sitemap).toContain(`<loc>${SITE}${href(locale, entry)}</loc>`);
      expect(html(href(locale, entry))).toMatch(/<main[^>]*data-pagefind-body/);
    }
    for (const entry of closed) {
      expect(sitemap).not.toContain(`<loc>${SITE}${href(locale, entry)}</loc>`);
      expect(html(href(locale, entry))).not.toContain('data-pagefind-body');
    }
    for (const event of published('events', locale, now)) {
      expect(sitemap).toContain(`<loc>${SITE}${path(locale, 'events', event.slug)}</loc>`);
    }
  });

  it.each(open.map((entry) => [entry.slug, entry] as const))('open: %s offers to apply and has JobPosting data', (_slug, entry) => {
    const source = html(href(locale, entry));
    expect(attributes(source, 'a', 'href')).toContain(linkHref(entry.data.apply));
    expect(source).not.toContain('name="robots" content="noindex"');
    expect(source).toMatch(/<div[^>]*role="status"[^>]*data-when-closed[^>]*hidden/);
    const [job, ...more] = jsonLd(source);
    expect(more).toEqual([]);
    expect(job).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: entry.data.title,
      url: `${SITE}${href(locale, entry)}`,
      datePosted: zonedDate(entry.data.publishDate),
      validThrough: toZonedIso(endOfDeadlineDay(entry.data.deadline)),
      employmentType: employmentType(entry.data.type, entry.data.hours),
      hiringOrganization: {
        '@type': 'Organization',
        name: employerOf(locale, entry.data.employer).data.name,
        sameAs: employerOf(locale, entry.data.employer).data.website,
        url: `${SITE}${path(locale, 'employers', entry.data.employer)}`,
      },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: entry.data.location, addressCountry: 'NL' } },
      identifier: { '@type': 'PropertyValue', value: entry.slug },
    });
    expect(String(job?.description).length).toBeGreaterThan(entry.data.title.length);
    const salary = entry.data.salary;
    if (salary) {
      expect(job?.baseSalary).toEqual({
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: {
          '@type': 'QuantitativeValue',
          ...(salary.max === undefined ? { value: salary.min } : { minValue: salary.min, maxValue: salary.max }),
          unitText: salary.unit,
        },
      });
    } else {
      expect(job).not.toHaveProperty('baseSalary');
    }
  });

  it.each(closed.map((entry) => [entry.slug, entry] as const))('closed: %s keeps its page, says so, and points to open ones', (_slug, entry) => {
    const source = html(href(locale, entry));
    expect(jsonLd(source)).toEqual([]);
    expect(source).toContain('<meta name="robots" content="noindex">');
    expect(source).toContain(t.opportunity.closed);
    expect(source).not.toMatch(/<div[^>]*data-when-closed[^>]*hidden/);
    expect(attributes(source, 'a', 'href')).not.toContain(linkHref(entry.data.apply));
    const suggested = attributes(source, 'a', 'href').filter((link) => isOpportunityPage(link, locale) && link !== href(locale, entry));
    const expected = similarOpen(entry, all, now).map((other) => href(locale, other));
    expect(suggested).toEqual(expected);
    for (const link of suggested) expect(open.map((other) => href(locale, other))).toContain(link);
  });
});
