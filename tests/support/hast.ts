/** A built page as a browser parses it (Sätteri's hast), and the walks the build tests use. */
import { htmlToHast } from 'satteri';

export interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
  value?: string;
  content?: Element;
}

/** Every element under `node`, a `<template>`'s content included, in document order. */
export function elements(node: Element, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  node.children?.forEach((child) => elements(child, out));
  if (node.content) elements(node.content, out);
  return out;
}

/** Every element of an HTML document. */
export function pageElements(html: string): Element[] {
  return elements(htmlToHast(html) as unknown as Element);
}

/** The text of a node. */
export function text(node: Element): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}
