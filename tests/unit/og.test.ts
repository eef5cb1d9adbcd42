// Social images: layout helpers, the drawing, and the cache that lets a warm build draw nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  drawOg,
  escapeXml,
  ogImage,
  ogKey,
  ogStats,
  ogSvg,
  pruneOgCache,
  themeColors,
  titleLayout,
  wrap,
} from '../../src/lib/media/social-image';

const css = readFileSync('src/styles/global.css', 'utf8');
const photo = readFileSync('content/images/maakstad.jpg');
const input = {
  title: 'Stage werktuigbouwkunde bij een maakbedrijf',
  kicker: 'Stage',
  host: 'talent.hengelo.nl',
};

describe('helpers', () => {
  it('reads the brand palette from the stylesheet', () => {
    expect(themeColors(css)).toMatchObject({ ink: '#0d2137', lime: '#c6f432', signal: '#ff6b2c' });
  });

  it('wraps words greedily and never splits a word', () => {
    expect(wrap('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrap('werktuigbouwkunde is leuk', 6)).toEqual(['werktuigbouwkunde', 'is', 'leuk']);
  });

  it('fits a short title big and the longest title the schema allows smaller, in at most five lines', () => {
    const longest =
      'Video van de maand: waarom Anouk als trainee bij de gemeente meebouwt aan het Hengelo'.padEnd(90, '!');
    expect(longest).toHaveLength(90);
    const short = titleLayout('Talent');
    const long = titleLayout(longest);
    expect(short).toEqual({ size: 64, lines: ['Talent'] });
    expect(long.size).toBeLessThan(64);
    expect(long.lines.length).toBeLessThanOrEqual(5);
    expect(long.lines.join(' ')).toBe(longest);
  });

  it('escapes text for SVG', () => {
    expect(escapeXml(`Tom & Jerry <"'>`)).toBe('Tom &amp; Jerry &lt;&quot;&apos;&gt;');
    expect(ogSvg({ ...input, title: 'A & B' }, themeColors(css))).toContain('A &amp; B');
  });

  it('changes the cache key when the title, the kicker or the photo changes', () => {
    const key = ogKey(input, photo);
    expect(ogKey(input, photo)).toBe(key);
    expect(ogKey({ ...input, title: 'Anders' }, photo)).not.toBe(key);
    expect(ogKey({ ...input, kicker: 'Baan' }, photo)).not.toBe(key);
    expect(ogKey(input, readFileSync('content/images/zorg.jpg'))).not.toBe(key);
  });
});

describe('drawing and caching', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a 1200x630 JPEG', async () => {
    const meta = await sharp(await drawOg(input, photo, themeColors(css))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  }, 30_000);

  it('draws an image once and takes it from the cache after that', async () => {
    const before = { ...ogStats };
    const first = await ogImage(input, 'content/images/maakstad.jpg', dir);
    expect(ogStats.rendered).toBe(before.rendered + 1);
    const second = await ogImage(input, 'content/images/maakstad.jpg', dir);
    expect(ogStats.rendered).toBe(before.rendered + 1);
    expect(ogStats.reused).toBe(before.reused + 1);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  }, 30_000);

  it('removes cached images no page uses any more', () => {
    const kept = readdirSync(dir);
    expect(pruneOgCache(new Set(kept), dir)).toBe(0);
    expect(pruneOgCache(new Set(), dir)).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
