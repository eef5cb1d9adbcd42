// The built agenda against the content: one page and one calendar file per event (a recurring
// event as its dated instances), every .ics read by an independent parser with its times
// round-tripped, the feed holding exactly the upcoming events, the archive and series page, and
// Event JSON-LD field by field. Expectations come from the moment the build was made for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { eventUid } from '../../src/lib/agenda/calendar-feed';
import { isPast, splitByTime } from '../../src/lib/schedule';
import { calendarPath, feedFiles, path, reservedEventSlugs } from '../../src/lib/routing/routes';
import { toZonedIso } from '../../src/lib/time/zone';
import { eventSeries, locales, type Locale } from '../../src/lib/content/vocabulary';
import { published, type Entry } from '../support/content';
import { attributes, builtAt, DIST, exists, filesEndingIn, html, isEntryLink, jsonLd } from '../support/dist';
import { parseCalendar } from '../support/ical';

const now = builtAt();
const SITE = 'https://talent.hengelo.nl';

interface EventFields {
  start: Date;
  end: Date;
  status: 'scheduled' | 'cancelled' | 'postponed';
  series?: string;
  recurrence?: unknown;
  venue: { name: string; street: string; postalCode: string; city: string };
  organiser: { name: string };
  price: number;
}
type EventEntry = Entry & { data: Entry['data'] & EventFields };

const eventsIn = (locale: Locale) => published('events', locale, now) as EventEntry[];
const ics = (sitePath: string) => readFileSync(join(DIST, sitePath), 'utf8');
/**
 * The links of a page to event pages (not to the agenda's own archive and series pages, nor to
 * its filter and pagination pages, which are deeper: /agenda/type/workshop/).
 */
const cardLinks = (source: string, locale: Locale) => {
  const own = reservedEventSlugs.map((slug) => path(locale, 'events', slug));
  return attributes(source, 'a', 'href').filter(
    (href) => isEntryLink(href, path(locale, 'events')) && !own.includes(href) && href !== path(locale, 'eventArchive'),
  );
};

