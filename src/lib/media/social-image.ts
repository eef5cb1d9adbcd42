/**
 * Open Graph images (1200x630) for stories, events and opportunities, drawn at build time with
 * sharp from the entry's title, its hero photo and the site's identity: ink panel, lime kicker,
 * the cog logo and the maker city's warning stripe. No external service.
 *
 * The text is set from a bundled typeface as SVG paths (./og-text.ts), never with the fonts of
 * the machine that builds: the same content gives the same image, byte for byte, everywhere.
 *
 * Rendering is the slow part of a build, so every image is cached under the content hash of what
 * it is drawn from (title, kicker, photo bytes, font files, template and renderer versions): a
 * rebuild with unchanged content renders none. The cache lives in Astro's cache folder
 * (`node_modules/.astro/og/`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import { LOGO } from './logo';
import { fontkitVersion, measureText, ogFonts, textPath, type OgFace, type OgFonts } from './og-text';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Change this when the drawing changes, so cached images are drawn again. */
export const OG_TEMPLATE_VERSION = 6;
export const OG_CACHE_DIR = join('node_modules', '.astro', 'og');

/**
 * The cache folder of this build: `og/` in Astro's cache folder, which the integration
 * (src/integrations/social-images.ts) reads from the config, so a build with its own cacheDir (the
 * fixture site of the tests, the benchmarks) neither reuses nor prunes the site's images. The pages
 * are bundled apart from the integration, so the folder is handed over on globalThis.
 */
export function ogCacheDir(): string {
  return ((globalThis as Record<string, unknown>).__talentOgCacheDir as string | undefined) ?? OG_CACHE_DIR;
}

/** Sets the cache folder for this build (from Astro's cacheDir). */
export function setOgCacheDir(dir: string): void {
  (globalThis as Record<string, unknown>).__talentOgCacheDir = dir;
}

const PANEL = 640;
const MARGIN = 64;
/** The title's room: the panel less its margins. */
export const OG_TITLE_WIDTH = PANEL - 2 * MARGIN;
/** Where the title's first line starts (its top; the baseline is a font size lower). */
const TITLE_TOP = 190;

/** The brand colours from the `@theme` block of a stylesheet: `--color-ink: #0d2137` gives ink. */
export function themeColors(css: string): Record<string, string> {
  const theme = /@theme\s*\{([\s\S]*?)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...theme.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Greedy word wrap: as many words a line as `fits`; a word too long for a line gets a line of its own. */
export function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && !fits(`${line} ${word}`)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The biggest font size at which the title fits the panel in at most five lines, measured with
 * the typeface's own advance widths. A title with a word too long even then is set smaller still,
 * until its widest line fits.
 */
export function titleLayout(
  title: string,
  face: OgFace = ogFonts().black,
  width = OG_TITLE_WIDTH,
): { size: number; lines: string[] } {
  const layout = (size: number) => wrap(title, (line) => measureText(line, face, size) <= width);
  for (const size of [64, 56, 50, 44, 40, 36, 32]) {
    const lines = layout(size);
    if (lines.length <= 5 && lines.every((line) => measureText(line, face, size) <= width))
      return { size, lines };
  }
  const widest = Math.max(...layout(32).map((line) => measureText(line, face, 1)));
  const size = Math.min(32, Math.floor(width / widest));
  return { size, lines: layout(size).slice(0, 6) };
}

export interface OgInput {
  /** The entry's title. */
  title: string;
  /** Small label above the title, e.g. "Video-interview" or "Stage". */
  kicker: string;
  /** The site's address as people type it, e.g. talent.hengelo.nl. */
  host: string;
}

/** The drawing over the photo: panel, kicker, title, logo and stripe, as SVG of paths only. */
export function ogSvg(input: OgInput, colors: Record<string, string>, fonts: OgFonts = ogFonts()): string {
  const ink = colors.ink ?? '#0d2137';
  const lime = colors.lime ?? '#c6f432';
  const signal = colors.signal ?? '#ff6b2c';
  const { bold, black } = fonts;
  const { size, lines } = titleLayout(input.title, black);
  const lineHeight = Math.round(size * 1.12);
  const kicker = input.kicker.toUpperCase();
  const kickerWidth = Math.ceil(measureText(kicker, bold, 24) + 28);
  const title = lines
    .map((line, index) => textPath(line, black, MARGIN, TITLE_TOP + size + index * lineHeight, size))
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
  <path fill="#ffffff" d="${textPath('TALENT', bold, MARGIN + 80, 86, 30, 2)}"/>
  <path fill="${lime}" d="${textPath('HENGELO', bold, MARGIN + 80, 116, 20, 6)}"/>
  <rect x="${MARGIN}" y="148" width="${kickerWidth}" height="40" fill="${lime}"/>
  <path fill="${ink}" d="${textPath(kicker, bold, MARGIN + 14, 176, 24)}"/>
  <path fill="#ffffff" d="${title}"/>
  <path fill="${lime}" d="${textPath(input.host, bold, MARGIN, OG_HEIGHT - 48, 24)}"/>
  <rect y="${OG_HEIGHT - 18}" width="${OG_WIDTH}" height="18" fill="${lime}"/>
  ${stripe}
</svg>`;
}

let rendererCache: string | undefined;
/** The versions of what sets the text and draws the image: an upgrade may change the pixels. */
export function ogRenderer(): string {
  const v = sharp.versions as Record<string, string | undefined>;
  rendererCache ??= `fontkit ${fontkitVersion()}, sharp ${v.sharp}, libvips ${v.vips}, librsvg ${v.rsvg}, mozjpeg ${v.mozjpeg}`;
  return rendererCache;
}

/**
 * The cache key of an image: everything it is drawn from, the font files and the versions of
 * the template and the renderer included.
 */
export function ogKey(
  input: OgInput,
  photo: Uint8Array,
  fonts: Pick<OgFonts, 'hash'> = ogFonts(),
  version = OG_TEMPLATE_VERSION,
): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: version, fonts: fonts.hash, renderer: ogRenderer(), ...input }))
    .update(photo)
    .digest('hex')
    .slice(0, 32);
}

/** Draws one image: the photo fills the right-hand side, the SVG goes on top. */
export async function drawOg(
  input: OgInput,
  photo: Uint8Array,
  colors: Record<string, string>,
  fonts: OgFonts = ogFonts(),
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
        { input: Buffer.from(ogSvg(input, colors, fonts)), left: 0, top: 0 },
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
export async function ogImage(input: OgInput, photoPath: string, cacheDir = ogCacheDir()): Promise<Buffer> {
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
export function pruneOgCache(used: ReadonlySet<string>, cacheDir = ogCacheDir()): number {
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
