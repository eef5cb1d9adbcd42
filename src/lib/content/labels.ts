/**
 * What each field is called on the editor's screen, in Dutch, with the short hint under it: one
 * table per field path (`title`, `hero.alt`, `subgroups[].name`). The CMS configuration is made
 * from the schemas and this table (`../cms/config.ts`), and the build's messages name a field by
 * the same label (`fieldLabel`), so an editor finds in the form the field a message is about.
 *
 * Besides the words, a field can say:
 * - `translate`: the English file has its own text, and the English form asks for it. Every other
 *   field is shared: the CMS copies the Dutch value into the English file and shows it read-only.
 * - `options`: Dutch labels for a choice that is not in the vocabulary (`./vocabulary.ts` has the
 *   labels of the others).
 * - `initial`: the value the CMS fills in on a new entry, where the schema itself has no default.
 * - `fixed`: the CMS shows the value but does not let it be changed (a target group's id).
 *
 * `tests/unit/cms-config.test.ts` fails when a schema field has no label here, or this table names
 * a field no schema has.
 *
 * Plain data: the CMS bundles this module for the browser.
 */
import type { Locale } from './vocabulary';

export interface FieldText {
  /** The label above the field, as the CMS shows it. */
  label: string;
  /** One or two short sentences under the field. */
  hint: string;
  translate?: true;
  options?: Record<string, string>;
  initial?: string | number | boolean;
  fixed?: true;
}

/** The collections the labels are for (the schemas' names, `./schemas/index.ts`). */
export type LabelledCollection =
  'stories' | 'events' | 'opportunities' | 'employers' | 'profiles' | 'lines' | 'programme' | 'pages' | 'facts';

/** As an `initial` value: the day the editor opens a new entry, in Hengelo (`../cms/runtime.ts`). */
export const TODAY = '{{today}}';

const DATE_HINT = 'Schrijf dag-maand-jaar, zoals 18-03-2026.';
const TIME_HINT = 'Datum en tijd in Hengelo: dag-maand-jaar uur:minuut, zoals 11-03-2027 15:00.';
const ALT_HINT =
  'Beschrijf in één zin wat er te zien is, voor wie de afbeelding niet kan zien. Geen "afbeelding van"; wel "Illustratie:" bij een tekening. Bijvoorbeeld: Illustratie: persoon met bouwhelm voor een fabriekshal.';
const IMAGE_HINT =
  'Klik op Bladeren en kies een afbeelding, of sleep er een nieuwe heen. Vul daarna hieronder de alt-tekst in.';

/** Fields that several collections share, under the same name. */
const SHARED: Record<string, FieldText> = {
  title: { label: 'Titel', hint: 'De kop van de pagina.', translate: true },
  summary: {
    label: 'Samenvatting',
    hint: 'Eén of twee zinnen voor kaarten, zoekresultaten en sociale media.',
    translate: true,
  },
  lang: { label: 'Taal', hint: 'Vult het beheerprogramma zelf in: de map nl/ of en/.' },
  publishDate: {
    label: 'Publicatiedatum',
    hint: `Vanaf deze dag staat het op de site; een dag in de toekomst plant het in. ${DATE_HINT}`,
    initial: TODAY,
  },
  lines: { label: 'Programmalijnen', hint: 'Waar gaat het over? Kies er minstens één.' },
  ages: { label: 'Leeftijdsgroepen', hint: 'Voor wie is het? Kies er minstens één.' },
  segments: { label: 'Doelgroepen', hint: 'Kies er minstens één.' },
  moments: { label: 'Migratiemomenten', hint: 'Mag leeg blijven.' },
  brand: {
    label: 'Merk',
    hint: 'Alleen ON-brand komt op de site. OFF-brand komt nooit online.',
    initial: 'on',
  },
  draft: { label: 'Concept', hint: 'Aan: het stuk komt nog niet online. Zet het uit als alles klaar is.' },
  featured: {
    label: 'Uitgelicht',
    hint: 'Aan: groot op de homepage en de doelgroeppagina’s. Alleen voor ON-brand.',
  },
  hero: { label: 'Hoofdafbeelding', hint: 'De grote afbeelding bovenaan de pagina en op kaarten.' },
  'hero.src': { label: 'Afbeelding', hint: IMAGE_HINT },
  'hero.alt': { label: 'Alt-tekst', hint: ALT_HINT, translate: true },
  order: { label: 'Volgorde', hint: 'De plaats op de site: 1 komt eerst.' },
};

