// The built employer pages and listings against the content at the moment the build was made for:
// every published employer has its page in its language, with Organization data, its open
// opportunities (and none that has closed), in the listing, in the sitemap and in search; every
// place it names has a filter page in both languages. Holds for any valid content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeId } from '../../src/lib/discovery/listing';
import { openOpportunities } from '../../src/lib/schedule';
import { listingPath, path } from '../../src/lib/routing/routes';
import { locales, type Locale } from '../../src/lib/content/vocabulary';
import { published, type Entry } from '../support/content';
import { attributes, builtAt, DIST, exists, html, jsonLd } from '../support/dist';

const now = builtAt();
const SITE = 'https://talent.hengelo.nl';

type Employer = Entry & { data: Entry['data'] & { name: string; website: string; places: string[] } };
type Opportunity = Entry & { id: string; data: Entry['data'] & { deadline: Date; employer: string } };

const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');

describe.each(locales)('employers in %s', (locale: Locale) => {
  const employers = published('employers', locale, now) as Employer[];
  const open = openOpportunities(
    (published('opportunities', locale, now) as Opportunity[]).map((entry) => ({ ...entry, id: entry.slug })),
    now,
  );
  const closed = (published('opportunities', locale, now) as Opportunity[]).filter(
    (entry) => !open.some((item) => item.slug === entry.slug),
  );
  const listing = html(path(locale, 'employers'));
  const listed = attributes(listing, 'a', 'href');

  it.each(employers.map((employer) => [employer.slug, employer] as const))(
    '%s: a page with Organization data, its open opportunities only, in the listing and the sitemap',
    (_slug, employer) => {
      const href = path(locale, 'employers', employer.slug);
      const source = html(href);
      const [organisation, ...more] = jsonLd(source);
      expect(more).toEqual([]);
      expect(organisation).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: employer.data.name,
        url: `${SITE}${href}`,
        sameAs: employer.data.website,
      });
      expect(String(organisation?.logo)).toMatch(/^https:\/\/talent\.hengelo\.nl\/_astro\//);
      const links = attributes(source, 'a', 'href');
      for (const item of open.filter((entry) => entry.data.employer === employer.slug)) {
        expect(links, item.slug).toContain(path(locale, 'opportunities', item.slug));
      }
      for (const item of closed.filter((entry) => entry.data.employer === employer.slug)) {
        expect(links, item.slug).not.toContain(path(locale, 'opportunities', item.slug));
      }
      expect(source).toContain('data-pagefind-body');
      expect(listed).toContain(href);
      expect(sitemap).toContain(`<loc>${SITE}${href}</loc>`);
      for (const place of employer.data.places) {
        for (const other of locales) {
          expect(exists(listingPath(other, 'employers', { key: 'place', id: placeId(place) })), place).toBe(true);
        }
      }
    },
  );

  it('lists every employer once, and counts them', () => {
    const pages = employers.map((employer) => path(locale, 'employers', employer.slug));
    expect(listed.filter((link) => pages.includes(link)).sort()).toEqual(pages.sort());
  });
});
