/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects, split by what they need: `unit` runs on the sources alone; `dist` checks the
// production build in dist/ and so runs after `astro build`.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
