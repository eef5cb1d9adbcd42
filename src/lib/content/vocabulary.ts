/**
 * The one vocabulary of the Programmaplan Talent. Every list the site knows (programme lines,
 * target groups, age groups, migration moments, opportunity and event types, sectors, levels,
 * story formats) is defined here once, with Dutch and English labels. Content schemas, cards,
 * filters, search filters, the CMS and the tests all read from this module.
 *
 * The ids are also URL query keys/values and search filter names (`?age=18-25&line=werken`):
 * changing an id breaks shared links, so add rather than rename.
 */

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A label in every language the site speaks. */
export type Labels = Record<Locale, string>;

interface Term {
  /** Short label, e.g. on a tag or filter option. */
  label: Labels;
  /** One sentence that explains the term to a visitor. */
  description?: Labels;
  /**
   * The plan's own word, where the visitor's label differs ("Aanwezig talent", "Imago"): shown
   * in "Over het programma" and to editors, and found by search.
   */
  plan?: Labels;
  /**
   * Words people type when they look for this, per language of the search: synonyms, Dutch
   * compounds and the other language's words ("afstuderen", "internship", "vacature"). Site search
   * indexes them with every entry of this kind, next to both labels (`searchWords`).
   */
  search?: Record<Locale, readonly string[]>;
}

/**
 * A vocabulary: an ordered map from id to term, with its ids as a non-empty tuple for z.enum.
 * Marked free of side effects so a browser bundle that imports a module next to this one (the
 * filter reads `facets.ts`) drops the vocabularies it does not use.
 */
/* @__NO_SIDE_EFFECTS__ */
function vocabulary<const Id extends string>(terms: Record<Id, Term>) {
  const ids = Object.keys(terms) as Id[];
  return {
    ids: ids as [Id, ...Id[]],
    terms,
    /** The label of an id in a language. */
    label: (id: Id, locale: Locale): string => terms[id].label[locale],
    /** The plan's word for an id ("Aanwezig talent"), or its label where the two are the same. */
    planLabel: (id: Id, locale: Locale): string => (terms[id].plan ?? terms[id].label)[locale],
    /** Whether a string is one of this vocabulary's ids. */
    has: (value: string): value is Id => Object.hasOwn(terms, value),
    /** What search should find an entry of this kind by: both labels and the term's search words. */
    searchWords: (id: Id, locale: Locale): string[] => {
      const term: Term = terms[id];
      const words = [
        ...locales.map((lang) => term.label[lang]),
        ...(term.plan ? locales.map((lang) => term.plan![lang]) : []),
        ...(term.search?.[locale] ?? []),
      ];
      return [...new Map(words.map((word) => [word.toLowerCase(), word])).values()];
    },
  };
}

export type Vocabulary<Id extends string = string> = ReturnType<typeof vocabulary<Id>>;

/** Programme lines: the four strategic pillars of the plan (chapter 3). */
export const lines = vocabulary({
  wonen: {
    label: { nl: 'Wonen', en: 'Housing' },
    description: {
      nl: 'Een kamer, een huurhuis of een koophuis, en nieuwe manieren van wonen.',
      en: 'A room, a rented or a bought home, and new ways to live.',
    },
  },
  werken: {
    label: { nl: 'Werk', en: 'Work' },
    description: {
      nl: 'Stages, afstudeeropdrachten en banen in de maakstad.',
      en: 'Internships, graduation assignments and jobs in the maker city.',
    },
    plan: { nl: 'Werken', en: 'Work' },
  },
  leven: {
    label: { nl: 'Vrije tijd', en: 'Free time' },
    description: {
      nl: 'Uitgaan, cultuur, sport en mensen ontmoeten.',
      en: 'Going out, culture, sport and meeting people.',
    },
    plan: { nl: 'Leven', en: 'Living' },
  },
  imago: {
    label: { nl: 'Ontdek Twente', en: 'Discover Twente' },
    description: {
      nl: 'Wat Hengelo en Twente je te bieden hebben.',
      en: 'What Hengelo and Twente have to offer you.',
    },
    plan: { nl: 'Imago', en: 'Image' },
  },
});
export type LineId = (typeof lines.ids)[number];