/** Fields of one collection, or shared names that mean something else there. */
const OWN: Record<LabelledCollection, Record<string, FieldText>> = {
  stories: {
    title: {
      label: 'Titel',
      hint: 'De kop boven het verhaal. Zet er geen "Video van de maand" voor: dat doet de site zelf.',
      translate: true,
    },
    format: {
      label: 'Soort verhaal',
      hint: 'Video-interview: vul ook Persoon en Video in. Terugkeerverhaal: vul ook Terugkeer in.',
    },
    person: { label: 'Persoon', hint: 'Over wie het verhaal gaat. Nodig bij een video-interview.' },
    'person.name': { label: 'Naam', hint: 'Voor- en achternaam, zoals ze op de site komen.' },
    'person.role': {
      label: 'Rol of baan',
      hint: 'Bijvoorbeeld: Robotbouwer bij een maakbedrijf.',
      translate: true,
    },
    'person.age': { label: 'Leeftijd', hint: 'In jaren. Mag leeg blijven.' },
    employers: {
      label: 'Werkgevers',
      hint: 'Komt een werkgever van de site in het verhaal voor? Kies hem: dan staat het verhaal op zijn pagina. Mag leeg blijven.',
    },
    quote: {
      label: 'Citaat',
      hint: 'Eén zin van de persoon, groot op de pagina. Zonder aanhalingstekens. Mag leeg blijven.',
      translate: true,
    },
    askMe: {
      label: 'Vraag het …',
      hint: 'Mag leeg blijven. Alleen als de persoon dat wil: een e-mailadres of LinkedIn-pagina (https://www.linkedin.com/in/…). De site toont "Vraag het" met de naam bij Persoon.',
    },
    video: { label: 'Video', hint: 'Nodig bij een video-interview.' },
    'video.url': {
      label: 'Link naar de video',
      hint: 'Plak de link van YouTube of Vimeo, zoals https://youtu.be/… of https://vimeo.com/…',
    },
    'video.duration': { label: 'Duur', hint: 'Minuten:seconden, zoals 4:12.' },
    'video.poster': {
      label: 'Posterafbeelding',
      hint: 'Mag leeg blijven: dan toont de site de hoofdafbeelding voor het afspelen.',
    },
    'video.poster.src': { label: 'Afbeelding', hint: IMAGE_HINT },
    'video.poster.alt': { label: 'Alt-tekst', hint: ALT_HINT, translate: true },
    'video.captions': {
      label: 'Ondertitels',
      hint: 'Alleen bij een eigen videobestand: /videos/naam.nl.vtt. Bij YouTube en Vimeo leeg laten.',
    },
    'video.transcript': {
      label: 'Uitgeschreven tekst',
      hint: 'Alles wat er in de video gezegd wordt, voor wie niet kan horen of kijken. Een lege regel begint een nieuwe alinea.',
      translate: true,
    },
    return: { label: 'Terugkeer', hint: 'Alleen bij een terugkeerverhaal.' },
    'return.from': { label: 'Woonde in', hint: 'Bijvoorbeeld: Amsterdam.', translate: true },
    'return.away': { label: 'Hoe lang weg', hint: 'Bijvoorbeeld: 8 jaar.', translate: true },
    'return.why': { label: 'Waarom terug', hint: 'In één zin.', translate: true },
  },
  events: {
    type: { label: 'Soort evenement', hint: 'Kies wat het meest past.' },
    start: { label: 'Begin', hint: TIME_HINT },
    end: { label: 'Einde', hint: `${TIME_HINT} Niet voor het begin.` },
    venue: { label: 'Locatie', hint: 'Waar het is.' },
    'venue.name': { label: 'Naam van de plek', hint: 'Bijvoorbeeld: Metropool.', translate: true },
    'venue.street': { label: 'Straat en huisnummer', hint: 'Bijvoorbeeld: Hazemeijerstraat 2.' },
    'venue.postalCode': { label: 'Postcode', hint: 'Bijvoorbeeld: 7555 RJ.' },
    'venue.city': { label: 'Plaats', hint: 'Bijvoorbeeld: Hengelo.' },
    organiser: { label: 'Organisatie', hint: 'Wie het organiseert.' },
    employer: {
      label: 'Werkgever',
      hint: 'Organiseert een werkgever van de site het? Kies hem: dan staat het evenement op zijn pagina. Mag leeg blijven.',
    },
    'organiser.name': { label: 'Naam', hint: 'Zoals ze op de site komt.' },
    'organiser.url': { label: 'Website', hint: 'Het hele adres met https:// ervoor. Mag leeg blijven.' },
    registration: {
      label: 'Aanmelden',
      hint: 'Een adres met https:// ervoor of een e-mailadres. Leeg: aanmelden is niet nodig.',
    },
    price: { label: 'Prijs in euro', hint: '0 is gratis.' },
    status: {
      label: 'Status',
      hint: 'Afgelast of uitgesteld? Dan zegt de site dat bij het evenement.',
      options: { scheduled: 'Gaat door', cancelled: 'Afgelast', postponed: 'Uitgesteld' },
    },
    series: {
      label: 'Reeks',
      hint: 'De reeks waar het bij hoort; het staat dan ook op de pagina van die reeks. Mag leeg blijven.',
    },
    recurrence: {
      label: 'Elk jaar terug',
      hint: 'Alleen voor een evenement dat elk jaar terugkomt. Begin en Einde zijn de eerste keer.',
    },
    'recurrence.rule': {
      label: 'Regel',
      hint: 'Bijvoorbeeld FREQ=YEARLY;BYMONTH=11;BYDAY=3MO: elk jaar op de derde maandag van november.',
    },
    'recurrence.until': { label: 'Tot en met', hint: `Leeg: het blijft terugkomen. ${DATE_HINT}` },
  },
  opportunities: {
    type: { label: 'Soort kans', hint: 'Kies wat het meest past.' },
    sector: { label: 'Sector', hint: 'In welke sector het werk is.' },
    levels: { label: 'Opleidingsniveaus', hint: 'Voor wie het open staat. Kies er minstens één.' },
    employer: {
      label: 'Werkgever',
      hint: 'De werkgever die de kans biedt. Staat hij er niet bij? Maak hem eerst aan bij Werkgevers.',
    },
    workingLanguage: {
      label: 'Werktaal',
      hint: 'In welke taal het werk is. Engels of beide: de kans krijgt het label "Engels is prima".',
    },
    location: { label: 'Plaats', hint: 'Waar het werk is, bijvoorbeeld: Hengelo.', translate: true },
    hours: { label: 'Uren', hint: 'Bijvoorbeeld: 32-40 uur per week.', translate: true },
    compensation: { label: 'Vergoeding', hint: 'Bijvoorbeeld: € 600 per maand.', translate: true },
    salary: {
      label: 'Bedrag voor zoekmachines',
      hint: 'Noemt de vergoeding een bedrag? Vul het hier in, dan tonen zoekmachines het bij de vacature.',
    },
    'salary.min': { label: 'Laagste bedrag (euro, bruto)', hint: 'Alleen cijfers, zoals 600.' },
    'salary.max': { label: 'Hoogste bedrag (euro, bruto)', hint: 'Mag leeg blijven bij één bedrag.' },
    'salary.unit': {
      label: 'Per',
      hint: 'Per uur, maand of jaar.',
      options: { HOUR: 'uur', MONTH: 'maand', YEAR: 'jaar' },
    },
    startDate: { label: 'Startdatum', hint: `Leeg: in overleg. ${DATE_HINT}` },
    deadline: { label: 'Reageren tot en met', hint: `Na deze dag sluit de kans vanzelf. ${DATE_HINT}` },
    apply: { label: 'Reageren via', hint: 'Een adres met https:// ervoor of een e-mailadres.' },
  },
  employers: {
    name: { label: 'Naam', hint: 'De naam van de werkgever, zoals hij op de site komt.' },
    summary: {
      label: 'Wat ze doen',
      hint: 'Eén of twee zinnen: wat ze maken of doen. Voor kaarten en zoekresultaten.',
      translate: true,
    },
    publishDate: {
      label: 'Publicatiedatum',
      hint: `Vanaf deze dag staat de werkgever op de site. ${DATE_HINT}`,
      initial: TODAY,
    },
    sector: { label: 'Sector', hint: 'In welke sector ze werken.' },
    size: { label: 'Grootte', hint: 'Hoeveel mensen er ongeveer werken.' },
    places: {
      label: 'Plaatsen',
      hint: 'Waar in Twente ze werken, één plaats per regel, zoals Hengelo.',
    },
    workingLanguages: {
      label: 'Werktalen',
      hint: 'In welke talen er gewerkt wordt. Kies er minstens één.',
    },
    hiresInternationally: {
      label: 'Neemt mensen uit het buitenland aan',
      hint: 'Aan: ze nemen ook mensen uit het buitenland aan en helpen bij de verhuizing.',
    },
    website: { label: 'Website', hint: 'Het hele adres met https:// ervoor.' },
    image: { label: 'Logo of afbeelding', hint: IMAGE_HINT },
    imageAlt: { label: 'Alt-tekst', hint: ALT_HINT, translate: true },
    jobFeed: {
      label: 'Vacaturefeed',
      hint: 'Publiceert de werkgever zijn vacatures voor Google voor Jobs? Plak hier dat adres; de site haalt de vacatures dan zelf op. Mag leeg blijven.',
    },
    hideVacancies: {
      label: 'Verborgen vacatures',
      hint: 'Een geïmporteerde vacature die niet op de site hoort: zet haar naam hier, één per regel, zoals bitwerf-twente--stage-3 (de naam staat in het adres van haar pagina). Mag leeg blijven.',
    },
  },
  profiles: {
    segment: { label: 'Doelgroep', hint: 'Welke doelgroep deze pagina beschrijft.', fixed: true },
    aim: { label: 'Doel (uit het plan)', hint: 'Behouden of aantrekken, zoals het plan zegt. Staat alleen bij Over het programma.', translate: true },
    tie: { label: 'Band met Twente', hint: 'Zoals het plan het beschrijft. Staat alleen bij Over het programma.', translate: true },
    planText: {
      label: 'Wat het plan zegt',
      hint: 'De uitleg uit het plan, per alinea. Staat alleen bij Over het programma. De tekst hierboven en de bodytekst zijn voor de bezoeker: schrijf die met je en jij.',
      translate: true,
    },
    ages: { label: 'Leeftijdsgroepen', hint: 'De leeftijden in deze doelgroep. Kies er minstens één.' },
    moments: { label: 'Migratiemomenten', hint: 'Welke momenten voor deze groep tellen.' },
    subgroups: { label: 'Subgroepen', hint: 'De groepen uit het plan, met de vraag die het plan stelt.' },
    'subgroups[].name': { label: 'Naam', hint: 'Bijvoorbeeld: Studenten.', translate: true },
    'subgroups[].ages': { label: 'Leeftijdsgroepen', hint: 'Kies er minstens één.' },
    'subgroups[].description': { label: 'Wie zijn het?', hint: 'Uit het plan.', translate: true },
    'subgroups[].question': { label: 'Onze vraag', hint: 'De vraag die het plan stelt.', translate: true },
    hero: { label: 'Hoofdafbeelding', hint: 'De afbeelding bovenaan de pagina.' },
  },
  lines: {
    line: { label: 'Programmalijn', hint: 'Welke lijn deze pagina beschrijft; gelijk aan de bestandsnaam.' },
    ambition: { label: 'Ambitie', hint: 'De ambitie voor 2050 uit het plan.', translate: true },
    results: { label: 'Gewenste resultaten', hint: 'Waar het programma aan bijdraagt.', translate: true },
    stimulates: { label: 'Wat het programma stimuleert', hint: 'Door samen te werken.', translate: true },
    activities: { label: 'Activiteiten', hint: 'Waar het budget voor is (plan, 6.2).', translate: true },
    budget: { label: 'Budget per jaar', hint: 'In euro, per jaar (plan, 6.2).' },
    hero: { label: 'Hoofdafbeelding', hint: 'De afbeelding bovenaan de pagina.' },
  },
  programme: {
    vision: { label: 'Visie', hint: 'De visie van het plan in een paar zinnen.', translate: true },
    criteria: { label: 'TALENT-criteria', hint: 'De zes criteria, één per letter.' },
    'criteria[].letter': { label: 'Letter', hint: 'Een letter van TALENT.' },
    'criteria[].name': { label: 'Naam', hint: 'Kort.', translate: true },
    'criteria[].text': { label: 'Criterium', hint: 'Zoals het plan het zegt.', translate: true },
    cooperationBudget: { label: 'Budget voor samenwerking', hint: 'In euro, per jaar (plan, 6.2).' },
    partners: { label: 'Partners', hint: 'Met wie het programma samenwerkt.' },
    'partners[].name': { label: 'Naam', hint: 'Van de partner.' },
    'partners[].role': { label: 'Rol', hint: 'Wat de partner doet.', translate: true },
    source: { label: 'Bron', hint: 'Het document waar het uit komt.' },
  },
  pages: {
    page: { label: 'Pagina', hint: 'Welke pagina dit is; in beide talen gelijk.' },
    updated: { label: 'Bijgewerkt op', hint: `Wanneer de tekst voor het laatst is nagekeken. ${DATE_HINT}` },
  },
  facts: {
    value: { label: 'Waarde', hint: 'Het getal zelf (568161), true of false bij ja/nee, of een tijd zoals 3:59.' },
    unit: { label: 'Eenheid', hint: 'Waarin het getal is uitgedrukt: euro, minuten, dagen, procent, ja-nee.' },
    approximate: { label: 'Ongeveer', hint: 'Aan als de bron "ongeveer" of "bijna" zegt.' },
    measures: { label: 'Wat het meet', hint: 'Een korte omschrijving, in het Nederlands en het Engels.' },
    'measures.nl': { label: 'Nederlands', hint: 'Bijvoorbeeld: Gemiddelde huur van een studentenkamer.' },
    'measures.en': { label: 'Engels', hint: 'For example: Average rent of a student room.' },
    place: { label: 'Plaats', hint: 'Waar het over gaat, zoals de bron het noemt: Amsterdam, Twente, Nederland.' },
    period: { label: 'Periode', hint: 'Waar het getal over gaat, zoals de bron het zegt: 2023, Q2 2025.' },
    series: {
      label: 'Reeks',
      hint: 'Wat er gemeten is en door wie, zoals cbs-koopprijs. Alleen feiten uit één reeks en één periode komen naast elkaar.',
    },
    source: { label: 'Bron', hint: 'Het https://-adres van de bron.' },
    publisher: { label: 'Uitgever', hint: 'Wie de bron uitgeeft, zoals CBS of government.nl.' },
    evidence: { label: 'Citaat uit de bron', hint: 'De zin of tabelcel in de bron waar het getal staat.' },
    checked: { label: 'Gecontroleerd op', hint: `Wanneer je het getal voor het laatst met de bron hebt vergeleken. ${DATE_HINT}` },
  },
};

