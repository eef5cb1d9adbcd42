import { existsSync, readFileSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { fixturePort, sitePort } from './tests/support/ports';

/**
 * Which Chromium to drive: Playwright's own when installed (`npx playwright install chromium`),
 * else the path in CHROMIUM_PATH, else the system's /usr/bin/chromium (Debian's package).
 */
function chromiumExecutable(): string | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the browser tests. Run `npx playwright install chromium`, ' +
      'or install the system package (Debian: `apt-get install chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

const executablePath = chromiumExecutable();
// PREVIEW_PORT lets several checkouts run their browser tests side by side. The fixture site
// (tests/fixtures/site, built by `npm run build:fixture` into its own folder) is served on a port
// of its own, for the browser tests that need particular content.
const port = sitePort;
const fixture = JSON.parse(readFileSync('tests/fixtures/site.json', 'utf8')) as { dist: string };
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // Root cannot use Chromium's sandbox; background networking would try to reach Google.
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Every core, in CI too (Playwright's default is half of them).
  workers: '100%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      // The site as built from content/: checks that hold for any valid content.
      name: 'site',
      testIgnore: 'fixture/**',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${port}` },
    },
    {
      // The fixture site: journeys that need particular content (tests/e2e/fixture/).
      name: 'fixture',
      testMatch: 'fixture/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${fixturePort}` },
    },
  ],
  // Astro keeps one preview server per project unless told --ignore-lock; these two run side by side.
  webServer: [
    {
      // The built site, as it will be served: run `npm run build` first (npm test does).
      command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The fixture site: run `npm run build:fixture` first (npm test does).
      command: `npx astro preview --host 127.0.0.1 --port ${fixturePort} --outDir ${fixture.dist} --ignore-lock`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