/** Target groups (segments) of the plan (section 1.4). */
export const segments = vocabulary({
  'aanwezig-talent': {
    label: { nl: 'Al in Twente', en: 'Already in Twente' },
    description: {
      nl: 'Je woont, studeert of werkt al in Twente.',
      en: 'You already live, study or work in Twente.',
    },
    plan: { nl: 'Aanwezig talent', en: 'Talent in Twente' },
  },
  hunkertukker: {
    label: { nl: 'Hunkertukker', en: 'Hunkertukker' },
    description: {
      nl: 'Je komt uit Twente en woont nu ergens anders.',
      en: 'You grew up in Twente and live somewhere else now.',
    },
    search: { nl: ['terugkomen', 'terugkeren', 'terug naar twente'], en: ['coming back', 'moving back', 'returner'] },
  },
  'nieuw-talent': {
    label: { nl: 'Nieuw in Twente', en: 'New to Twente' },
    description: {
      nl: 'Je hebt nog geen band met Twente, of je komt uit het buitenland.',
      en: 'You have no tie with Twente yet, or you come from abroad.',
    },
    plan: { nl: 'Nieuw talent', en: 'New talent' },
  },
});
export type SegmentId = (typeof segments.ids)[number];

/** Age groups, as the plan splits its target group. */
export const ages = vocabulary({
  '4-18': {
    label: { nl: 'Scholieren', en: 'School pupils' },
    description: { nl: 'Je zit nog op school.', en: 'You are still at school.' },
    plan: { nl: '4-18 jaar', en: 'Ages 4-18' },
  },
  '18-25': {
    label: { nl: '18-25 jaar', en: 'Ages 18-25' },
    description: { nl: 'Studenten', en: 'Students' },
  },
  '25-30': {
    label: { nl: '25-30 jaar', en: 'Ages 25-30' },
    description: { nl: '(Young) professionals', en: '(Young) professionals' },
  },
  '30-35': {
    label: { nl: '30-35 jaar', en: 'Ages 30-35' },
    description: { nl: '(Young) professionals', en: '(Young) professionals' },
  },
});
export type AgeId = (typeof ages.ids)[number];

/** Migration moments: when talent moves, and the plan can influence the choice. */
export const moments = vocabulary({
  studie: {
    label: { nl: 'Gaan studeren', en: 'Going to study' },
    description: { nl: 'Je verhuist voor een studie.', en: 'You move for a course.' },
    plan: { nl: 'Studiemigratie', en: 'Moving to study' },
  },
  baan: {
    label: { nl: 'Een nieuwe baan', en: 'A new job' },
    description: {
      nl: 'Je verhuist voor een nieuwe baan of een volgende stap in je werk.',
      en: 'You move for a new job or the next step in your career.',
    },
    plan: { nl: 'Baanmigratie', en: 'Moving for work' },
  },
  settle: {
    label: { nl: 'Een thuis vinden', en: 'Settling down' },
    description: {
      nl: 'Je wilt na je studie of eerste baan ergens blijven wonen.',
      en: 'After your studies or first job, you want to stay somewhere for good.',
    },
    plan: { nl: 'Settlemigratie', en: 'Settling for good' },
  },
});
export type MomentId = (typeof moments.ids)[number];

