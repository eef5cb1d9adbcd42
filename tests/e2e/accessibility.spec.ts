// Every page of the built site, in real Chromium: axe finds no WCAG 2.2 AA violation at a phone
// and a desktop width; the page makes no request to another origin, sets no cookie, logs no
// console error and breaks no Content-Security-Policy rule.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from '../support/dist';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [375, 1280];

// Every page of the site. The exception is /admin/ (tests/support/dist.ts, appPages): Sveltia
// CMS is a third-party app for editors, not a public page; it is checked for errors and outside
// requests in tests/e2e/cms.spec.ts instead.
for (const url of sitePages()) {
  test(`${url}: no axe violations at ${widths.join(' and ')} px, no third parties, cookies or CSP errors`, async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol !== 'data:' && target.protocol !== 'blob:' && target.origin !== origin)
        foreign.push(request.url());
    });
    page.on('console', (message) => {
      // The 404 page is served with status 404 on purpose; Chromium logs that as a console error.
      if (message.type() === 'error' && !(url === '/404/' && /404/.test(message.text())))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });

    const response = await page.goto(url);
    expect(response?.ok() || url === '/404/').toBe(true);
    for (const width of widths) {
      // Media queries apply on resize, so one load serves both widths.
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    }
    // Lazy images and anything else below the fold load too before we count requests.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}