/** The body of an entry: not in the schemas, but a field of the form. */
export const BODY: FieldText = {
  label: 'Tekst',
  hint: 'Schrijf in korte zinnen en gewone woorden (B1). Met Invoegen zet je een blok in de tekst: citaat, video, afbeelding, feitenblok, knop of getal met bron.',
  translate: true,
};

/**
 * The blocks an editor can put in the text (the MDX components, `./mdx-body.ts`), with the label
 * of the block and of each of its props, as the CMS shows them (`../cms/components.ts`).
 * `children` is what goes between the opening and the closing tag.
 */
export const BLOCKS = {
  Quote: {
    label: 'Citaat',
    props: {
      children: { label: 'Citaat', hint: 'Wat de persoon zegt, zonder aanhalingstekens.' },
      person: { label: 'Naam', hint: 'Wie het zegt.' },
      role: { label: 'Rol of baan', hint: 'Mag leeg blijven.' },
    },
  },
  Video: {
    label: 'Video',
    props: {
      url: { label: 'Link naar de video', hint: 'Plak de link van YouTube of Vimeo.' },
      title: { label: 'Waar gaat de video over?', hint: 'Eén korte zin, voor de afspeelknop.' },
      duration: { label: 'Duur', hint: 'Minuten:seconden, zoals 2:30.' },
      poster: { label: 'Posterafbeelding', hint: 'Een afbeelding uit content/images.' },
      alt: { label: 'Alt-tekst van de poster', hint: 'Wat er op de poster te zien is.' },
      captions: { label: 'Ondertitels', hint: 'Alleen bij een eigen bestand: /videos/naam.nl.vtt.' },
      children: { label: 'Uitgeschreven tekst', hint: 'Alles wat er gezegd wordt.' },
    },
  },
  Figure: {
    label: 'Afbeelding met bijschrift',
    props: {
      src: { label: 'Afbeelding', hint: 'Een afbeelding uit content/images.' },
      alt: { label: 'Alt-tekst', hint: 'Beschrijf wat er op de afbeelding te zien is.' },
      caption: { label: 'Bijschrift', hint: 'Mag leeg blijven.' },
    },
  },
  FactBox: {
    label: 'Feitenblok',
    props: {
      title: { label: 'Kop', hint: 'Leeg: "Goed om te weten".' },
      children: { label: 'Feiten', hint: 'Bijvoorbeeld een lijstje: elke regel begint met "- ".' },
    },
  },
  CallToAction: {
    label: 'Knop naar een volgende stap',
    props: {
      children: { label: 'Zin boven de knop', hint: 'Mag leeg blijven.' },
      label: { label: 'Tekst op de knop', hint: 'Wat er gebeurt, bijvoorbeeld: Bekijk alle stages.' },
      href: { label: 'Link', hint: 'Een pagina van deze site (/kansen/), een https://-adres of een e-mailadres.' },
    },
  },
  Fact: {
    label: 'Getal met bron',
    props: {
      id: { label: 'Feit', hint: 'De bestandsnaam in content/facts/ zonder .yml, zoals brp-inschrijven-dagen.' },
      measures: { label: 'Zeg wat het meet', hint: 'Schrijf ja om de omschrijving van het feit voor het getal te zetten. Mag leeg blijven.' },
    },
  },
} as const satisfies Record<string, { label: string; props: Record<string, FieldText> }>;

