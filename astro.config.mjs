// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

/** The public address of the site; override with SITE_URL for a staging host. */
const site = process.env.SITE_URL ?? 'https://talent.hengelo.nl';

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
      filter: (page) => !page.includes('/404'),
    }),
    // Last, so it indexes the finished pages.
    pagefind(),
  ],
  image: {
    layout: 'constrained',
  },
  // No code on this site; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: true,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
