// Images: every <img> has its size (no layout shift), alternatives in AVIF and WebP at several
// widths, lazy loading below the fold, and the page's hero image (the LCP element) loads first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, html, htmlPages } from '../support/dist';

const pages = htmlPages();
const tags = (source: string, tag: string) => [...source.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);
/** An attribute's value; '' for a bare attribute such as `alt` (empty alt: a decorative image). */
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
  return match ? (match[1] ?? '') : undefined;
};

describe('images', () => {
  it.each(pages)('%s: every <img> has width, height and alt', (page) => {
    for (const img of tags(html(page), 'img')) {
      expect(attr(img, 'width'), img).toMatch(/^\d+$/);
      expect(attr(img, 'height'), img).toMatch(/^\d+$/);
      expect(attr(img, 'alt'), img).toBeDefined();
    }
  });

  it.each(pages)('%s: every <picture> offers AVIF and WebP at several widths', (page) => {
    for (const picture of html(page).match(/<picture>[\s\S]*?<\/picture>/g) ?? []) {
      const sources = tags(picture, 'source');
      expect(sources.map((s) => attr(s, 'type'))).toEqual(['image/avif', 'image/webp']);
      for (const source of sources) expect((attr(source, 'srcset') ?? '').split(',').length).toBeGreaterThan(1);
    }
  });

  it.each(pages)('%s: at most one eager image, the hero, with high priority; the rest load lazily', (page) => {
    const images = tags(html(page), 'img');
    const eager = images.filter((img) => attr(img, 'loading') !== 'lazy');
    expect(eager.length, eager.join('\n')).toBeLessThanOrEqual(1);
    for (const img of eager) expect(attr(img, 'fetchpriority'), img).toBe('high');
  });

  it('serves no image larger than it is shown: the widest candidate is at most 1200 px', () => {
    const widths = new Set<number>();
    for (const page of pages) {
      for (const set of html(page).matchAll(/srcset="([^"]+)"/g)) {
        for (const candidate of (set[1] ?? '').split(',')) widths.add(Number(/\s(\d+)w$/.exec(candidate.trim())?.[1] ?? 0));
      }
    }
    expect(Math.max(...widths)).toBeLessThanOrEqual(1200);
  });

  it('keeps every built image under 150 KB', () => {
    for (const page of pages) {
      for (const src of html(page).matchAll(/(?:src|srcset)="([^"]+)"/g)) {
        for (const candidate of (src[1] ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (!/^\/_astro\/.*\.(avif|webp|jpg|png)$/.test(url)) continue;
          expect(readFileSync(`${DIST}${url}`).length, url).toBeLessThanOrEqual(150 * 1024);
        }
      }
    }
  });
});
