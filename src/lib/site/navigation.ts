/** The main navigation: the sections a visitor moves between, in order. */
import type { Section } from '../routing/routes';

export const mainNavigation = [
  'stories',
  'opportunities',
  'employers',
  'events',
] as const satisfies readonly Section[];
