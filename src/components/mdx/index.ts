/**
 * The components editors can use in an MDX body, passed to `<Content components={…} />`. Their
 * props and what they need are in `src/lib/content/mdx-body.ts`; `docs/redactie.md` shows examples.
 */
import CallToAction from './CallToAction.astro';
import Fact from './Fact.astro';
import FactBox from './FactBox.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';

export const mdxComponents = { Quote, Video, Figure, FactBox, CallToAction, Fact };
