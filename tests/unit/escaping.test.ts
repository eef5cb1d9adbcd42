// Text from editors is text: HTML or script in a title, summary or quote is shown as written and
// never becomes markup on the page.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EntryCard from '../../src/components/EntryCard.astro';
import PageHeader from '../../src/components/PageHeader.astro';

const attacks = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>"];

describe('editor text is escaped', async () => {
  const container = await AstroContainer.create();

  it.each(attacks)('in a card: %s', async (attack) => {
    const html = await container.renderToString(EntryCard, {
      props: { href: '/verhalen/x/', title: attack, summary: attack, kicker: attack, meta: [attack] },
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).not.toMatch(/<svg[^>]*onload/);
    expect(html).toContain('&lt;');
  });

  it.each(attacks)('in a page heading: %s', async (attack) => {
    const html = await container.renderToString(PageHeader, {
      props: { title: attack, lead: attack, kicker: attack },
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).not.toMatch(/<svg[^>]*onload/);
  });
});
