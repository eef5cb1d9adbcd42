/**
 * With a sign-up endpoint configured (src/lib/site/mail-signup.ts), the host's CSP header in
 * dist/_headers (copied from public/_headers) allows the form to post there too: browsers enforce
 * the header and the page's <meta> together, so both must allow it. Without one, the file stays
 * as it is.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formActionDirective, mailSignupEndpoint } from '../lib/site/mail-signup';

export function mailSignupHeaders(): AstroIntegration {
  return {
    name: 'talent-mail-signup',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const endpoint = mailSignupEndpoint();
        if (!endpoint) return;
        const file = fileURLToPath(new URL('_headers', dir));
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace(/form-action 'self'/g, formActionDirective(endpoint)));
      },
    },
  };
}