/** Kinds of opportunity for students and young professionals. */
export const opportunityTypes = vocabulary({
  stage: {
    label: { nl: 'Stage', en: 'Internship' },
    search: {
      nl: ['stageplaats', 'stageplek', 'meeloopstage', 'werkervaringsplek', 'intern'],
      en: ['placement', 'intern', 'stageplaats'],
    },
  },
  afstudeeropdracht: {
    label: { nl: 'Afstudeeropdracht', en: 'Graduation assignment' },
    search: {
      nl: ['afstuderen', 'afstudeerstage', 'afstudeerproject', 'scriptie', 'graduation', 'thesis'],
      en: ['graduation project', 'thesis', 'final project', 'afstuderen', 'afstudeerstage', 'scriptie'],
    },
  },
  traineeship: {
    label: { nl: 'Traineeship', en: 'Traineeship' },
    search: {
      nl: ['trainee', 'traineeprogramma', 'starter', 'startersfunctie', 'graduate programme'],
      en: ['trainee', 'graduate programme', 'graduate program', 'starter'],
    },
  },
  baan: {
    label: { nl: 'Baan', en: 'Job' },
    search: {
      nl: ['banen', 'vacature', 'vacatures', 'functie', 'vaste baan', 'vacancy', 'career'],
      en: ['vacancy', 'vacancies', 'position', 'career', 'vacature', 'baan'],
    },
  },
  leerwerktraject: {
    label: { nl: 'Leerwerktraject', en: 'Work-study programme' },
    search: {
      nl: ['werkstudent', 'werkend leren', 'bbl', 'leerbaan', 'apprenticeship', 'work-study'],
      en: ['work-study', 'working student', 'apprenticeship', 'bbl', 'werkstudent', 'werkend leren'],
    },
  },
});
export type OpportunityTypeId = (typeof opportunityTypes.ids)[number];

/** Sectors; techniek and zorg are the plan's sectors with staff shortages. */
export const sectors = vocabulary({
  techniek: { label: { nl: 'Techniek', en: 'Engineering & technology' } },
  zorg: { label: { nl: 'Zorg', en: 'Care' } },
  ict: { label: { nl: 'ICT', en: 'IT' } },
  onderwijs: { label: { nl: 'Onderwijs', en: 'Education' } },
  overheid: { label: { nl: 'Overheid', en: 'Government' } },
  creatief: { label: { nl: 'Creatieve sector', en: 'Creative industries' } },
  overig: { label: { nl: 'Overig', en: 'Other' } },
});
export type SectorId = (typeof sectors.ids)[number];

/** Size bands of an employer, by the number of people who work there. */
export const employerSizes = vocabulary({
  '1-9': { label: { nl: '1-9 mensen', en: '1-9 people' } },
  '10-49': { label: { nl: '10-49 mensen', en: '10-49 people' } },
  '50-249': { label: { nl: '50-249 mensen', en: '50-249 people' } },
  '250-plus': { label: { nl: '250 of meer mensen', en: '250 or more people' } },
});
export type EmployerSizeId = (typeof employerSizes.ids)[number];

/** The languages people work in at an employer (one or both). */
export const workingLanguages = vocabulary({
  nl: {
    label: { nl: 'Nederlands', en: 'Dutch' },
    search: { nl: ['Nederlandstalig'], en: ['Dutch-speaking'] },
  },
  en: {
    label: { nl: 'Engels', en: 'English' },
    search: { nl: ['Engelstalig', 'English'], en: ['English-speaking', 'Engels'] },
  },
});
export type WorkingLanguageId = (typeof workingLanguages.ids)[number];

/** The working language of one opportunity: Dutch, English, or both. */
export const opportunityLanguages = vocabulary({
  nl: { label: { nl: 'Nederlands', en: 'Dutch' } },
  en: { label: { nl: 'Engels', en: 'English' } },
  both: { label: { nl: 'Nederlands en Engels', en: 'Dutch and English' } },
});
export type OpportunityLanguageId = (typeof opportunityLanguages.ids)[number];

/** The working languages an opportunity's working language stands for (both: Dutch and English). */
export function languagesOf(language: OpportunityLanguageId): WorkingLanguageId[] {
  return language === 'both' ? ['nl', 'en'] : [language];
}

/** Education levels. */
export const levels = vocabulary({
  mbo: { label: { nl: 'mbo', en: 'MBO (vocational)' } },
  hbo: { label: { nl: 'hbo', en: 'HBO (applied sciences)' } },
  wo: { label: { nl: 'wo', en: 'WO (university)' } },
});
export type LevelId = (typeof levels.ids)[number];

