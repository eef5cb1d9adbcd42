/**
 * The monthly video interview, step by step, as the editors' guide gives it (docs/redactie.md,
 * "De checklist") and as the browser test does it (tests/e2e/cms-interview.spec.ts). `guide` is the
 * line of the checklist, word for word (tests/unit/docs.test.ts compares them); `actions` is what
 * an editor does for it on the screen, with the example interview's texts. A step without actions
 * asks the editor only to look: the test checks what they would see.
 */

/** One thing an editor does, or sees. */
export type Action =
  /** Clicks a button or a choice (`role`) by its name: in the form, in its toolbar or in a dialog. */
  | { do: 'click'; role: 'button' | 'radio' | 'option'; name: string | RegExp; in?: 'toolbar' | 'dialog' }
  /** Ticks a checkbox by its name. */
  | { do: 'tick'; name: string | RegExp }
  /** Types (or pastes) a text into a field, found by its label. */
  | { do: 'type'; field: string; text: string }
  /** Switches the form to the other language with its tab. */
  | { do: 'language'; name: 'Engels' }
  /** Sees a value in a field (no action: the test checks it). */
  | { do: 'see'; field: string; value: string | RegExp }
  /** Sees a choice selected (no action). */
  | { do: 'see-choice'; name: string };

export interface Step {
  guide: string;
  actions: Action[];
}

/** The example interview. */
export const INTERVIEW = {
  title: 'Sanne bouwt robots in Hengelo',
  summary: 'Sanne (28) kwam uit Delft voor een baan als robotbouwer. In de video vertelt ze waarom ze bleef.',
  alt: 'Illustratie: persoon met bouwhelm en veiligheidshesje voor een fabriekshal.',
  name: 'Sanne de Vries',
  role: 'Robotbouwer bij een maakbedrijf',
  url: 'https://youtu.be/zl7mkZMJpTo?si=AbCdEfGh12345678',
  duration: '4:12',
  transcript:
    'Wie ben je?\nIk ben Sanne, 28 jaar. Ik bouw robots voor de maakindustrie.\n\nWaarom Hengelo?\nHier krijg ik de ruimte.',
  en: {
    title: 'Sanne builds robots in Hengelo',
    summary: 'Sanne (28) came from Delft for a job building robots. In the video she tells why she stayed.',
    alt: 'Illustration: person in a hard hat and high-visibility vest in front of a factory hall.',
    role: 'Robot builder at a manufacturer',
    transcript:
      'Who are you?\nI am Sanne, 28. I build robots for manufacturing.\n\nWhy Hengelo?\nHere I get room to grow.',
  },
  image: 'interview.jpg',
} as const;

export const STEPS: Step[] = [
  {
    guide: 'Klik in de lijst **Verhalen** op **Nieuw**.',
    actions: [{ do: 'click', role: 'button', name: /^Nieuw/, in: 'toolbar' }],
  },
  {
    guide: '**Titel**: de kop van het verhaal, zonder "Video van de maand" ervoor.',
    actions: [{ do: 'type', field: 'Titel', text: INTERVIEW.title }],
  },
  {
    guide: '**Samenvatting**: één of twee zinnen voor kaarten en zoekresultaten.',
    actions: [{ do: 'type', field: 'Samenvatting', text: INTERVIEW.summary }],
  },
  {
    guide:
      '**Publicatiedatum**: staat op vandaag. Wil je de video later online, typ dan die dag, zoals 01-04-2026.',
    actions: [{ do: 'see', field: 'Publicatiedatum', value: /^\d{2}-\d{2}-\d{4}$/ }],
  },
  {
    guide: '**Programmalijnen**, **Leeftijdsgroepen** en **Doelgroepen**: vink van elk minstens één aan.',
    actions: [
      { do: 'tick', name: 'Werken' },
      { do: 'tick', name: '25-30 jaar' },
      { do: 'tick', name: 'Nieuw talent' },
    ],
  },
  {
    guide: '**Merk** staat op ON-brand. Laat dat zo.',
    actions: [{ do: 'see-choice', name: 'ON-brand' }],
  },
  {
    guide: '**Hoofdafbeelding**: klik op **Bladeren**, kies een afbeelding en klik op **Invoegen**.',
    actions: [
      { do: 'click', role: 'button', name: 'Bladeren' },
      { do: 'click', role: 'option', name: INTERVIEW.image, in: 'dialog' },
      { do: 'click', role: 'button', name: 'Invoegen', in: 'dialog' },
    ],
  },
  {
    guide: '**Alt-tekst**: beschrijf in één zin wat er op de afbeelding te zien is.',
    actions: [{ do: 'type', field: 'Alt-tekst', text: INTERVIEW.alt }],
  },
  {
    guide: '**Soort verhaal**: kies **Video-interview**.',
    actions: [{ do: 'click', role: 'radio', name: 'Video-interview' }],
  },
  {
    guide:
      '**Persoon**: vink **Persoon toevoegen** aan en vul **Naam** en **Rol of baan** in. **Leeftijd** mag leeg blijven.',
    actions: [
      { do: 'tick', name: /Persoon\W* toevoegen/ },
      { do: 'type', field: 'Naam', text: INTERVIEW.name },
      { do: 'type', field: 'Rol of baan', text: INTERVIEW.role },
    ],
  },
  {
    guide: '**Citaat** mag leeg blijven, of geef één zin van de persoon.',
    actions: [],
  },
  {
    guide:
      '**Video**: vink **Video toevoegen** aan. Plak bij **Link naar de video** de link van YouTube of Vimeo, typ bij **Duur** de lengte als minuten:seconden (4:12) en plak bij **Uitgeschreven tekst** alles wat er gezegd wordt.',
    actions: [
      { do: 'tick', name: /Video\W* toevoegen/ },
      { do: 'type', field: 'Link naar de video', text: INTERVIEW.url },
      { do: 'type', field: 'Duur', text: INTERVIEW.duration },
      { do: 'type', field: 'Uitgeschreven tekst', text: INTERVIEW.transcript },
    ],
  },
  {
    guide:
      '**Tekst** mag leeg blijven: de video, de uitgeschreven tekst en de persoon staan al op de pagina.',
    actions: [],
  },
  {
    guide:
      'Klik bovenaan op **Engels** en vertaal **Titel**, **Samenvatting**, **Alt-tekst**, **Rol of baan** en **Uitgeschreven tekst**. De rest neemt het beheerprogramma over uit het Nederlands.',
    actions: [
      { do: 'language', name: 'Engels' },
      { do: 'type', field: 'Titel', text: INTERVIEW.en.title },
      { do: 'type', field: 'Samenvatting', text: INTERVIEW.en.summary },
      { do: 'type', field: 'Alt-tekst', text: INTERVIEW.en.alt },
      { do: 'type', field: 'Rol of baan', text: INTERVIEW.en.role },
      { do: 'type', field: 'Uitgeschreven tekst', text: INTERVIEW.en.transcript },
    ],
  },
  {
    guide: 'Klik op **Opslaan**.',
    actions: [{ do: 'click', role: 'button', name: 'Opslaan', in: 'toolbar' }],
  },
];

/** What the steps ask of the editor: every click, tick and text counts as an action. */
export function effort(steps: Step[] = STEPS): { actions: number; typed: number } {
  const all = steps.flatMap((step) => step.actions).filter((action) => !action.do.startsWith('see'));
  return { actions: all.length, typed: all.filter((action) => action.do === 'type').length };
}
