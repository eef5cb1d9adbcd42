import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

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
// PREVIEW_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.PREVIEW_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Every core, in CI too (Playwright's default is half of them).
  workers: '100%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Root cannot use Chromium's sandbox; background networking would try to reach Google.
          args: [
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The built site, as it will be served: run `npm run build` first (npm test does).
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
