/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects, split by what they need: `unit` runs on the sources alone; `dist` checks the
// production build in dist/ and so runs after `astro build`; `builds` builds fixture content into
// folders of its own (.cache/) and checks those, so it needs no build first and leaves dist/ alone.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
