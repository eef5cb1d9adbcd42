// "Volg deze selectie": every single-facet listing page and every path finder result links its
// own feeds, and each feed holds exactly what its page lists, computed here from the content
// with the site's rules (tests/support/listings.ts). RSS is read as XML, iCalendar with ical.js.
// Holds for any content: an empty selection has an empty, valid feed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventUid } from '../../src/lib/agenda/calendar-feed';
import { listings, specOf, type Listing } from '../../src/lib/discovery/facets';
import { pageCount } from '../../src/lib/discovery/listing';
import { SHOWN, allAnswers, listingsFor, resultFor } from '../../src/lib/discovery/pathfinder';
import { listingFeedKinds } from '../../src/lib/feeds/selection';
import {
  forYouFeedPath,
  forYouPath,
  listingFeedPath,
  listingPath,
  path,
  type FeedKind,
} from '../../src/lib/routing/routes';
import { deadlineDay } from '../../src/lib/schedule';
import { locales } from '../../src/lib/content/vocabulary';
import { published } from '../support/content';
import { attributes, exists, filesEndingIn, html, isEntryLink } from '../support/dist';
import { parseCalendar } from '../support/ical';
import { listed, matching, options } from '../support/listings';

const SITE = 'https://talent.hengelo.nl';
const parser = new XMLParser({ isArray: (name) => name === 'item' });

interface RssItem {
  link: string;
  title: string;
  pubDate: string;
}

/** A feed's items, after checking it is well-formed XML and RSS 2.0 in the page's language. */
function rssItems(file: string, locale: string): RssItem[] {
  const xml = html(file);
  expect(XMLValidator.validate(xml), file).toBe(true);
  const feed = parser.parse(xml) as {
    rss: { '@_version'?: string; channel: { title: string; language: string; item?: RssItem[] } };
  };
  expect(feed.rss.channel.title, file).toBeTruthy();
  expect(feed.rss.channel.language, file).toBe(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return feed.rss.channel.item ?? [];
}

/** The DATE value of a property of an all-day entry: 2027-03-15. */
function dayOf(component: ICAL.Component, uid: string, property: string): string | undefined {
  const vevent = component.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('uid') === uid);
  const value = vevent?.getFirstPropertyValue(property) as ICAL.Time | undefined;
  return value?.isDate ? value.toString() : undefined;
}

/** The links of the cards on a page (each card's one link). */
const cardLinks = (source: string) =>
  [...source.matchAll(/<a\b[^>]*\sdata-slot="link"[^>]*>/g)].flatMap((match) => attributes(match[0], 'a', 'href'));

