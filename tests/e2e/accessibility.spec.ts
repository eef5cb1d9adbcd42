// axe in real Chromium over every page of the site, on a phone and a desktop viewport.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlPages } from '../support/dist';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const viewports = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const viewport of viewports) {
  test.describe(`axe at ${viewport.width}px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const page of htmlPages()) {
      test(`${page} has no WCAG 2.2 AA violations`, async ({ page: browserPage }) => {
        const response = await browserPage.goto(page);
        expect(response?.status()).toBeLessThan(page === '/404/' ? 500 : 400);
        const results = await new AxeBuilder({ page: browserPage }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
