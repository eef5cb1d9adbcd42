// Reflow and motion: text fits a 320 px screen without horizontal scrolling (WCAG 1.4.10), also
// with text at 200% (1.4.4), and the site honours prefers-reduced-motion.
import { expect, test } from '@playwright/test';
import { htmlPages } from '../support/dist';

/** One page of each template is enough: templates, not content, decide the layout. */
function templates(): string[] {
  const seen = new Map<string, string>();
  for (const page of htmlPages()) {
    const parts = page.split('/').filter(Boolean);
    const english = parts[0] === 'en';
    const rest = english ? parts.slice(1) : parts;
    // "/verhalen/roel/" and "/verhalen/anouk/" share a template; "/verhalen/" is another one.
    const key = `${english ? 'en' : 'nl'}:${rest.length > 1 ? `${rest[0]}/*` : (rest[0] ?? '')}`;
    if (!seen.has(key)) seen.set(key, page);
  }
  return [...seen.values()];
}

const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

for (const url of templates()) {
  test(`${url} reflows at 320 px and with text at 200%`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(url);
    expect(await page.evaluate(overflow), 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    // Set through the CSSOM: the site's CSP (rightly) blocks an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    expect(await page.evaluate(overflow), 'horizontal scroll with text at 200%').toBeLessThanOrEqual(0);
  });
}

test('animations and transitions stop for people who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((element) => getComputedStyle(element))
      .flatMap((style) => [style.transitionDuration, style.animationDuration])
      .flatMap((value) => value.split(',').map((part) => parseFloat(part) || 0)),
  );
  expect(Math.max(...durations)).toBeLessThanOrEqual(0.01);
});
