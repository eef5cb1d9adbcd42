/** Valid entries for unit tests, as frontmatter data: each test changes the one field it is about. */

/** A valid article story. */
export const articleStory = {
  title: 'Anouk',
  summary: 'Anouk werkt als trainee.',
  lang: 'nl',
  publishDate: '2026-11-18',
  lines: ['werken'],
  ages: ['25-30'],
  segments: ['nieuw-talent'],
  brand: 'on',
  format: 'artikel',
  hero: { src: '../../images/portret-3.jpg', alt: 'Illustratie van een persoon met laptop.' },
};

/** A valid video interview (without its `video` group where a test builds its own). */
export const videoStory = {
  ...articleStory,
  title: 'Sanne bouwt robots',
  summary: 'Sanne vertelt.',
  publishDate: '2026-12-02',
  hero: { src: '../../images/portret-5.jpg', alt: 'Illustratie: persoon bij een microfoon.' },
  format: 'video',
  person: { name: 'Sanne de Vries', role: 'Robotbouwer bij een maakbedrijf' },
};