/** The day after a day, 2027-03-16 for 2027-03-15. */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe.each(locales)('the feeds of a selection in %s', (locale) => {
  const opportunities = new Map(published('opportunities', locale).map((entry) => [entry.slug, entry]));
  const events = new Map(published('events', locale).map((entry) => [entry.slug, entry]));

  /** What a calendar feed should hold for these listed items: events, and opportunities' last days. */
  function expectCalendar(file: string, items: { listing: Listing; slug: string }[]) {
    const calendar = parseCalendar(html(file));
    expect(calendar.version, file).toBe('2.0');
    expect(calendar.name, file).toBeTruthy();
    const dated = items.filter((item) => item.listing !== 'stories');
    expect(
      calendar.events.map((event) => event.uid),
      file,
    ).toEqual(dated.map((item) => (item.listing === 'events' ? eventUid(item.slug) : `deadline-${eventUid(item.slug)}`)));
    for (const item of dated) {
      if (item.listing === 'events') {
        const event = calendar.events.find((read) => read.uid === eventUid(item.slug));
        const data = events.get(item.slug)?.data;
        expect(event?.start.toISOString(), `${file} ${item.slug}`).toBe((data?.start as Date).toISOString());
        expect(event?.end.toISOString(), `${file} ${item.slug}`).toBe((data?.end as Date).toISOString());
      } else {
        // The last day to apply, all day: DTEND is the day after (exclusive).
        const day = deadlineDay(opportunities.get(item.slug)?.data.deadline as Date);
        const uid = `deadline-${eventUid(item.slug)}`;
        expect(dayOf(calendar.component, uid, 'dtstart'), `${file} ${item.slug}`).toBe(day);
        expect(dayOf(calendar.component, uid, 'dtend'), `${file} ${item.slug}`).toBe(nextDay(day));
      }
    }
  }

  describe.each(listings)('%s', (listing) => {
    const views = options(listing, locale);

    it.each(views.map((view) => [view.href, view] as const))('%s: its feeds hold exactly what it lists', (_href, view) => {
      const kinds = listingFeedKinds(listing, view);
      const entries = matching(listing, locale, { [view.key]: [view.id] });
      // The page's own cards, over all its numbered pages.
      const cards = Array.from({ length: pageCount(entries.length) }, (_, index) =>
        cardLinks(html(listingPath(locale, listing, view, index + 1))),
      ).flat();
      expect([...new Set(cards)], view.href).toEqual(entries.map((entry) => entry.href));
      const page = html(view.href);
      const links = attributes(page, 'a', 'href');
      for (const kind of ['rss', 'ics'] as FeedKind[]) {
        const file = listingFeedPath(locale, listing, view, kind);
        expect(exists(file), file).toBe(kinds.includes(kind));
        expect(links.includes(file), `${view.href} links ${file}`).toBe(kinds.includes(kind));
      }
      expect(page.includes('data-follow'), `${view.href} has a follow block`).toBe(kinds.length > 0);
      if (kinds.includes('rss')) {
        const items = rssItems(listingFeedPath(locale, listing, view, 'rss'), locale);
        expect(items.map((item) => item.link)).toEqual(entries.map((entry) => `${SITE}${entry.href}`));
        expect(items.map((item) => item.title)).toEqual(entries.map((entry) => entry.title));
      }
      if (kinds.includes('ics')) {
        expectCalendar(
          listingFeedPath(locale, listing, view, 'ics'),
          entries.map((entry) => ({ listing, slug: entry.slug })),
        );
        expect(links, view.href).toContain(
          `webcal://talent.hengelo.nl${listingFeedPath(locale, listing, view, 'ics')}`,
        );
      }
    });
  });

  it.each(allAnswers().map((answers) => [forYouPath(locale, answers.segment, answers.stage, answers.goal), answers] as const))(
    '%s: its feeds hold every item the result lists, and the page shows their best',
    (page, answers) => {
      const given = [answers.segment, answers.stage, answers.goal];
      const items = listingsFor(answers).flatMap((listing) => {
        const all = listed(listing, locale);
        const result = resultFor(
          listing,
          all.map((item) => item.facets),
          specOf(listing),
          answers,
        );
        return (result?.ranked ?? []).map((index) => ({ listing, ...(all[index] as (typeof all)[number]) }));
      });
      const source = html(page);
      const links = attributes(source, 'a', 'href');
      for (const kind of ['rss', 'ics'] as FeedKind[]) expect(links, page).toContain(forYouFeedPath(locale, given, kind));
      const feed = rssItems(forYouFeedPath(locale, given, 'rss'), locale).map((item) => item.link);
      expect(feed, page).toEqual(items.map((item) => `${SITE}${item.href}`));
      // Each card on the page is in the feed; per kind, the page shows the first SHOWN of them.
      for (const listing of listingsFor(answers)) {
        const shown = cardLinks(source).filter((href) => isEntryLink(href, path(locale, listing)));
        const ofKind = items.filter((item) => item.listing === listing).map((item) => item.href);
        expect([...new Set(shown)], `${page} ${listing}`).toEqual(ofKind.slice(0, SHOWN));
      }
      expectCalendar(forYouFeedPath(locale, given, 'ics'), items);
    },
  );
});

describe('the feed files', () => {
  /** Every selection feed there should be, from the vocabulary and the path finder alone. */
  const expected = locales.flatMap((locale) => [
    ...listings.flatMap((listing) =>
      options(listing, locale).flatMap((view) =>
        listingFeedKinds(listing, view).map((kind) => listingFeedPath(locale, listing, view, kind)),
      ),
    ),
    ...allAnswers().flatMap((answers) =>
      (['rss', 'ics'] as const).map((kind) => forYouFeedPath(locale, [answers.segment, answers.stage, answers.goal], kind)),
    ),
  ]);

  it('are one per kind of feed per selection, and the site has no other RSS than its four own feeds', () => {
    for (const file of expected) expect(exists(file), file).toBe(true);
    const rss = expected.filter((file) => file.endsWith('rss.xml'));
    expect(filesEndingIn('rss.xml').length).toBe(4 + rss.length);
  });
});