/** Kinds of event the plan organises or names. */
export const eventTypes = vocabulary({
  talenttop: { label: { nl: 'TalentTop', en: 'TalentTop' } },
  talkshow: {
    label: { nl: 'Talkshow', en: 'Talk show' },
    search: { nl: ['talk show', 'gesprek'], en: ['talkshow', 'panel'] },
  },
  netwerkborrel: {
    label: { nl: 'Netwerkborrel', en: 'Networking drinks' },
    search: { nl: ['borrel', 'netwerken', 'networking', 'meetup'], en: ['networking', 'meetup', 'borrel'] },
  },
  matchmaking: {
    label: { nl: 'Matchmaking', en: 'Matchmaking' },
    search: { nl: ['speeddate', 'kennismaken'], en: ['speed dating'] },
  },
  bedrijfsbezoek: {
    label: { nl: 'Bedrijfsbezoek', en: 'Company visit' },
    search: { nl: ['excursie', 'rondleiding', 'company visit'], en: ['company tour', 'bedrijfsbezoek'] },
  },
  festival: { label: { nl: 'Festival', en: 'Festival' } },
  workshop: {
    label: { nl: 'Workshop', en: 'Workshop' },
    search: { nl: ['cursus', 'training'], en: ['course', 'training'] },
  },
});
export type EventTypeId = (typeof eventTypes.ids)[number];

/** Event series: events that belong together and share a page in the agenda (plan, 6.2). */
export const eventSeries = vocabulary({
  talenttop: {
    label: { nl: 'TalentTop', en: 'TalentTop' },
    description: {
      nl: 'Bij een TalentTop ontmoet je andere jonge mensen, bedrijven, scholen en de gemeente, steeds over een ander onderwerp. Denk aan netwerkborrels en themabijeenkomsten, matchmaking tussen bedrijven en jou, en een jaarlijks evenement met optredens, kunst en workshops.',
      en: 'At a TalentTop you meet other young people, companies, schools and the municipality, on a different topic each time. Think of networking drinks and themed meetings, matchmaking between companies and you, and a yearly event with performances, art and workshops.',
    },
  },
});
export type EventSeriesId = (typeof eventSeries.ids)[number];

/** Story formats. */
export const storyFormats = vocabulary({
  artikel: {
    label: { nl: 'Artikel', en: 'Article' },
    search: { nl: ['verhaal', 'interview'], en: ['story', 'interview'] },
  },
  video: {
    label: { nl: 'Video-interview', en: 'Video interview' },
    search: { nl: ['video', 'film', 'interview'], en: ['video', 'film', 'interview'] },
  },
  terugkeer: {
    label: { nl: 'Terugkeerverhaal', en: 'Return story' },
    search: {
      nl: ['terugkeer', 'terugkomen', 'terugverhuizen', 'return'],
      en: ['return', 'moving back', 'returner', 'terugkeer'],
    },
  },
});
export type StoryFormatId = (typeof storyFormats.ids)[number];

/** ON-brand entries go in the shop window; OFF-brand entries are never published (plan, 3.5). */
export const brands = vocabulary({
  on: { label: { nl: 'ON-brand', en: 'On-brand' } },
  off: { label: { nl: 'OFF-brand', en: 'Off-brand' } },
});
export type BrandId = (typeof brands.ids)[number];

/** Whether an event is still to come or has been (a filter on the agenda; depends on the build date). */
export const eventTimes = vocabulary({
  komend: { label: { nl: 'Komend', en: 'Upcoming' } },
  geweest: { label: { nl: 'Geweest', en: 'Past' } },
});
export type EventTimeId = (typeof eventTimes.ids)[number];

/**
 * Where a visitor stands in school and work: the second question of the path finder ("Kies je
 * pad"). What each stage means in facets (age groups, and a student's education level) is in
 * src/lib/discovery/pathfinder.ts.
 */
