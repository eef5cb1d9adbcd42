// The CMS page in the build: bundled from the site itself, hidden from search engines, and the
// only page whose Content-Security-Policy is loosened for it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPages, attributes, DIST, exists, filesEndingIn, html, sitePages } from '../support/dist';

function csp(page: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html(page))?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('/admin/', () => {
  const source = html('/admin/');

  it('is an app page, noindex, and not in the sitemap', () => {
    expect(appPages.has('/admin/')).toBe(true);
    expect(source).toContain('<meta name="robots" content="noindex, nofollow">');
    const sitemaps = readdirSync(DIST).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('/admin/');
  });

  it('loads the CMS from the site’s own build, not from a CDN', () => {
    const scripts = attributes(source, 'script', 'src');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\/_astro\//);
    expect(source).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });

  it('serves the CMS’s fonts itself: no script names the font CDN, every font file it names is built', () => {
    const scripts = filesEndingIn('.js').map((file) => readFileSync(join(DIST, file), 'utf8'));
    for (const script of scripts) expect(script).not.toMatch(/cdn\.jsdelivr\.net|fontsource\/fonts/);
    const cms = attributes(source, 'script', 'src').map((src) => readFileSync(join(DIST, src), 'utf8'));
    const fonts = [...new Set(cms.join('\n').match(/\/_astro\/[\w.-]+\.woff2/g))];
    for (const font of ['source-sans-3', 'noto-mono', 'material-symbols-outlined']) {
      expect(fonts.some((file) => file.startsWith(`/_astro/${font}-`)), font).toBe(true);
    }
    for (const file of fonts) expect(exists(file), file).toBe(true);
  });

  it('gets exactly the extra CSP the CMS needs', () => {
    const policy = csp('/admin/');
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
  });
});

describe('public pages', () => {
  it('do not get what the CMS needs: no inline styles, no GitHub API', () => {
    for (const page of sitePages()) {
      const policy = csp(page);
      expect(policy.get('style-src'), page).not.toContain("'unsafe-inline'");
      expect(policy.get('connect-src') ?? [], page).not.toContain('https://api.github.com');
    }
  });
});
