/**
 * Dutch interface text. The shape of this object is the dictionary type: `en.ts` must have
 * exactly the same keys, so a missing translation is a type error.
 */
export const nl = {
  site: {
    name: 'Talent Hengelo',
    tagline: 'Maakstad met talent',
    owner: 'Gemeente Hengelo',
    description:
      'Stages, banen, verhalen en evenementen voor jong talent in Hengelo en Twente. Een initiatief van de gemeente Hengelo.',
  },
  a11y: {
    skip: 'Ga naar de inhoud',
    mainNav: 'Hoofdmenu',
    footerNav: 'Over deze site',
    breadcrumb: 'Kruimelpad',
    languageSwitch: 'Taal',
    opensExternal: '(externe website)',
    tags: 'Onderwerpen',
  },
  nav: {
    home: 'Home',
    stories: 'Verhalen',
    events: 'Agenda',
    opportunities: 'Kansen',
    programme: 'Programma',
    forYou: 'Voor jou',
    accessibility: 'Toegankelijkheid',
    privacy: 'Privacy',
  },
  lang: {
    switchTo: 'English',
    switchLabel: 'Read this page in English',
    name: 'Nederlands',
  },
  home: {
    title: 'Blijf, kom terug of ontdek Twente',
    heroTitle: 'Jouw toekomst maak je in Hengelo',
    heroText:
      'Hengelo is de maakstad met techniek in de groene technologische regio Twente. Hier vind je stages, banen, verhalen en evenementen voor jong talent.',
    pathTitle: 'Waar sta jij?',
    pathText: 'Kies wat bij je past. Dan zie je verhalen, kansen en evenementen voor jou.',
    videoTitle: 'Video van de maand',
    featuredTitle: 'Verhalen uit Hengelo',
    eventsTitle: 'Binnenkort',
    opportunitiesTitle: 'Nieuwe kansen',
    linesTitle: 'Wat Hengelo doet voor talent',
    linesText: 'Het Programma Talent werkt langs vier lijnen: wonen, werken, leven en imago.',
  },
  segmentCta: {
    'aanwezig-talent': 'Ik woon, studeer of werk in Twente',
    hunkertukker: 'Ik kom uit Twente en woon nu ergens anders',
    'nieuw-talent': 'Ik ken Twente nog niet',
  },
  listing: {
    storiesTitle: 'Verhalen',
    storiesIntro:
      'Jonge mensen vertellen waarom ze in Hengelo en Twente wonen, werken en leven. Of waarom ze terugkwamen.',
    eventsTitle: 'Agenda',
    eventsIntro:
      'TalentTops, netwerkborrels, bedrijfsbezoeken en meer: evenementen voor jong talent in Hengelo.',
    opportunitiesTitle: 'Kansen',
    opportunitiesIntro:
      'Stages, afstudeeropdrachten, traineeships, banen en leerwerktrajecten in Hengelo en Twente.',
    upcoming: 'Komende evenementen',
    past: 'Geweest',
    noUpcoming: 'Er staan nu geen evenementen gepland. Kijk later nog eens.',
    empty: 'Hier staat nog niets.',
    count: (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`),
    all: 'Bekijk alles',
    allStories: 'Alle verhalen',
    allEvents: 'Hele agenda',
    allOpportunities: 'Alle kansen',
  },
  entry: {
    published: 'Gepubliceerd',
    updated: 'Bijgewerkt',
    lines: 'Programmalijn',
    segments: 'Voor wie',
    ages: 'Leeftijd',
    moments: 'Moment',
    format: 'Soort verhaal',
    related: 'Meer verhalen',
    back: 'Terug naar overzicht',
  },
  story: {
    watch: 'Bekijk de video',
    watchOn: (host: string) => `Bekijk de video op ${host}`,
    duration: 'Duur',
    transcript: 'Lees wat er gezegd wordt',
    returnTitle: 'Terug naar Twente',
    returnFrom: 'Woonde in',
    returnAway: 'Weg',
    returnWhy: 'Waarom terug',
  },
  event: {
    when: 'Wanneer',
    where: 'Waar',
    organiser: 'Organisatie',
    audience: 'Voor wie',
    price: 'Kosten',
    free: 'Gratis',
    register: 'Aanmelden',
    map: 'Bekijk op de kaart (OpenStreetMap)',
    past: 'Dit evenement is geweest.',
    cancelled: 'Dit evenement gaat niet door.',
    postponed: 'Dit evenement is uitgesteld.',
    type: 'Soort evenement',
  },
  opportunity: {
    type: 'Soort',
    sector: 'Sector',
    levels: 'Niveau',
    employer: 'Organisatie',
    location: 'Plaats',
    hours: 'Uren',
    compensation: 'Vergoeding',
    start: 'Start',
    startByArrangement: 'In overleg',
    deadline: 'Reageren tot en met',
    apply: 'Reageer nu',
    closed: 'Deze kans is gesloten: de reactietermijn is voorbij.',
  },
  programme: {
    vision: 'Onze visie',
    budgetTitle: 'Het budget',
    budgetIntro: (total: string) =>
      `Voor het programma is ${total} beschikbaar uit de reserve aanjaagbudget talentopgave. Zo is het verdeeld:`,
    budgetCaption: 'Budget per programmalijn en jaar, in euro',
    budgetTotal: 'Totaal',
    budgetLine: 'Onderdeel',
    cooperation: 'Samenwerking',
    criteriaTitle: 'De TALENT-criteria',
    criteriaIntro: 'Elke nieuwe activiteit toetsen we aan zes criteria. Samen vormen ze het woord TALENT.',
    partnersTitle: 'Samen met',
    linesTitle: 'De vier programmalijnen',
    source: 'Bron',
    ambition: 'Ambitie voor 2050',
    results: 'Daar dragen we aan bij',
    stimulates: 'Daarvoor brengen we mensen en partijen samen',
    activities: 'Wat we gaan doen',
    budgetPerYear: 'Budget per jaar',
    tagged: 'Verhalen, evenementen en kansen',
  },
  profile: {
    aim: 'Doel',
    tie: 'Band met Twente',
    subgroups: 'Wie zijn het?',
    question: 'Onze vraag',
    moments: 'Belangrijke momenten',
    returnStories: 'Terugkeerverhalen',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is de pagina verplaatst of is de link niet goed. Probeer een van deze pagina’s:',
  },
  footer: {
    initiative:
      'Talent Hengelo is een initiatief van de gemeente Hengelo, in het kader van het Programmaplan Talent.',
    contact: 'Vragen? Mail naar',
  },
  agenda: {
    archiveTitle: 'Archief',
    archiveIntro: 'Evenementen die al geweest zijn, de nieuwste eerst.',
    toArchive: 'Bekijk evenementen die al geweest zijn',
    noPast: 'Er zijn nog geen evenementen geweest.',
    addToCalendar: 'Zet in je agenda',
    calendarFile: '(.ics-bestand)',
    subscribeTitle: 'Altijd de nieuwste agenda',
    subscribeText:
      'Abonneer je op de agenda in je agenda-app. Nieuwe evenementen en wijzigingen komen er dan vanzelf in.',
    subscribe: 'Abonneer je op de agenda',
    subscribeCopy:
      'Werkt de knop niet? Voeg dan in je agenda-app dit adres toe (in Google Agenda: "Via URL"):',
    feedName: 'Talent Hengelo: agenda',
    feedDescription: 'Komende evenementen voor jong talent in Hengelo.',
    cancelled: 'Gaat niet door',
    postponed: 'Uitgesteld',
    series: 'Reeks',
    seriesLink: (name: string) => `Alle evenementen van de ${name}`,
    seriesUpcoming: 'Binnenkort',
    seriesPast: 'Geweest',
    seriesNone: 'Er staat nu niets gepland. Kijk later nog eens.',
    yearly: 'Elk jaar terug',
    otherYears: 'Andere jaren',
    moreOn: 'Meer informatie',
  },
  careers: {
    countOne: '1 open kans',
    countOther: '{n} open kansen',
    noneOpen: 'Er zijn nu geen open kansen. Kijk later nog eens.',
    closedSimilar: 'Hieronder staan vergelijkbare kansen die nog open zijn.',
    similarTitle: 'Vergelijkbare kansen die nog open zijn',
    rssTitle: 'Talent Hengelo: open kansen',
    rssDescription:
      'Stages, afstudeeropdrachten, traineeships, banen en leerwerktrajecten in Hengelo en Twente.',
    rssLink: 'Volg nieuwe kansen via RSS',
    deadlineOn: (date: string) => `Reageren tot en met ${date}.`,
  },
  video: {
    play: 'Speel de video af',
    playerTitle: (title: string, host: string) => `${host}-speler: ${title}`,
    privacy: (host: string) =>
      `De video staat bij ${host}. Pas als je op afspelen drukt, maakt je browser contact met ${host}.`,
    archiveTitle: 'Alle video-interviews',
    archiveIntro:
      'Elke maand vertelt een jonge professional waarom hij of zij in Hengelo woont en werkt. Hier staan alle video’s, per maand.',
    archiveLink: 'Alle video-interviews',
    count: (n: number) => (n === 1 ? '1 video' : `${n} video’s`),
  },
  share: {
    title: 'Deel dit',
    whatsapp: 'WhatsApp',
    linkedin: 'LinkedIn',
    email: 'E-mail',
    copy: 'Kopieer de link',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Kopieer de link uit de adresbalk.',
    imageAlt: (title: string) => `${title}, Talent Hengelo`,
  },
  mdx: {
    factBox: 'Goed om te weten',
  },
  admin: {
    title: 'Redactie | Talent Hengelo',
    noscript: 'De redactie werkt alleen met JavaScript aan. Zet JavaScript aan in je browser.',
  },
  feed: {
    title: 'Verhalen van Talent Hengelo',
    link: 'Verhalen (RSS-feed)',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The dictionary type every language implements. */
export type Dictionary = Widen<typeof nl>;
