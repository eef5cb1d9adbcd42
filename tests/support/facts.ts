/**
 * The facts of a content folder, read as the build reads them (YAML, the same contract), and the
 * numbers a page shows outside them: the figure test (tests/dist/facts.test.ts) uses both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { htmlToHast } from 'satteri';
import type { FactData } from '../../src/lib/content/schemas';
import { validateEntry } from '../../src/lib/content/validation';
import type { Fact } from '../../src/lib/facts/lookup';

/** Every fact of a content folder (none when it has no content/facts/). */
export function factsIn(content: string): Fact[] {
  const dir = join(content, 'facts');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const result = validateEntry('facts', join(dir, name), load(readFileSync(join(dir, name), 'utf8')));
    if (!result.ok) throw new Error(result.message);
    return { id: name.replace(/\.ya?ml$/, ''), data: result.data as FactData };
  });
}

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

/**
 * What a page may show with digits outside a fact: the municipality's phone number, and the
 * names of rules that carry a number in their name (the amount itself is a fact).
 */
export const ALLOWED_NUMBERS = ['14074', '30%-regeling', '30% ruling'] as const;

/** The elements of the main text with a `data-fact` attribute: where the figures come from. */
export function factElements(html: string): { id: string; text: string; links: string[] }[] {
  const out: { id: string; text: string; links: string[] }[] = [];
  const walk = (node: Node) => {
    const id = node.properties?.dataFact;
    if (typeof id === 'string') {
      const links: string[] = [];
      const collect = (inner: Node) => {
        if (inner.tagName === 'a' && typeof inner.properties?.href === 'string')
          links.push(inner.properties.href);
        inner.children?.forEach(collect);
      };
      collect(node);
      out.push({ id, text: textOf(node), links });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(htmlToHast(html) as unknown as Node);
  return out;
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The numbers in a page's main text that no fact gives: every run of digits outside an element
 * with `data-fact`, a `<time>` (a date the page states about itself) or `data-allowed-number`,
 * once the allowed names and numbers are taken out. Each with a little text around it.
 */
export function strayNumbers(html: string): string[] {
  const parts: string[] = [];
  const walk = (node: Node, inMain: boolean) => {
    const main = inMain || node.tagName === 'main';
    if (node.properties?.dataFact !== undefined || node.properties?.dataAllowedNumber !== undefined) {
      parts.push(' ');
      return;
    }
    if (node.tagName === 'time' || node.tagName === 'script' || node.tagName === 'style') return;
    if (node.type === 'text' && main) parts.push(node.value ?? '');
    node.children?.forEach((child) => walk(child, main));
    if (node.tagName && /^(p|li|h\d|div|section|td|th|dd|dt)$/.test(node.tagName)) parts.push('\n');
  };
  walk(htmlToHast(html) as unknown as Node, false);
  let text = parts.join('');
  for (const allowed of ALLOWED_NUMBERS) text = text.split(allowed).join(' ');
  return [...text.matchAll(/\S*\d[\d.,:]*\S*/g)].map((match) => {
    const at = match.index ?? 0;
    return text
      .slice(Math.max(0, at - 30), at + match[0].length + 30)
      .replace(/\s+/g, ' ')
      .trim();
  });
}
