// axe in real Chromium over every page of the site, at a phone and a desktop width.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from '../support/dist';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [375, 1280];

// Every page of the site. The exception is /admin/ (tests/support/dist.ts, appPages): Sveltia
// CMS is a third-party app for editors, not a public page; it is checked for errors and outside
// requests in tests/e2e/cms.spec.ts instead.
for (const url of sitePages()) {
  test(`${url} has no WCAG 2.2 AA violations at ${widths.join(' and ')} px`, async ({ page }) => {
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
  });
}
