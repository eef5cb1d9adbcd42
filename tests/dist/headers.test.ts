// The deploy headers: present in dist/_headers for Netlify/Cloudflare and in the nginx snippet in
// docs/deploy.md, with the same values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYER_ORIGINS } from '../../src/lib/media/video-embed';
import { mailSignupEndpoint } from '../../src/lib/site/mail-signup';
import { html, sitePages } from '../support/dist';

const headersFile = readFileSync('dist/_headers', 'utf8');
const nginx = readFileSync('docs/deploy.md', 'utf8');

/** The headers of one path block in a _headers file. */
function block(path: string): Map<string, string> {
  const lines = headersFile.split('\n');
  const start = lines.indexOf(path);
  const headers = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) break;
    headers.set(match[1] ?? '', match[2] ?? '');
  }
  return headers;
}

const required = [
  'Strict-Transport-Security',
  'Content-Security-Policy',
  'X-Frame-Options',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
];

describe('deploy headers', () => {
  const all = block('/*');

  it.each(required)('%s is sent for every page, with the same value for nginx', (name) => {
    const value = all.get(name);
    expect(value).toBeTruthy();
    expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });

  it('forbids framing, asks for HTTPS for a year and stops MIME sniffing', () => {
    expect(all.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(Number(/max-age=(\d+)/.exec(all.get('Strict-Transport-Security') ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('caches hashed assets for a year, immutable', () => {
    expect(block('/_astro/*').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('gives every page a strict CSP: hashes only, no unsafe-inline, other origins only as video frames', () => {
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html('/'))?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const directives = csp.split(';').map((directive) => directive.trim());
    const withOrigins = directives.filter((directive) => /https?:\/\//.test(directive));
    expect(withOrigins).toEqual([`frame-src ${PLAYER_ORIGINS.join(' ')}`]);
    expect(PLAYER_ORIGINS).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
  });
});

describe('the e-mail sign-up', () => {
  // Off unless MAIL_SIGNUP_ENDPOINT was set for the build (src/lib/site/mail-signup.ts); with one,
  // tests/e2e/mail-signup.spec.ts posts to a local endpoint.
  const endpoint = mailSignupEndpoint();
  const expected = endpoint ? `form-action 'self' ${endpoint}` : "form-action 'self'";

  it('lets forms go only to the site itself, and to the endpoint when there is one', () => {
    expect(block('/*').get('Content-Security-Policy')).toContain(expected);
    for (const page of sitePages()) {
      const source = html(page);
      const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(source)?.[1] ?? '';
      const directive = csp
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('form-action'));
      expect(directive, page).toBe(expected);
      // The form is part of a follow block, and only there when there is somewhere to post it.
      expect(source.includes('data-mail-signup'), page).toBe(endpoint !== undefined && source.includes('data-follow'));
    }
  });
});

describe('security.txt', () => {
  it('is served with Contact, Expires and Preferred-Languages', () => {
    const text = readFileSync('dist/.well-known/security.txt', 'utf8');
    expect(text).toMatch(/^Contact: \S+$/m);
    expect(text).toMatch(/^Expires: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m);
    expect(text).toMatch(/^Preferred-Languages: nl, en$/m);
  });
});
