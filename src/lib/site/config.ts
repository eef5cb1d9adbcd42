/**
 * The site's own contact details, set in one place: the footer, the contact page and the guides
 * read them from here. The municipality changes them here when it goes live (docs/architecture.md).
 */
export const siteConfig = {
  /** The programme's functional e-mail address (a team mailbox, not a person's). */
  contactEmail: 'talent@hengelo.nl',
  /** The municipality's general number (say "Hengelo" after the beep). */
  municipalityPhone: '14074',
} as const;
