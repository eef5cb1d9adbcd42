// Stories in the build: social images, structured data, feeds, the video archive and the return
// stories on the Hunkertukker page. Expectations come from content/ (tests/support/content.ts).
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { feedPath, path, type EntrySection } from '../../src/lib/routing/routes';
import { monthOf } from '../../src/lib/media/monthly-interview';
import { locales } from '../../src/lib/content/vocabulary';
import { published } from '../support/content';
import { exists, fileOf, html, htmlPages, sitePages } from '../support/dist';

const sections: EntrySection[] = ['stories', 'events', 'opportunities'];

function meta(source: string, property: string): string | undefined {
  const tag = [...source.matchAll(/<meta\s[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`property="${property}"`) || t.includes(`name="${property}"`));
  return tag ? /content="([^"]*)"/.exec(tag)?.[1] : undefined;
}

function jsonLd(source: string): Record<string, unknown>[] {
  return [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );
}

describe.each(locales)('detail pages in %s', (locale) => {
  it.each(sections)('every published %s has its own 1200x630 og:image in the build', async (section) => {
    const entries = published(section, locale);
    const seen = new Set<string>();
    for (const entry of entries) {
      const source = html(path(locale, section, entry.slug));
      const image = meta(source, 'og:image');
      expect(image, entry.file).toBeDefined();
      const pathname = new URL(image ?? '').pathname;
      expect(exists(pathname), `${entry.file}: ${pathname}`).toBe(true);
      const { width, height, format } = await sharp(readFileSync(fileOf(pathname))).metadata();
      expect([format, width, height], pathname).toEqual(['jpeg', 1200, 630]);
      expect(meta(source, 'og:image:width')).toBe('1200');
      expect(meta(source, 'og:image:height')).toBe('630');
      expect(meta(source, 'og:image:alt')).toContain(entry.data.title.replace(/&/g, '&amp;').slice(0, 20));
      expect(meta(source, 'twitter:image')).toBe(image);
      seen.add(pathname);
    }
    expect(seen.size, 'one image per entry').toBe(entries.length);
  });

  it('every published story has Article JSON-LD; video interviews a complete VideoObject', () => {
    for (const entry of published('stories', locale)) {
      const graph = jsonLd(html(path(locale, 'stories', entry.slug))).flatMap(
        (block) => (block['@graph'] as Record<string, unknown>[]) ?? [block],
      );
      const article = graph.find((thing) => thing['@type'] === 'Article');
      expect(article?.headline, entry.file).toBe(entry.data.title);
      expect(article?.inLanguage).toBe(locale === 'nl' ? 'nl-NL' : 'en-GB');
      const video = graph.find((thing) => thing['@type'] === 'VideoObject');
      if (entry.data.format !== 'video') {
        expect(video, entry.file).toBeUndefined();
        continue;
      }
      for (const key of ['name', 'description', 'thumbnailUrl', 'uploadDate', 'duration', 'embedUrl', 'transcript']) {
        expect(video?.[key], `${entry.file}: VideoObject.${key}`).toBeTruthy();
      }
      const thumbnail = (video?.thumbnailUrl as string[])[0] ?? '';
      expect(exists(new URL(thumbnail).pathname), thumbnail).toBe(true);
      expect(String(video?.embedUrl)).toMatch(
        /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/\d+\?dnt=1|talent\.hengelo\.nl\/videos\/)/,
      );
    }
  });

  it('a video interview on YouTube or Vimeo loads nothing from the host before play', () => {
    const remote = published('stories', locale).filter(
      (entry) => entry.data.format === 'video' && !String((entry.data.video as { url: string }).url).startsWith('/'),
    );
    for (const entry of remote) {
      const source = html(path(locale, 'stories', entry.slug));
      expect(source, entry.file).not.toMatch(/<iframe/);
      const sources = [...source.matchAll(/\s(?:src|srcset|poster)="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(sources.filter((src) => /^(https?:)?\/\//.test(src)), entry.file).toEqual([]);
      expect(source).toMatch(/data-embed="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//);
    }
  });

  it('the RSS feed is well-formed RSS 2.0 and lists exactly the published stories', () => {
    const xml = readFileSync(fileOf(feedPath(locale)), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
      rss: { '@_version': string; channel: { language: string; item?: { link: string; title: string }[] } };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.language).toBe(locale === 'nl' ? 'nl-NL' : 'en-GB');
    const links = (feed.rss.channel.item ?? []).map((item) => new URL(item.link).pathname).sort();
    const expected = published('stories', locale)
      .map((entry) => path(locale, 'stories', entry.slug))
      .sort();
    expect(links).toEqual(expected);
  });

  it('the video archive lists every published video interview under its month', () => {
    const source = html(path(locale, 'videos'));
    const videos = published('stories', locale).filter((entry) => entry.data.format === 'video');
    for (const entry of videos) expect(source, entry.file).toContain(`href="${path(locale, 'stories', entry.slug)}"`);
    expect(source.includes(`<p>${useTranslations(locale).listing.empty}</p>`), 'the "nothing yet" text').toBe(
      videos.length === 0,
    );
    const months = [...new Set(videos.map((entry) => monthOf(entry.data.publishDate as Date)))].sort();
    const headings = [...source.matchAll(/<h2[^>]*><time datetime="(\d{4}-\d{2})"/g)].map((m) => m[1]).sort();
    expect(headings).toEqual(months);
  });

  it('the Hunkertukker page features every published return story', () => {
    const source = html(path(locale, 'profiles', 'hunkertukker'));
    const returns = published('stories', locale).filter((entry) => entry.data.format === 'terugkeer');
    // The section is there when there is a return story to show, and only then.
    expect(source.includes('id="return-stories"')).toBe(returns.length > 0);
    const section = source.slice(source.indexOf('id="return-stories"'));
    for (const entry of returns) expect(section, entry.file).toContain(`href="${path(locale, 'stories', entry.slug)}"`);
  });
});

describe('every page', () => {
  it('links the stories feed of its language in the head', () => {
    // The CMS (appPages) is no site page and links no feed.
    for (const page of sitePages()) {
      const source = html(page);
      const feed = /<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/.exec(source)?.[1];
      const locale = page.startsWith('/en/') ? 'en' : 'nl';
      expect(feed, page).toBe(feedPath(locale));
    }
  });

  it('frames only the privacy-enhanced video players (CSP frame-src)', () => {
    for (const page of htmlPages()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html(page))?.[1] ?? '';
      const frameSrc = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('frame-src'));
      expect(frameSrc, page).toBe('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    }
  });
});