export const stages = vocabulary({
  scholier: {
    label: { nl: 'Scholier', en: 'School pupil' },
    description: {
      nl: 'Je zit op de basisschool of de middelbare school.',
      en: 'You are in primary or secondary school.',
    },
  },
  'student-mbo': {
    label: { nl: 'Student mbo', en: 'MBO student' },
    description: {
      nl: 'Je volgt een mbo-opleiding, bijvoorbeeld bij ROC van Twente.',
      en: 'You follow a vocational (MBO) course, for example at ROC van Twente.',
    },
  },
  'student-hbo': {
    label: { nl: 'Student hbo', en: 'HBO student' },
    description: {
      nl: 'Je studeert aan een hogeschool, bijvoorbeeld Saxion.',
      en: 'You study at a university of applied sciences (HBO), for example Saxion.',
    },
  },
  'student-wo': {
    label: { nl: 'Student wo', en: 'University student' },
    description: {
      nl: 'Je studeert aan een universiteit, bijvoorbeeld de Universiteit Twente.',
      en: 'You study at a research university (WO), for example the University of Twente.',
    },
  },
  starter: {
    label: { nl: 'Starter', en: 'Starting out' },
    description: {
      nl: 'Je bent klaar met je opleiding en zoekt je eerste baan, of hebt die net.',
      en: 'You have finished your studies and look for your first job, or just started one.',
    },
  },
  professional: {
    label: { nl: 'Professional', en: 'Professional' },
    description: {
      nl: 'Je werkt al een paar jaar.',
      en: 'You have been working for a few years.',
    },
  },
});
export type StageId = (typeof stages.ids)[number];

/**
 * What a visitor is looking for: the last question of the path finder ("Kies je pad"). Which
 * goals a stage is offered, and which items each goal shows, is in src/lib/discovery/pathfinder.ts.
 */
export const goals = vocabulary({
  studeren: {
    label: { nl: 'Ontdekken wat je wilt leren', en: 'Find out what to study' },
    description: {
      nl: 'Opleidingen, beroepen en bedrijven leren kennen.',
      en: 'Get to know courses, jobs and companies.',
    },
  },
  stage: {
    label: { nl: 'Een stage of afstudeeropdracht', en: 'An internship or graduation assignment' },
    description: {
      nl: 'Bij een bedrijf of organisatie in de regio, op jouw niveau.',
      en: 'With a company or organisation in the region, at your level.',
    },
  },
  werken: {
    label: { nl: 'Werk', en: 'Work' },
    description: {
      nl: 'Een baan, traineeship of leerwerktraject.',
      en: 'A job, traineeship or work-study programme.',
    },
  },
  wonen: {
    label: { nl: 'Een plek om te wonen', en: 'A place to live' },
    description: {
      nl: 'Verhalen en bijeenkomsten over wonen in Hengelo.',
      en: 'Stories and meetings about living in Hengelo.',
    },
  },
  doen: {
    label: { nl: 'Iets leuks doen', en: 'Things to do' },
    description: {
      nl: 'Cultuur, sport, uitgaan en mensen ontmoeten.',
      en: 'Culture, sport, going out and meeting people.',
    },
  },
});
export type GoalId = (typeof goals.ids)[number];

/**
 * The units a fact (content/facts/) is given in, with the words shown after the value. `euro…`
 * values are shown as amounts (€ 568.161); `ja-nee` facts hold true or false.
 */
export const factUnits = vocabulary({
  euro: { label: { nl: 'euro', en: 'euro' } },
  'euro-per-maand': { label: { nl: 'euro per maand', en: 'euro a month' } },
  minuten: { label: { nl: 'minuten', en: 'minutes' } },
  'uur-minuten': { label: { nl: 'uur', en: 'hours' } },
  dagen: { label: { nl: 'dagen', en: 'days' } },
  maanden: { label: { nl: 'maanden', en: 'months' } },
  procent: { label: { nl: 'procent', en: 'per cent' } },
  km: { label: { nl: 'kilometer', en: 'kilometres' } },
  'treinen-per-uur': { label: { nl: 'treinen per uur', en: 'trains an hour' } },
  'treinen-per-dag': { label: { nl: 'treinen per dag', en: 'trains a day' } },
  'reizigers-per-dag': { label: { nl: 'reizigers per dag', en: 'passengers a day' } },
  banen: { label: { nl: 'banen', en: 'jobs' } },
  'ja-nee': { label: { nl: 'ja of nee', en: 'yes or no' } },
});
export type FactUnitId = (typeof factUnits.ids)[number];
