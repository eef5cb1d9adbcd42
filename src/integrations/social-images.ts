/**
 * Reports what the build did with the social-image cache (src/lib/media/social-image.ts) and removes cached
 * images no page uses any more, so the cache does not grow with every edited title.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ogStats, pruneOgCache, setOgCacheDir } from '../lib/media/social-image';

export function socialImages(): AstroIntegration {
  return {
    name: 'talent-social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        setOgCacheDir(join(fileURLToPath(config.cacheDir), 'og'));
      },
      'astro:build:done': ({ logger }) => {
        const { rendered, reused, used } = ogStats;
        // Only prune after a build that drew or reused images in this process.
        const removed = rendered + reused > 0 ? pruneOgCache(used) : 0;
        logger.info(`${rendered} drawn, ${reused} reused from the cache, ${removed} unused removed`);
      },
    },
  };
}
