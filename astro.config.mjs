// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { socialImages } from './src/integrations/social-images';
import { PLAYER_ORIGINS } from './src/lib/video';

/** The public address of the site; override with SITE_URL for a staging host. */
const site = process.env.SITE_URL || 'https://talent.hengelo.nl';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl-NL', en: 'en-GB' } },
      // The 404 page and the editors' CMS are not pages for search engines.
      filter: (page) => !page.includes('/404') && !new URL(page).pathname.startsWith('/admin/'),
    }),
    socialImages(),
  ],
  image: {
    layout: 'constrained',
  },
  // No code on this site; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Video interviews load a privacy-enhanced player after a click (src/lib/video.ts): these two
      // origins, and nothing else, may be framed. Every other frame is blocked.
      directives: [`frame-src ${PLAYER_ORIGINS.join(' ')}`],
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
