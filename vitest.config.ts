/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { getViteConfig } from 'astro/config';

const fixture = JSON.parse(readFileSync('tests/fixtures/site.json', 'utf8')) as {
  content: string;
  dist: string;
};

// Four projects, split by what they need: `unit` runs on the sources alone; `builds` builds
// fixture content into folders of its own (.cache/) and checks those, so it needs no build first
// and leaves dist/ alone; `dist` checks the production build in dist/ and so runs after
// `astro build`; `fixture` runs the same checks, and the ones that need particular content
// (tests/fixture/), on the fixture site built by `npm run build:fixture` (tests/support/sites.ts).
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 300_000,
        },
      },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'fixture',
          include: ['tests/dist/**/*.test.ts', 'tests/fixture/**/*.test.ts'],
          environment: 'node',
          env: { CONTENT_DIR: fixture.content, DIST_DIR: fixture.dist },
        },
      },
    ],
  },
});
