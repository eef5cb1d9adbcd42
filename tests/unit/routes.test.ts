import { describe, expect, it } from 'vitest';
import {
  bothLanguages,
  calendarPath,
  facetWords,
  feedPath,
  filteredPath,
  forYouFeedPath,
  forYouPath,
  listingFeedPath,
  listingIndexPath,
  listingPath,
  localeOfPath,
  ogImagePath,
  opportunityFeedPath,
  path,
  reservedEventSlugs,
  sections,
} from '../../src/lib/routing/routes';
import { eventSeries } from '../../src/lib/content/vocabulary';

describe('routes', () => {
  it('puts Dutch at the root and English under /en/ with translated sections', () => {
    expect(path('nl', 'home')).toBe('/');
    expect(path('en', 'home')).toBe('/en/');
    expect(path('nl', 'stories', 'roel')).toBe('/verhalen/roel/');
    expect(path('en', 'stories', 'roel')).toBe('/en/stories/roel/');
    expect(path('nl', 'profiles', 'hunkertukker')).toBe('/voor/hunkertukker/');
    expect(path('en', 'profiles', 'hunkertukker')).toBe('/en/for/hunkertukker/');
    expect(path('nl', 'programme', 'wonen')).toBe('/programma/wonen/');
    expect(path('en', 'accessibility')).toBe('/en/accessibility/');
  });
  it('keeps every English section under /en/', () => {
    for (const section of Object.values(sections)) expect(section.en.startsWith('en')).toBe(true);
  });
  it('tells the language of a path', () => {
    expect(localeOfPath('/en/stories/')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/energie/')).toBe('nl');
    expect(localeOfPath('/verhalen/')).toBe('nl');
  });
  it('gives both languages of a section', () => {
    expect(bothLanguages('events')).toEqual({ nl: '/agenda/', en: '/en/events/' });
  });
  it('has an archive and series pages in the agenda', () => {
    expect(bothLanguages('eventArchive')).toEqual({ nl: '/agenda/archief/', en: '/en/events/archive/' });
    expect(path('nl', 'events', 'talenttop')).toBe('/agenda/talenttop/');
    expect(path('en', 'events', 'talenttop')).toBe('/en/events/talenttop/');
  });
  it('keeps event files off the names of those pages', () => {
    expect(reservedEventSlugs).toEqual(expect.arrayContaining(['archief', 'archive', ...eventSeries.ids]));
  });
  it('names calendar files and feeds without a trailing slash', () => {
    expect(calendarPath('nl', 'talenttop-3')).toBe('/agenda/talenttop-3.ics');
    expect(calendarPath('en', 'talenttop-3')).toBe('/en/events/talenttop-3.ics');
    expect(calendarPath('nl')).toBe('/agenda.ics');
    expect(calendarPath('en')).toBe('/en/events.ics');
    expect(opportunityFeedPath('nl')).toBe('/kansen/rss.xml');
    expect(opportunityFeedPath('en')).toBe('/en/opportunities/rss.xml');
  });
  it('puts the feeds of a selection next to its page, as files', () => {
    const werken = { key: 'line', id: 'werken' } as const;
    expect(listingFeedPath('nl', 'opportunities', werken, 'rss')).toBe('/kansen/lijn/werken/rss.xml');
    expect(listingFeedPath('nl', 'opportunities', werken, 'ics')).toBe('/kansen/lijn/werken/kalender.ics');
    expect(listingFeedPath('en', 'events', { key: 'type', id: 'workshop' }, 'ics')).toBe(
      '/en/events/type/workshop/calendar.ics',
    );
    const answers = ['hunkertukker', 'student-hbo', 'stage'];
    expect(forYouFeedPath('nl', answers, 'rss')).toBe('/voor-jou/hunkertukker/student-hbo/stage/rss.xml');
    expect(forYouFeedPath('en', answers, 'ics')).toBe(
      '/en/for-you/hunkertukker/student-hbo/stage/calendar.ics',
    );
  });

  it('gives single-facet pages path words per language and keeps the ids', () => {
    expect(listingPath('nl', 'stories', { key: 'line', id: 'werken' })).toBe('/verhalen/lijn/werken/');
    expect(listingPath('en', 'stories', { key: 'line', id: 'werken' })).toBe('/en/stories/line/werken/');
    expect(listingPath('nl', 'opportunities', { key: 'age', id: '18-25' })).toBe('/kansen/leeftijd/18-25/');
    expect(listingPath('nl', 'stories', { key: 'segment', id: 'hunkertukker' })).toBe(
      '/verhalen/doelgroep/hunkertukker/',
    );
    expect(listingPath('nl', 'opportunities', { key: 'sector', id: 'techniek' })).toBe(
      '/kansen/sector/techniek/',
    );
  });
  it('numbers the further pages of a listing, and leaves page 1 plain', () => {
    expect(listingPath('nl', 'stories')).toBe('/verhalen/');
    expect(listingPath('nl', 'stories', undefined, 1)).toBe('/verhalen/');
    expect(listingPath('nl', 'stories', undefined, 2)).toBe('/verhalen/pagina/2/');
    expect(listingPath('en', 'events', { key: 'when', id: 'geweest' }, 3)).toBe(
      '/en/events/when/geweest/page/3/',
    );
  });
  it('has distinct, URL-safe path words per language', () => {
    for (const locale of ['nl', 'en'] as const) {
      const words = Object.values(facetWords).map((word) => word[locale]);
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) expect(word).toMatch(/^[a-z-]+$/);
    }
  });
  it('builds the index, filtered listing, search and path finder addresses', () => {
    expect(listingIndexPath('nl', 'stories')).toBe('/verhalen/index.json');
    expect(listingIndexPath('en', 'opportunities')).toBe('/en/opportunities/index.json');
    expect(filteredPath('nl', 'opportunities', 'age=18-25&line=werken')).toBe(
      '/kansen/?age=18-25&line=werken',
    );
    expect(filteredPath('nl', 'opportunities', '')).toBe('/kansen/');
    expect(path('nl', 'search')).toBe('/zoeken/');
    expect(path('en', 'search')).toBe('/en/search/');
    expect(forYouPath('nl')).toBe('/voor-jou/');
    expect(forYouPath('en', 'hunkertukker', 'student-hbo', 'stage')).toBe(
      '/en/for-you/hunkertukker/student-hbo/stage/',
    );
  });
  it('has the video archive under stories, and paths for feeds and social images', () => {
    expect(path('nl', 'videos')).toBe('/verhalen/video/');
    expect(path('en', 'videos')).toBe('/en/stories/video/');
    expect(feedPath('nl')).toBe('/rss.xml');
    expect(feedPath('en')).toBe('/en/rss.xml');
    expect(ogImagePath('en', 'events', 'talenttop-3')).toBe('/og/en/events/talenttop-3.jpg');
  });
});
