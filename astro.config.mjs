// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

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
  ],
  image: {
    layout: 'constrained',
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
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
