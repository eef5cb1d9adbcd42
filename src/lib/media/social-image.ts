/**
 * Open Graph images (1200x630) for stories, events and opportunities, drawn at build time with
 * sharp from the entry's title, its hero photo and the site's identity: ink panel, lime kicker,
 * the cog logo and the maker city's warning stripe. No external service.
 *
 * Rendering is the slow part of a build, so every image is cached under the content hash of what
 * it is drawn from (title, kicker, photo bytes, template version): a rebuild with unchanged
 * content renders none. The cache lives in Astro's cache folder (`node_modules/.astro/og/`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import { LOGO } from './logo';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Change this when the drawing changes, so cached images are drawn again. */
export const OG_TEMPLATE_VERSION = 5;
export const OG_CACHE_DIR = join('node_modules', '.astro', 'og');

const PANEL = 640;
const MARGIN = 64;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** The brand colours from the `@theme` block of a stylesheet: `--color-ink: #0d2137` gives ink. */
export function themeColors(css: string): Record<string, string> {
  const theme = /@theme\s*\{([\s\S]*?)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...theme.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Greedy word wrap at `max` characters a line; a word longer than a line gets a line of its own. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** DejaVu Sans Bold's glyphs are about 0.68 em wide on average (measured on Dutch titles). */
const GLYPH = 0.68;

/** The biggest font size at which the title fits the panel in at most five lines. */
export function titleLayout(title: string, width = PANEL - 2 * MARGIN): { size: number; lines: string[] } {
  for (const size of [64, 56, 50, 44, 40, 36]) {
    const lines = wrap(title, Math.floor(width / (size * GLYPH)));
    if (lines.length <= 5 && lines.every((line) => line.length * size * GLYPH <= width))
      return { size, lines };
  }
  const size = 32;
  return { size, lines: wrap(title, Math.floor(width / (size * GLYPH))).slice(0, 6) };
}

/** Text for SVG: &, < and > escaped, quotes too for attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface OgInput {
  /** The entry's title. */
  title: string;
  /** Small label above the title, e.g. "Video-interview" or "Stage". */
  kicker: string;
  /** The site's address as people type it, e.g. talent.hengelo.nl. */
  host: string;
}

/** The drawing over the photo: panel, kicker, title, logo and stripe, as SVG. */
export function ogSvg(input: OgInput, colors: Record<string, string>): string {
  const ink = colors.ink ?? '#0d2137';
  const lime = colors.lime ?? '#c6f432';
  const signal = colors.signal ?? '#ff6b2c';
  const { size, lines } = titleLayout(input.title);
  const lineHeight = Math.round(size * 1.12);
  const kickerWidth = Math.round(input.kicker.length * 24 * GLYPH + 28);
  const titleTop = 190;
  const title = lines
    .map(
      (line, index) =>
        `<text x="${MARGIN}" y="${titleTop + size + index * lineHeight}" font-size="${size}">${escapeXml(line)}</text>`,
    )
    .join('');
  const stripe = Array.from(
    { length: Math.ceil(OG_WIDTH / 28) + 2 },
    (_, i) => `<path d="M${i * 28 - 14} ${OG_HEIGHT} l14 -18 h14 l-14 18z" fill="${ink}"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
  <rect width="${PANEL}" height="${OG_HEIGHT}" fill="${ink}"/>
  <rect x="${PANEL}" width="8" height="${OG_HEIGHT}" fill="${lime}"/>
  <g transform="translate(${MARGIN} 56) scale(1.6)">
    <path fill="${lime}" d="${LOGO.cog}"/>
    <circle cx="20" cy="20" r="8" fill="${ink}"/>
    <path fill="${signal}" d="${LOGO.spark}"/>
  </g>
  <g font-family="${FONT}" font-weight="bold" fill="#ffffff">
    <text x="${MARGIN + 80}" y="86" font-size="30" letter-spacing="2">TALENT</text>
    <text x="${MARGIN + 80}" y="116" font-size="20" letter-spacing="6" fill="${lime}">HENGELO</text>
    <rect x="${MARGIN}" y="148" width="${kickerWidth}" height="40" fill="${lime}"/>
    <text x="${MARGIN + 14}" y="177" font-size="24" fill="${ink}">${escapeXml(input.kicker.toUpperCase())}</text>
    ${title}
    <text x="${MARGIN}" y="${OG_HEIGHT - 48}" font-size="24" fill="${lime}">${escapeXml(input.host)}</text>
  </g>
  <rect y="${OG_HEIGHT - 18}" width="${OG_WIDTH}" height="18" fill="${lime}"/>
  ${stripe}
</svg>`;
}

/** The cache key of an image: everything it is drawn from. */
export function ogKey(input: OgInput, photo: Uint8Array): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: OG_TEMPLATE_VERSION, ...input }))
    .update(photo)
    .digest('hex')
    .slice(0, 32);
}

