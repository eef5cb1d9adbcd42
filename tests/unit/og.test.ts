// Social images: layout helpers, the drawing, and the cache that lets a warm build draw nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  drawOg,
  OG_TEMPLATE_VERSION,
  OG_TITLE_WIDTH,
  ogImage,
  ogKey,
  ogStats,
  ogSvg,
  pruneOgCache,
  themeColors,
  titleLayout,
  wrap,
} from '../../src/lib/media/social-image';
import {
  fontHash,
  fontRuns,
  makeOgFonts,
  measureText,
  ogFonts,
  readOgFontFiles,
  textPath,
} from '../../src/lib/media/og-text';

const css = readFileSync('src/styles/global.css', 'utf8');
const photo = readFileSync('tests/fixtures/site/images/maakstad.jpg');
const input = {
  title: 'Stage werktuigbouwkunde bij een maakbedrijf',
  kicker: 'Stage',
  host: 'talent.hengelo.nl',
};
const { black } = ogFonts();
const dutch = 'Ideeën voor een beter België: coöperatie, reünie en één café voor nieuwe Hengeloërs';

/** The x coordinates of SVG path data in absolute commands (as textPath writes it). */
function xs(d: string): number[] {
  return (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
}

describe('helpers', () => {
  it('reads the brand palette from the stylesheet', () => {
    expect(themeColors(css)).toMatchObject({ ink: '#0d2137', lime: '#c6f432', signal: '#ff6b2c' });
  });

  it('wraps words greedily and never splits a word', () => {
    expect(wrap('een twee drie vier', (line) => line.length <= 9)).toEqual(['een twee', 'drie vier']);
    expect(wrap('werktuigbouwkunde is leuk', (line) => line.length <= 6)).toEqual([
      'werktuigbouwkunde',
      'is',
      'leuk',
    ]);
  });

  it("measures text with the typeface's own widths: narrow letters take less room than wide ones", () => {
    expect(measureText('iiii', black, 64)).toBeLessThan(measureText('MMMM', black, 64) / 2);
    expect(measureText('Talent', black, 64)).toBeCloseTo(2 * measureText('Talent', black, 32), 6);
    expect(measureText('TALENT', black, 30, 2)).toBeCloseTo(measureText('TALENT', black, 30) + 5 * 2, 6);
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
    for (const line of long.lines)
      expect(measureText(line, black, long.size)).toBeLessThanOrEqual(OG_TITLE_WIDTH);
  });

  it('wraps a long Dutch title within the panel, its letters drawn inside the margins', () => {
    const { size, lines } = titleLayout(dutch);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(dutch);
    for (const line of lines) {
      expect(measureText(line, black, size)).toBeLessThanOrEqual(OG_TITLE_WIDTH);
      const x = xs(textPath(line, black, 64, 300, size));
      expect(Math.min(...x)).toBeGreaterThanOrEqual(64);
      expect(Math.max(...x)).toBeLessThanOrEqual(64 + OG_TITLE_WIDTH);
    }
    // Each line is as full as it can be: the next word would not have fitted.
    for (const [i, line] of lines.slice(0, -1).entries())
      expect(measureText(`${line} ${lines[i + 1]?.split(' ')[0]}`, black, size)).toBeGreaterThan(
        OG_TITLE_WIDTH,
      );
  });

  it('sets a word too long for the panel smaller until it fits', () => {
    const { size, lines } = titleLayout('Arbeidsmarktcommunicatieadviseursvacaturebanken');
    expect(size).toBeLessThan(32);
    expect(measureText(lines[0] ?? '', black, size)).toBeLessThanOrEqual(OG_TITLE_WIDTH);
  });

  it('draws text as paths only: no SVG text, so no system font is ever asked for', () => {
    const svg = ogSvg({ ...input, title: dutch }, themeColors(css));
    expect(svg).not.toMatch(/<text|<tspan|font-family|font-size/);
    expect(svg.match(/<path /g)?.length).toBeGreaterThan(5);
    // The title's first line is in the drawing, as outlines on its first baseline.
    const { size, lines } = titleLayout(dutch);
    expect(svg).toContain(textPath(lines[0] ?? '', black, 64, 190 + size, size));
  });

  it('sets every character of Dutch and other European names from the bundled fonts', () => {
    const { fonts } = black;
    const runs = fontRuns('Ĳsselmeer, Şükrü en Łódź: één reünie', black);
    expect(runs.map((run) => run.text).join('')).toBe('Ĳsselmeer, Şükrü en Łódź: één reünie');
    for (const run of runs)
      for (const c of run.text) expect(run.font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)).toBe(true);
    expect(runs.some((run) => run.font === fonts[1])).toBe(true);
    // Decomposed accents are composed first; a letter no font has is set without its accents.
    expect(fontRuns('e\u0308', black)).toEqual([{ font: fonts[0], text: 'ë' }]);
    expect(fontRuns('ệ', black)).toEqual([{ font: fonts[0], text: 'e' }]);
  });

  it('changes the cache key when the title, the kicker or the photo changes', () => {
    const key = ogKey(input, photo);
    expect(ogKey(input, photo)).toBe(key);
    expect(ogKey({ ...input, title: 'Anders' }, photo)).not.toBe(key);
    expect(ogKey({ ...input, kicker: 'Baan' }, photo)).not.toBe(key);
    expect(ogKey(input, readFileSync('tests/fixtures/site/images/zorg.jpg'))).not.toBe(key);
  });

  it('changes the cache key when the font files or the template version change', () => {
    const files = readOgFontFiles();
    const all = [...files.bold, ...files.black];
    expect(ogFonts().hash).toBe(fontHash(all));
    const key = ogKey(input, photo);
    expect(ogKey(input, photo, { hash: fontHash(all) })).toBe(key);
    const changed = all.map((file, i) =>
      i === 0 ? file.map((byte, j) => (j === 100 ? byte ^ 1 : byte)) : file,
    );
    expect(ogKey(input, photo, { hash: fontHash(changed) })).not.toBe(key);
    expect(ogKey(input, photo, { hash: fontHash(all.slice(1)) })).not.toBe(key);
    expect(ogKey(input, photo, ogFonts(), OG_TEMPLATE_VERSION + 1)).not.toBe(key);
  });
});

describe('drawing and caching', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a 1200x630 JPEG', async () => {
    const meta = await sharp(await drawOg(input, photo, themeColors(css))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  }, 30_000);

  it('draws the same image byte for byte every time, with freshly read fonts too', async () => {
    const dutchInput = { ...input, title: dutch };
    const first = await drawOg(dutchInput, photo, themeColors(css));
    const second = await drawOg(dutchInput, photo, themeColors(css), makeOgFonts(readOgFontFiles()));
    expect(second.equals(first)).toBe(true);
    // ...and the title is in it: another title draws another image.
    expect((await drawOg(input, photo, themeColors(css))).equals(first)).toBe(false);
  }, 30_000);

  it('draws an image once and takes it from the cache after that', async () => {
    const before = { ...ogStats };
    const first = await ogImage(input, 'tests/fixtures/site/images/maakstad.jpg', dir);
    expect(ogStats.rendered).toBe(before.rendered + 1);
    const second = await ogImage(input, 'tests/fixtures/site/images/maakstad.jpg', dir);
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