describe.each(locales)('agenda in %s', (locale) => {
  const t = useTranslations(locale);
  const events = eventsIn(locale);
  const { upcoming, past } = splitByTime(events, now);

  it('generates recurring events as dated instances, keeping the URLs of earlier years', () => {
    // Whatever the content has; the fixture site has a recurring event (tests/fixture/).
    const recurring = events.filter((event) => event.data.recurrence);
    for (const file of new Set(recurring.map((event) => event.file))) {
      const instances = recurring.filter((event) => event.file === file);
      const years = instances.map((event) => Number(event.slug.slice(-4)));
      // Every year from the first, none skipped, so earlier years' pages stay where they were.
      expect(years, file).toEqual(years.map((_, index) => (years[0] ?? 0) + index));
      for (const event of instances) {
        expect(event.data.title.endsWith(String(event.slug.slice(-4))), event.slug).toBe(true);
        expect(exists(path(locale, 'events', event.slug)), event.slug).toBe(true);
      }
      // Exactly one instance is still to come: the next one.
      expect(instances.filter((event) => event.data.start.getTime() > now.getTime()).length, file).toBe(1);
    }
  });

  it('lists exactly the upcoming events on the agenda, soonest first, or says what to do instead', () => {
    const source = html(path(locale, 'events'));
    expect(cardLinks(source, locale)).toEqual(upcoming.map((event) => path(locale, 'events', event.slug)));
    // With nothing planned, the agenda says so and points to the archive and the calendar feed.
    expect(source.includes(t.listing.noUpcoming), 'the "nothing planned" text').toBe(upcoming.length === 0);
  });

  it('lists exactly the past events in the archive, most recent first', () => {
    const archive = html(path(locale, 'eventArchive'));
    expect(cardLinks(archive, locale)).toEqual(past.map((event) => path(locale, 'events', event.slug)));
    expect(archive.includes(t.agenda.noPast), 'the "nothing yet" text').toBe(past.length === 0);
    expect(attributes(html(path(locale, 'events')), 'a', 'href')).toContain(path(locale, 'eventArchive'));
  });

  it.each(eventSeries.ids)('has a page for the %s series with all its events, past and upcoming', (series) => {
    const members = events.filter((event) => event.data.series === series);
    const links = cardLinks(html(path(locale, 'events', series)), locale);
    const split = splitByTime(members, now);
    expect(links).toEqual([...split.upcoming, ...split.past].map((event) => path(locale, 'events', event.slug)));
    for (const member of members) {
      expect(attributes(html(path(locale, 'events', member.slug)), 'a', 'href')).toContain(path(locale, 'events', series));
    }
  });

  it('shows "has taken place" on past event pages, and add-to-calendar only on upcoming ones', () => {
    for (const event of events) {
      const source = html(path(locale, 'events', event.slug));
      const links = attributes(source, 'a', 'href');
      const bookable = !isPast(event.data, now) && event.data.status === 'scheduled';
      expect(links.includes(calendarPath(locale, event.slug)), event.slug).toBe(bookable);
      if (isPast(event.data, now) && event.data.status === 'scheduled') {
        expect(source, event.slug).toContain(locale === 'nl' ? 'Dit evenement is geweest.' : 'This event has taken place.');
      }
    }
  });

  it('has a calendar file for every event and none for anything else', () => {
    const prefix = locale === 'nl' ? '/agenda/' : '/en/events/';
    const all = filesEndingIn('.ics').filter((file) => file.startsWith(prefix));
    // Deeper down are only the calendars of a selection (/agenda/soort/workshop/kalender.ics).
    const files = all.filter((file) => !file.slice(prefix.length).includes('/'));
    expect(files).toEqual(events.map((event) => calendarPath(locale, event.slug)).sort());
    for (const file of all.filter((name) => !files.includes(name))) {
      expect(file.endsWith(`/${feedFiles.ics[locale]}`), file).toBe(true);
    }
  });

  it.each(events.map((event) => [event.slug, event] as const))(
    '%s.ics parses and round-trips its times',
    (_slug, event) => {
      const calendar = parseCalendar(ics(calendarPath(locale, event.slug)));
      expect(calendar.version).toBe('2.0');
      expect(calendar.prodId).toBeTruthy();
      expect(calendar.events).toHaveLength(1);
      const [read] = calendar.events;
      expect(read?.uid).toBe(eventUid(event.slug));
      expect(read?.startZone).toBe('Europe/Amsterdam');
      expect(read?.start.toISOString()).toBe(event.data.start.toISOString());
      expect(read?.end.toISOString()).toBe(event.data.end.toISOString());
      expect(read?.summary).toContain(event.data.title);
      expect(read?.url).toBe(`${SITE}${path(locale, 'events', event.slug)}`);
      expect(read?.location).toContain(event.data.venue.name);
      expect(read?.status).toBe(event.data.status === 'cancelled' ? 'CANCELLED' : event.data.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED');
      expect(read?.stamp.getTime()).toBe(now.getTime());
    },
  );

  it('has a feed of exactly the upcoming events, linked from the agenda', () => {
    const feed = parseCalendar(ics(calendarPath(locale)));
    expect(feed.name).toBeTruthy();
    expect(feed.events.map((event) => event.uid)).toEqual(upcoming.map((event) => eventUid(event.slug)));
    for (const [index, event] of upcoming.entries()) {
      expect(feed.events[index]?.start.toISOString()).toBe(event.data.start.toISOString());
      expect(feed.events[index]?.end.toISOString()).toBe(event.data.end.toISOString());
    }
    const links = attributes(html(path(locale, 'events')), 'a', 'href');
    expect(links).toContain(calendarPath(locale));
    expect(links).toContain(`webcal://talent.hengelo.nl${calendarPath(locale)}`);
  });

  it.each(events.map((event) => [event.slug, event] as const))('%s has Event JSON-LD matching its content', (_slug, event) => {
    const [data, ...more] = jsonLd(html(path(locale, 'events', event.slug)));
    expect(more).toEqual([]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event.data.title,
      description: event.data.summary,
      url: `${SITE}${path(locale, 'events', event.slug)}`,
      startDate: toZonedIso(event.data.start),
      endDate: toZonedIso(event.data.end),
      eventStatus: `https://schema.org/Event${{ scheduled: 'Scheduled', cancelled: 'Cancelled', postponed: 'Postponed' }[event.data.status]}`,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: event.data.venue.name,
        address: {
          '@type': 'PostalAddress',
          streetAddress: event.data.venue.street,
          postalCode: event.data.venue.postalCode,
          addressLocality: event.data.venue.city,
          addressCountry: 'NL',
        },
      },
      organizer: { '@type': 'Organization', name: event.data.organiser.name },
      offers: { '@type': 'Offer', price: event.data.price, priceCurrency: 'EUR' },
    });
    expect(String(data?.startDate)).toMatch(/[+-]\d{2}:\d{2}$/);
    const [image] = data?.image as string[];
    expect(image).toMatch(/^https:\/\/talent\.hengelo\.nl\/_astro\/.+\.jpe?g$/);
    expect(exists(new URL(image ?? '').pathname), image).toBe(true);
  });
});
