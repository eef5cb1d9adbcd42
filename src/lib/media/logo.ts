/** The Talent Hengelo logo's shapes (40x40 grid), shared by the header and the social images. */
export const LOGO = {
  /** The cog: the maker city. */
  cog: 'M17 2h6l1 5 4 2 4-3 4 4-3 4 2 4 5 1v6l-5 1-2 4 3 4-4 4-4-3-4 2-1 5h-6l-1-5-4-2-4 3-4-4 3-4-2-4-5-1v-6l5-1 2-4-3-4 4-4 4 3 4-2z',
  /** The spark in the middle: new energy. */
  spark: 'M21 13l-6 8h4l-1 6 6-8h-4z',
} as const;
