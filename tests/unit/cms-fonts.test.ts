// The CMS's fonts come from the site: the build removes Sveltia's CDN @font-face rules, and only
// for fonts the CMS also bundles itself (src/integrations/cms-fonts.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlesFont, CMS_PACKAGE, namesFontCdn, withoutCdnFonts } from '../../src/integrations/cms-fonts';

const sample = `code:\`
  /* https://fontsource.org/fonts/noto-mono/cdn */
  @font-face {font-family:'Noto Mono';font-style:normal;font-weight:400;src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)
      format('woff2');
  }
  /* https://fontsource.org/fonts/material-symbols-outlined/cdn */
  @font-face {font-family:'Material Symbols Outlined';font-display:block;src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)
      format('woff2-variations');unicode-range:U+0000-00FF;
  }.material-symbols-outlined {font-family:'Material Symbols Outlined';}\``;

describe('withoutCdnFonts', () => {
  it('removes the CDN @font-face rules with their comments and keeps the rest', () => {
    const { code, removed } = withoutCdnFonts(sample);
    expect(removed).toEqual([
      { file: 'noto-mono-latin-400-normal' },
      { file: 'material-symbols-outlined-latin-wght-normal' },
    ]);
    expect(namesFontCdn(code)).toBe(false);
    expect(code).not.toContain('@font-face');
    expect(code).not.toContain('fontsource.org');
    expect(code).toContain(".material-symbols-outlined {font-family:'Material Symbols Outlined';}");
  });

  it('knows whether the CMS bundles a font file of its own', () => {
    const code = 'new URL(`assets/noto-mono-latin-400-normal-DiC8lJru.woff2`,import.meta.url)';
    expect(bundlesFont(code, { file: 'noto-mono-latin-400-normal' })).toBe(true);
    expect(bundlesFont(code, { file: 'source-sans-3-latin-wght-normal' })).toBe(false);
  });
});

describe(`the installed ${CMS_PACKAGE}`, () => {
  const entry = createRequire(import.meta.url).resolve(CMS_PACKAGE);
  const source = readFileSync(entry, 'utf8');
  const { code, removed } = withoutCdnFonts(source);

  it('has CDN rules for its three fonts, and nothing on the CDN once they are removed', () => {
    expect(removed.map(({ file }) => file).sort()).toEqual([
      'material-symbols-outlined-latin-wght-normal',
      'noto-mono-latin-400-normal',
      'source-sans-3-latin-wght-normal',
    ]);
    expect(namesFontCdn(code)).toBe(false);
  });

  it('bundles each of those fonts as a file of its own', () => {
    const assets = join(dirname(entry), 'assets');
    expect(existsSync(assets)).toBe(true);
    for (const font of removed) {
      expect(bundlesFont(code, font), font.file).toBe(true);
      expect(
        readdirSync(assets).some((name) => name.startsWith(`${font.file}-`) && name.endsWith('.woff2')),
        font.file,
      ).toBe(true);
    }
  });
});
