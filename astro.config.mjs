// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import { open, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// One moment for the whole build: without BUILD_DATE every page would read the clock on its own,
// seconds apart, and a page, the calendar feed and the listings could disagree about what has
// passed. `buildNow()` (src/lib/time/zone.ts) reads this.
if (!process.env.BUILD_DATE?.trim() && process.argv.includes('build')) {
  process.env.BUILD_DATE = new Date().toISOString();
}
import { cmsFontsFromSite } from './src/integrations/cms-fonts';
import { cmsDutch } from './src/integrations/cms-locale';
import { socialImages } from './src/integrations/social-images';
import { PLAYER_ORIGINS } from './src/lib/media/video-embed';
import pagefind from './src/integrations/pagefind.ts';
import { mailSignupHeaders } from './src/integrations/mail-signup';
import { formActionDirective } from './src/lib/site/mail-signup';
import { contentDir } from './src/lib/content/loader';

/** The public address of the site; override with SITE_URL for a staging host. */
const site = process.env.SITE_URL || 'https://talent.hengelo.nl';

/** Site paths of built pages that ask search engines not to index them (closed opportunities, 404). */
const noindexPaths = new Set();

/**
 * The <head> of a built page: the first 8 KB of the file hold it, or else the whole file is read.
 * @param {string} file
 * @returns {Promise<string>}
 */
async function readHead(file) {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const start = buffer.toString('utf8', 0, bytesRead);
    const end = start.indexOf('</head>');
    if (end >= 0) return start.slice(0, end);
    const html = await readFile(file, 'utf8');
    return html.slice(0, html.indexOf('</head>'));
  } finally {
    await handle.close();
  }
}

/**
 * Finds the noindex pages once the pages are built, so that the sitemap (which runs after it)
 * leaves them out: a page is either for search engines or not, never both.
 * @returns {import('astro').AstroIntegration}
 */
function noindexOutOfSitemap() {
  return {
    name: 'talent-noindex',
    hooks: {
      'astro:build:done': async ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        // The files Astro wrote, as it lists them (no walk of the output folder), read in parallel.
        const files = [...assets.values()]
          .flat()
          .map((url) => fileURLToPath(url))
          .filter((file) => file.endsWith('.html'));
        for (let start = 0; start < files.length; start += 64) {
          await Promise.all(
            files.slice(start, start + 64).map(async (file) => {
              const head = await readHead(file);
              if (/<meta name="robots" content="noindex"/.test(head)) {
                noindexPaths.add(
                  `/${relative(root, file)
                    .replace(/\\/g, '/')
                    .replace(/index\.html$/, '')}`,
                );
              }
            }),
          );
        }
      },
    },
  };
}

/**
 * The site's typeface, Source Sans 3 (SIL Open Font License, from @fontsource/source-sans-3, the
 * same files the social images are drawn with): Latin subset, regular and bold, self-hosted.
 * Astro writes the @font-face rules, preloads the files and a fallback with matched metrics, so
 * text does not shift when the font arrives.
 */
/** @param {number} weight */
const fontFile = (weight) =>
  `./node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`;

export default defineConfig({
  site,
  output: 'static',
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-source-sans',
      fallbacks: ['Arial', 'sans-serif'],
      display: 'swap',
      options: {
        variants: [
          { weight: 400, style: 'normal', src: [fontFile(400)] },
          { weight: 700, style: 'normal', src: [fontFile(700)] },
        ],
      },
    },
  ],
  trailingSlash: 'always',
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    noindexOutOfSitemap(),
    sitemap({
      // No \`i18n\` here: every page names its translation in its <head> (hreflang, with the
      // translated address), while the sitemap's own pairing only matches identical paths (three
      // pages of this site) and compares every address with every other to find them.
      // The 404 page, noindex pages and the editors' CMS are not pages for search engines.
      filter: (page) => {
        const pathname = new URL(page).pathname;
        return !page.includes('/404') && !noindexPaths.has(pathname) && !pathname.startsWith('/admin/');
      },
    }),
    socialImages(),
    mailSignupHeaders(),
    // Last, so it indexes the finished pages.
    pagefind(),
  ],
  image: {
    layout: 'constrained',
  },
  build: {
    // Pages are rendered a few at a time, so that writing one page's file overlaps with rendering
    // the next (one at a time, the build waited on the disk for a third of its page time).
    concurrency: 4,
  },
  // No code on this site; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it renders into a per-page CSP <meta>. The directives
    // below close everything else to the site's own origin. Directives that a <meta> cannot carry
    // (frame-ancestors) are sent as HTTP headers: see public/_headers and docs/deploy.md.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // The site's own forms, and the e-mail sign-up's endpoint when one is configured.
        formActionDirective(),
        'upgrade-insecure-requests',
        // Video interviews load a privacy-enhanced player after a click (src/lib/media/video-embed.ts): these
        // two origins, and nothing else, may be framed.
        `frame-src ${PLAYER_ORIGINS.join(' ')}`,
      ],
    },
  },
  vite: {
    // `@content` is the content folder the loader reads (content/, or CONTENT_DIR): the images that
    // MDX bodies use (src/components/mdx/images.ts) come from the same folder as the entries.
    resolve: { alias: { '@content': resolve(contentDir()) } },
    // The CMS uses the fonts it bundles, served by the site, and no CDN (src/integrations/cms-fonts.ts).
    plugins: [tailwindcss(), cmsFontsFromSite(), cmsDutch()],
    build: {
      // The CMS at /admin/ is one 2 MB bundle by design; public pages have their own budget
      // (tests/dist/budgets.test.ts).
      chunkSizeWarningLimit: 2500,
      rollupOptions: {
        onwarn(warning, warn) {
          // withastro/astro#18087: every MDX entry carries a directive the bundler warns about;
          // harmless, and the noise would hide warnings that matter to editors.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
