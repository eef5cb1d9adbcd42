/**
 * Text for the social images, set as SVG paths from a bundled typeface, so the drawing never
 * depends on the fonts of the machine that builds the site: the same title gives the same image
 * on every machine. The typeface is Source Sans 3 (SIL Open Font License) from
 * `@fontsource/source-sans-3`, bold and black, its Latin and Latin Extended files (Dutch, the
 * rest of Europe and Turkish). fontkit lays the text out with the font's own advance widths,
 * kerning and ligatures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type Glyph } from 'fontkit';

/** The font files of a weight, in the order they are tried for a character. */
export const OG_FONT_FILES = {
  bold: ['source-sans-3-latin-700-normal.woff', 'source-sans-3-latin-ext-700-normal.woff'],
  black: ['source-sans-3-latin-900-normal.woff', 'source-sans-3-latin-ext-900-normal.woff'],
} as const;

export type OgWeight = keyof typeof OG_FONT_FILES;

/** One weight of the typeface: its font files, each a fallback for characters the ones before lack. */
export interface OgFace {
  fonts: Font[];
  /** Advance widths at 1 px, by text: the title's wrapping measures the same words often. */
  widths: Map<string, number>;
}

export interface OgFonts {
  bold: OgFace;
  black: OgFace;
  /** Hash of the font files' bytes, for the images' cache key. */
  hash: string;
}

/** The hash of font files: a different file (another version of the typeface) changes it. */
export function fontHash(files: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(String(file.byteLength)).update(':').update(file);
  return hash.digest('hex').slice(0, 16);
}

function face(files: readonly Uint8Array[]): OgFace {
  const fonts = files.map((file) => {
    const font = create(Buffer.from(file));
    if (!('layout' in font)) throw new Error('Social image: a font collection where a font was expected');
    return font;
  });
  return { fonts, widths: new Map() };
}

/** Fonts from file bytes (tests give their own). */
export function makeOgFonts(files: Record<OgWeight, readonly Uint8Array[]>): OgFonts {
  return {
    bold: face(files.bold),
    black: face(files.black),
    hash: fontHash([...files.bold, ...files.black]),
  };
}

/** The font files' bytes, from the package. */
export function readOgFontFiles(): Record<OgWeight, Uint8Array[]> {
  const require = createRequire(import.meta.url);
  const read = (name: string) => readFileSync(require.resolve(`@fontsource/source-sans-3/files/${name}`));
  return { bold: OG_FONT_FILES.bold.map(read), black: OG_FONT_FILES.black.map(read) };
}

let fontsCache: OgFonts | undefined;
/** The bundled typeface, read once per build. */
export function ogFonts(): OgFonts {
  fontsCache ??= makeOgFonts(readOgFontFiles());
  return fontsCache;
}

/** The version of fontkit, which lays the text out: a new one may place glyphs differently. */
export function fontkitVersion(): string {
  const require = createRequire(import.meta.url);
  // fontkit does not export its package.json; it sits one folder above the entry point.
  const entry = require.resolve('fontkit');
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/**
 * The text cut into runs, each set in the first font that has its characters. Spaces go with
 * the run they are in; a character no font has is set without its accents, or else left to the
 * first font (which shows its "missing" box, so the fault is visible).
 */
export function fontRuns(text: string, { fonts }: OgFace): { font: Font; text: string }[] {
  const runs: { font: Font; text: string }[] = [];
  const first = fonts[0];
  if (!first) return runs;
  const has = (chars: string) =>
    fonts.find((font) => [...chars].every((c) => font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)));
  for (const char of text.normalize('NFC')) {
    let font = /\s/.test(char) ? runs.at(-1)?.font : has(char);
    let set = char;
    if (!font) {
      const plain = char.normalize('NFD').replace(/\p{M}/gu, '');
      const fallback = plain ? has(plain) : undefined;
      if (fallback) set = plain;
      font = fallback ?? first;
    }
    const last = runs.at(-1);
    if (last?.font === font) last.text += set;
    else runs.push({ font, text: set });
  }
  return runs;
}

interface Placed {
  font: Font;
  glyph: Glyph;
  /** Pen position and offsets at 1 px. */
  x: number;
  dx: number;
  dy: number;
}

/** The glyphs of a text at 1 px, and its width: `tracking` px per px of size between glyphs. */
function place(text: string, face: OgFace, tracking: number): { glyphs: Placed[]; width: number } {
  const glyphs: Placed[] = [];
  let x = 0;
  for (const run of fontRuns(text, face)) {
    const scale = 1 / run.font.unitsPerEm;
    const laid = run.font.layout(run.text);
    laid.glyphs.forEach((glyph, i) => {
      const pos = laid.positions[i];
      if (glyphs.length > 0) x += tracking;
      glyphs.push({
        font: run.font,
        glyph,
        x,
        dx: (pos?.xOffset ?? 0) * scale,
        dy: (pos?.yOffset ?? 0) * scale,
      });
      x += (pos?.xAdvance ?? glyph.advanceWidth) * scale;
    });
  }
  return { glyphs, width: x };
}

/** The width in px of a text set at `size` px, with `letterSpacing` px between glyphs. */
export function measureText(text: string, face: OgFace, size: number, letterSpacing = 0): number {
  const key = `${letterSpacing / size}\u0000${text}`;
  let width = face.widths.get(key);
  if (width === undefined) {
    width = place(text, face, letterSpacing / size).width;
    face.widths.set(key, width);
  }
  return width * size;
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/**
 * SVG path data of a text set at `size` px with its baseline starting at (x, y), in absolute
 * commands rounded to 0.01 px: the same text always gives the same path.
 */
export function textPath(
  text: string,
  face: OgFace,
  x: number,
  y: number,
  size: number,
  letterSpacing = 0,
): string {
  const parts: string[] = [];
  for (const g of place(text, face, letterSpacing / size).glyphs) {
    const scale = size / g.font.unitsPerEm;
    const ox = x + (g.x + g.dx) * size;
    const oy = y - g.dy * size;
    // Font units go up from the baseline; SVG goes down.
    const pt = (args: number[]) => {
      const out: string[] = [];
      for (let i = 0; i + 1 < args.length; i += 2)
        out.push(`${round(ox + (args[i] ?? 0) * scale)} ${round(oy - (args[i + 1] ?? 0) * scale)}`);
      return out.join(' ');
    };
    for (const { command, args } of g.glyph.path.commands) {
      if (command === 'moveTo') parts.push(`M${pt(args)}`);
      else if (command === 'lineTo') parts.push(`L${pt(args)}`);
      else if (command === 'quadraticCurveTo') parts.push(`Q${pt(args)}`);
      else if (command === 'bezierCurveTo') parts.push(`C${pt(args)}`);
      else parts.push('Z');
    }
  }
  return parts.join('');
}
