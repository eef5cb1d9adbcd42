// Text from editors is text: HTML or script in a title, summary or quote is shown as written and
// never becomes markup on the page.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EntryCard from '../../src/components/EntryCard.astro';
import PageHeader from '../../src/components/PageHeader.astro';
import { escapeHtml, excerptParts, htmlText } from '../../src/lib/site/html';
import {
  jobDescription,
  jobPostingJsonLd,
  serializeJsonLd,
  type JobSource,
} from '../../src/lib/structured-data/jsonld';

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

describe('text written into HTML by hand', () => {
  it('escapeHtml writes every character that could start markup or end an attribute as a reference', () => {
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });

  it.each(attacks)(
    'a JobPosting without a rendered body describes itself with the escaped summary: %s',
    (attack) => {
      const html = jobDescription(undefined, attack);
      expect(html).toBe(`<p>${escapeHtml(attack)}</p>`);
      expect(html).not.toMatch(/<(?!\/?p>)/);
    },
  );

  it('a JobPosting with a rendered body keeps the body as HTML', () => {
    expect(jobDescription('<p>Een <strong>stage</strong>.</p>', 'Samenvatting')).toBe(
      '<p>Een <strong>stage</strong>.</p>',
    );
    expect(jobDescription('  ', 'A & B')).toBe('<p>A &amp; B</p>');
  });

  it('the JobPosting carries the escaped summary as data, and its JSON-LD cannot close the script element', () => {
    const summary = '</script><script>alert(1)</script>';
    const posting = jobPostingJsonLd(
      {
        title: summary,
        summary,
        publishDate: new Date('2026-01-01T00:00:00Z'),
        deadline: new Date('2099-01-01T00:00:00Z'),
        type: 'stage',
        hours: '32 uur',
        location: 'Hengelo',
      } satisfies JobSource,
      {
        url: 'https://talent.hengelo.nl/kansen/x/',
        language: 'nl-NL',
        identifier: 'x',
        description: jobDescription(undefined, summary),
        employer: { name: summary, website: 'https://www.werkgever.example/' },
      },
      new Date('2026-06-01T00:00:00Z'),
    );
    const text = serializeJsonLd(posting);
    expect(text).not.toContain('<');
    const parsed = JSON.parse(text) as { description: string; title: string };
    expect(parsed.description).toBe('<p>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(parsed.title).toBe(summary);
  });
});

describe('search excerpts', () => {
  it('keeps the marks and decodes the text', () => {
    expect(excerptParts('Een <mark>stage</mark> in Hengelo &amp; Enschede')).toEqual([
      { text: 'Een ', mark: false },
      { text: 'stage', mark: true },
      { text: ' in Hengelo & Enschede', mark: false },
    ]);
  });

  it('shows escaped markup from a page as text, once decoded', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>')[0]).toEqual({
      text: '<img src=x onerror=alert(1)> ',
      mark: false,
    });
  });

  it('leaves a tag that is not a mark as text: it is shown, not parsed', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><mark>hit</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'hit', mark: true },
    ]);
  });

  it('decodes numeric references and leaves unknown ones', () => {
    expect(htmlText('&#106;&#x61;&hellip;&#0;')).toBe('ja&hellip;&#0;');
  });
});
