/**
 * The ports of the browser tests' preview servers (playwright.config.ts): the site on PREVIEW_PORT
 * (so that several checkouts can run side by side), the fixture site on FIXTURE_PORT, by default
 * 100 above it.
 */
export const sitePort = Number(process.env.PREVIEW_PORT ?? 4321);
export const fixturePort = Number(process.env.FIXTURE_PORT ?? sitePort + 100);
