// Sections that can be empty say so, and what to do instead: a programme-line or target-group page
// lists its stories, open opportunities and upcoming events, or says there are none right now
// (NothingNow: follow the feed, go to an event, subscribe to the agenda, …). Expectations come from
// the content at the moment the build was made for, so the test holds whatever is open or planned.
// The listings and the home page are checked in opportunities, agenda and routes tests.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { taggedWith } from '../../src/lib/discovery/taxonomy';
import { path } from '../../src/lib/routing/routes';
import { openOpportunities, upcomingEvents, type Timed } from '../../src/lib/schedule';
import { lines, locales, segments } from '../../src/lib/content/vocabulary';
import { published, type Entry } from '../support/content';
import { attributes, builtAt, html } from '../support/dist';

const now = builtAt();
type Tags = { lines: string[]; segments: string[]; ages: string[] };
type Event = Entry & { data: Entry['data'] & Timed & Tags };
type Opportunity = Entry & { data: Entry['data'] & Tags & { deadline: Date } };

/** The part of a page from a section's heading id to the end of that section. */
function section(source: string, id: string): string {
  const start = source.indexOf(`aria-labelledby="${id}"`);
  return start < 0 ? '' : source.slice(start, source.indexOf('</section>', start));
}

describe.each(locales)('topic pages in %s', (locale) => {
  const t = useTranslations(locale);
  const events = published('events', locale) as Event[];
  const opportunities = published('opportunities', locale) as Opportunity[];
  const topics = [
    ...lines.ids.map((id) => ({ page: path(locale, 'programme', id), facet: 'lines' as const, id })),
    ...segments.ids.map((id) => ({ page: path(locale, 'profiles', id), facet: 'segments' as const, id })),
  ];

  it.each(topics.map((topic) => [topic.page, topic] as const))(
    '%s lists its open opportunities, or says there are none and what to do instead',
    (_page, { page, facet, id }) => {
      const open = openOpportunities(taggedWith(opportunities, facet, id), now);
      const part = section(html(page), `${id}-opportunities`);
      expect(part, 'the section is there').not.toBe('');
      const note = /<div[^>]*data-none-open[^>]*>/.exec(part)?.[0] ?? '';
      expect(note, 'the "nothing open" text').not.toBe('');
      expect(note.includes(' hidden'), 'hidden while something is open').toBe(open.length > 0);
      expect(part).toContain(t.careers.noneOpenTopic);
      for (const entry of open.slice(0, 6)) {
        expect(attributes(part, 'a', 'href')).toContain(path(locale, 'opportunities', entry.slug));
      }
    },
  );

  it.each(topics.map((topic) => [topic.page, topic] as const))(
    '%s lists its upcoming events, or says none are planned and what to do instead',
    (_page, { page, facet, id }) => {
      const upcoming = upcomingEvents(taggedWith(events, facet, id), now);
      const part = section(html(page), `${id}-events`);
      expect(part, 'the section is there').not.toBe('');
      expect(part.includes('data-none-planned'), 'the "nothing planned" text').toBe(upcoming.length === 0);
      for (const entry of upcoming.slice(0, 6)) {
        expect(attributes(part, 'a', 'href')).toContain(path(locale, 'events', entry.slug));
      }
      if (upcoming.length === 0) {
        const links = attributes(part, 'a', 'href');
        expect(links).toEqual(expect.arrayContaining([`${path(locale, 'events')}#subscribe`, path(locale, 'eventArchive')]));
      }
    },
  );

  it.each(lines.ids)('the %s line page lists its stories, or says there are none yet', (id) => {
    const tagged = taggedWith(published('stories', locale) as (Entry & { data: Entry['data'] & Tags })[], 'lines', id);
    const part = section(html(path(locale, 'programme', id)), `${id}-stories`);
    expect(part, 'the section is there').not.toBe('');
    expect(part.includes(t.listing.noStoriesTopic), 'the "no stories yet" text').toBe(tagged.length === 0);
  });
});
