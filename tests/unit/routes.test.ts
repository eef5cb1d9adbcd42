import { describe, expect, it } from 'vitest';
import { bothLanguages, localeOfPath, path, sections } from '../../src/lib/routes';

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
});