/** Draws one image: the photo fills the right-hand side, the SVG goes on top. */
export async function drawOg(
  input: OgInput,
  photo: Uint8Array,
  colors: Record<string, string>,
): Promise<Buffer> {
  const right = await sharp(photo)
    .resize(OG_WIDTH - PANEL, OG_HEIGHT, { fit: 'cover', position: 'attention' })
    .toBuffer();
  return (
    sharp({
      create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: colors.ink ?? '#0d2137' },
    })
      .composite([
        { input: right, left: PANEL, top: 0 },
        { input: Buffer.from(ogSvg(input, colors)), left: 0, top: 0 },
      ])
      // A 256-colour palette suits flat illustrations and text: about a third of a full-colour PNG.
      // JPEG (mozjpeg): about 70 KB and 0.13 s an image, where a 256-colour PNG of the same
      // drawing took 80 KB and 0.4 s.
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer()
  );
}

/** What this build did with the cache; reported at the end of the build. */
export const ogStats: { rendered: number; reused: number; used: Set<string> } = ((
  globalThis as Record<string, unknown>
).__talentOgStats ??= { rendered: 0, reused: 0, used: new Set<string>() }) as {
  rendered: number;
  reused: number;
  used: Set<string>;
};

let colorsCache: Record<string, string> | undefined;
function siteColors(): Record<string, string> {
  colorsCache ??= themeColors(readFileSync(join('src', 'styles', 'global.css'), 'utf8'));
  return colorsCache;
}

/** The image for an entry, from the cache when its inputs have not changed. */
export async function ogImage(input: OgInput, photoPath: string, cacheDir = OG_CACHE_DIR): Promise<Buffer> {
  const photo = readFileSync(photoPath);
  const key = ogKey(input, photo);
  const file = join(cacheDir, `${key}.jpg`);
  ogStats.used.add(`${key}.jpg`);
  if (existsSync(file)) {
    ogStats.reused++;
    return readFileSync(file);
  }
  const jpeg = await drawOg(input, photo, siteColors());
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, jpeg);
  ogStats.rendered++;
  return jpeg;
}

/** Removes cached images this build did not use (old titles, changed photos). Returns how many. */
export function pruneOgCache(used: ReadonlySet<string>, cacheDir = OG_CACHE_DIR): number {
  if (!existsSync(cacheDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    if (/\.(jpg|png)$/.test(name) && !used.has(name)) {
      rmSync(join(cacheDir, name));
      removed++;
    }
  }
  return removed;
}

/**
 * The source file of an image from the content schema. Astro keeps it on the image as `fsPath`;
 * should that ever be missing, the file is found in content/images/ by its name.
 */
export function imageFile(image: ImageMetadata): string {
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (fsPath && existsSync(fsPath)) return fsPath;
  const name = basename(decodeURIComponent(new URL(image.src, 'file:///').pathname)).replace(
    /\.[\w-]{8}(\.\w+)$/,
    '$1',
  );
  const candidate = join('content', 'images', name);
  if (existsSync(candidate)) return candidate;
  throw new Error(`Social image: cannot find the source file of ${image.src}`);
}
