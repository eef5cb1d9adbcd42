/**
 * Keeps the editors' CMS at /admin/ on the site's own fonts.
 *
 * Sveltia CMS's npm build ships its three web fonts (Source Sans 3, Noto Mono and the Material
 * Symbols icon font) in `npm/assets/` and registers them from there when it loads, so the site's
 * build emits them into dist/_astro/ and serves them itself. Its stylesheet also carries a fallback
 * copy of the same three @font-face rules pointing at the Fontsource CDN on cdn.jsdelivr.net. The
 * site's CSP (`font-src 'self'`) blocks those, so no request leaves, but the browser logs a CSP
 * error for each. This Vite plugin removes those CDN rules from the CMS bundle, in `astro build`
 * and in `astro dev` (for which the CMS is kept out of dependency pre-bundling, so that this
 * transform sees it).
 *
 * It stops the build if a font it removes is not among the files the CMS bundles (a Sveltia update
 * that changed how it loads fonts), or if the bundle still names the CDN afterwards: then the CMS
 * would show system fonts and icon names, or go back to the CDN, without anyone noticing.
 */
import type { Plugin } from 'vite';

/** The package whose bundle carries the CDN rules. */
export const CMS_PACKAGE = '@sveltia/cms';

/**
 * One @font-face rule whose source is on the Fontsource CDN, with the comment Sveltia puts above
 * it: `url(https://cdn.jsdelivr.net/fontsource/fonts/<font>[:vf]@<version>/<subset>.woff2)`.
 */
const CDN_RULE =
  /(?:\/\*\s*https:\/\/fontsource\.org\/[^*]*\*\/\s*)?@font-face\s*\{[^{}]*?url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2\)[^{}]*\}/g;

export interface RemovedFont {
  /** `source-sans-3-latin-wght-normal`: the name Sveltia gives the file it bundles. */
  file: string;
}

/** The code without its Fontsource CDN @font-face rules, and which fonts those rules were for. */
export function withoutCdnFonts(code: string): { code: string; removed: RemovedFont[] } {
  const removed: RemovedFont[] = [];
  const out = code.replace(CDN_RULE, (_rule, font: string, subset: string) => {
    removed.push({ file: `${font}-${subset}` });
    return '';
  });
  return { code: out, removed };
}

/** Whether a piece of code still names the font CDN at all. */
export function namesFontCdn(code: string): boolean {
  return /cdn\.jsdelivr\.net/.test(code);
}

/** Whether the CMS bundle loads a font from a file of its own (`assets/<file>-<hash>.woff2`). */
export function bundlesFont(code: string, { file }: RemovedFont): boolean {
  return code.includes(`assets/${file}-`);
}

const isCms = (id: string) => /[\\/]node_modules[\\/]@sveltia[\\/]cms[\\/]/.test(id);

export function cmsFontsFromSite(): Plugin {
  return {
    name: 'talent-cms-fonts',
    config: () => ({ optimizeDeps: { exclude: [CMS_PACKAGE] } }),
    transform(source, id) {
      if (!isCms(id) || !namesFontCdn(source)) return null;
      const { code, removed } = withoutCdnFonts(source);
      for (const font of removed) {
        if (!bundlesFont(code, font)) {
          this.error(
            `${CMS_PACKAGE} no longer bundles the font ${font.file}; removing its CDN rule would leave ` +
              'the CMS without it (src/integrations/cms-fonts.ts)',
          );
        }
      }
      if (namesFontCdn(code)) {
        this.error(
          `${id} still names cdn.jsdelivr.net after its font rules were removed (src/integrations/cms-fonts.ts)`,
        );
      }
      return { code, map: null };
    },
  };
}
