import { describe, expect, it } from 'vitest';
import {
  bothLanguages,
  calendarPath,
  feedPath,
  localeOfPath,
  ogImagePath,
  opportunityFeedPath,
  path,
  reservedEventSlugs,
  sections,
} from '../../src/lib/routes';
import { eventSeries } from '../../src/lib/vocabulary';

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
  it('has the video archive under stories, and paths for feeds and social images', () => {
    expect(path('nl', 'videos')).toBe('/verhalen/video/');
    expect(path('en', 'videos')).toBe('/en/stories/video/');
    expect(feedPath('nl')).toBe('/rss.xml');
    expect(feedPath('en')).toBe('/en/rss.xml');
    expect(ogImagePath('en', 'events', 'talenttop-3')).toBe('/og/en/events/talenttop-3.png');
  });
});