export type BlockName = keyof typeof BLOCKS;

/**
 * A prop of a block in the text as a message names it: `Tekst, regel 5, blok Citaat › Naam`. An
 * unknown prop keeps its name.
 */
export function blockLabel(block: BlockName, line: number | undefined, prop: string): string {
  const { label, props } = BLOCKS[block];
  const where = `Tekst${line === undefined ? '' : `, regel ${line}`}, blok ${label}`;
  if (!prop) return where;
  const text = (props as Record<string, FieldText>)[prop];
  return `${where} › ${text ? text.label : prop}`;
}

/** A field path without list positions: `subgroups[2].name` is `subgroups[].name`. */
export function labelPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The label and hint of a field (`path` as in `labelPath`), or undefined for an unknown field. */
export function fieldText(collection: LabelledCollection, path: string): FieldText | undefined {
  const key = labelPath(path);
  if (key === 'body') return BODY;
  return OWN[collection][key] ?? SHARED[key];
}

/** Every field path the table names for a collection (for the tests). */
export function labelledPaths(collection: LabelledCollection): string[] {
  return [...new Set([...Object.keys(SHARED), ...Object.keys(OWN[collection])])];
}

/** Every path the table has, shared or own, with the collections it is written for (for the tests). */
export function tablePaths(): { shared: string[]; own: Record<LabelledCollection, string[]> } {
  return {
    shared: Object.keys(SHARED),
    own: Object.fromEntries(
      Object.entries(OWN).map(([name, table]) => [name, Object.keys(table)]),
    ) as Record<LabelledCollection, string[]>,
  };
}

/**
 * A field as a message names it: the CMS labels from the outside in, `Video › Duur`. A position in
 * a list is counted from 1 (`Subgroepen › 2 › Naam`); the first choice in a list of choices is
 * `Programmalijnen (keuze 1)`. A path the table does not know is given as it is written in the file.
 */
export function fieldLabel(collection: LabelledCollection, path: string): string {
  if (!path) return '';
  const segments = path.split('.');
  const parts: string[] = [];
  let key = '';
  for (const [index, segment] of segments.entries()) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return path;
    const positions = [...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
    key = key ? `${key}.${match[1]}` : (match[1] ?? '');
    const text = fieldText(collection, key);
    if (!text) return path;
    if (positions.length === 0) parts.push(text.label);
    else if (index < segments.length - 1) parts.push(text.label, ...positions.map(String));
    else parts.push(`${text.label} (keuze ${positions.join(', ')})`);
    if (positions.length > 0) key += '[]';
  }
  return parts.join(' › ');
}

/** The names of the languages, as the CMS shows its language tabs. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'Engels' };
