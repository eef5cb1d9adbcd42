/**
 * Every message an editor can meet, in Dutch, in one place: the content checks of the build
 * (`./schemas/`, `./validation.ts`, `./mdx-body.ts`, `./body-safety.ts`, `../media/video-embed.ts`,
 * `../agenda/recurrence.ts`), the build's summary of what it held back (`./publishing.ts`,
 * `../media/monthly-interview.ts`) and the checks the CMS runs while an editor types (the `pattern`
 * messages in `../cms/config.ts`). Each message says what is wrong and how to fix it; the file and
 * the field (as the CMS labels it, `./labels.ts`) are put in front of it by `formatProblems`.
 *
 * The editors' guide (docs/redactie.md, "Alle meldingen") has one table of these texts, and
 * `tests/unit/messages.test.ts` fails when a text here is missing from it, or when a check gives a
 * message that is not made from one of these texts.
 *
 * Placeholders are written `{name}`; `say` fills them in.
 *
 * Plain data and string functions: the CMS bundles this module for the browser.
 */

export const MESSAGES = {
  // Any field.
  required: 'is niet ingevuld. Vul het in.',
  notText: 'moet tekst zijn, maar is {waarde}. Schrijf gewone tekst; in een bestand tussen aanhalingstekens.',
  tooLong: 'is {lengte} tekens lang, en mag er hoogstens {max} hebben. Maak de tekst korter.',
  tooShort: 'is {lengte} tekens lang, en moet er minstens {min} hebben. Vul de tekst aan.',
  notGroup:
    'moet een groep velden zijn, maar is {waarde}. In een bestand: zet de velden ingesprongen onder deze naam.',
  unknownField:
    '"{veld}" is geen veld dat de site kent. Kijk of de naam goed geschreven is. Deze velden bestaan: {velden}.',
  notBoolean: 'moet aan of uit staan (in een bestand: true of false), maar is {waarde}.',
  notNumber: 'moet een getal zijn, maar is {waarde}. Schrijf alleen cijfers, zoals 27.',
  notWholeNumber: 'is {waarde}, maar moet een heel getal zijn. Schrijf het zonder komma, zoals 27.',
  numberTooSmall: 'is {waarde}, en mag niet kleiner zijn dan {min}.',
  numberTooLarge: 'is {waarde}, en mag niet groter zijn dan {max}.',
  numberNotPositive: 'is {waarde}, en moet groter zijn dan 0.',
  invalid: 'heeft de waarde {waarde}, en die past hier niet. Kijk in de tabel "Wat betekent elk veld?" wat er mag.',

  // Choices.
  choiceRequired: 'is niet gekozen. Kies een van: {keuzes}.',
  unknownChoice: '{waarde} staat niet in de lijst. Kies een van: {keuzes}.',
  listRequired: 'is niet gekozen. Kies er minstens één: {keuzes}.',
  notList: 'moet een lijst van keuzes zijn, maar is {waarde}. Kies er minstens één: {keuzes}.',
  listEmpty: 'is leeg. Kies er minstens één: {keuzes}.',
  listTwice: 'noemt {waarde} twee keer. Haal de dubbele weg.',
  listTooShort: 'heeft {aantal}, en moet er minstens {min} hebben. Voeg er een toe.',
  listTooLong: 'heeft {aantal}, en mag er hoogstens {max} hebben. Haal er een weg.',
  listWrongLength: 'heeft {aantal}, en moet er precies {aantal_nodig} hebben.',
  notLanguage: '{waarde} is geen taal van de site. Schrijf nl of en.',

  // Dates and times.
  notDate: '{waarde} is geen datum. Schrijf de datum als 18-03-2026 (in een bestand: 2026-03-18).',
  impossibleDate: '{waarde} is geen dag die bestaat. Kies een datum die bestaat, zoals 28-02-2026.',
  notDateTime:
    '{waarde} is geen datum met tijd. Schrijf het als 11-03-2027 15:00 (in een bestand: "2027-03-11T15:00", tussen aanhalingstekens).',
  notYear: '{waarde} is geen jaartal. Schrijf het jaar met vier cijfers, zoals 2027.',

  // Addresses.
  notWebAddress:
    '{waarde} is geen webadres. Schrijf het hele adres met https:// ervoor, zoals https://www.hengelo.nl/.',
  notLink:
    '{waarde} is geen webadres en geen e-mailadres. Schrijf een adres met https:// ervoor, of een e-mailadres zoals talent@hengelo.nl.',
  notPostalCode: '{waarde} is geen postcode. Schrijf een postcode zoals 7551 AB.',

  // Images.
  altRequired:
    'is niet ingevuld. Beschrijf in één zin wat er op de afbeelding te zien is, voor wie hem niet kan zien.',
  altTooLong:
    'is {lengte} tekens lang, en mag er hoogstens 200 hebben. Houd het bij één zin; meer uitleg hoort in de tekst.',
  imagePath:
    '{waarde} is geen afbeelding uit content/images/. Kies de afbeelding opnieuw met Bladeren; in een bestand: ../../images/naam.jpg.',

  // Publishing.
  featuredOffBrand:
    'staat aan, maar het stuk is OFF-brand, en alleen ON-brand komt in de etalage. Zet Uitgelicht uit, of kies bij Merk ON-brand.',

  // Stories and their video.
  duration: '{waarde} is geen duur. Schrijf minuten:seconden, zoals 4:12 (een uur of langer: 1:02:30).',
  captions:
    '{waarde} is geen ondertitelbestand. Schrijf het als /videos/naam.nl.vtt (een WebVTT-bestand in public/videos/).',
  videoMissing:
    'ontbreekt. Bij Soort verhaal staat Video-interview: zet een vinkje bij Video toevoegen en vul de link, de duur en de uitgeschreven tekst in.',
  personMissing:
    'ontbreekt. Bij Soort verhaal staat Video-interview: zet een vinkje bij Persoon toevoegen en vul de naam en de rol in.',
  transcriptMissing:
    'is niet ingevuld. Een video-interview heeft de uitgeschreven tekst nodig: alles wat er gezegd wordt, voor wie niet kan horen of kijken.',
  captionsMissing:
    'is niet ingevuld. Een eigen videobestand heeft ondertitels nodig: /videos/naam.nl.vtt. Of zet de video op YouTube of Vimeo.',
  returnMissing:
    'ontbreekt. Bij Soort verhaal staat Terugkeerverhaal: zet een vinkje bij Terugkeer toevoegen en vul Woonde in, Hoe lang weg en Waarom terug in.',

  // The video address (`../media/video-embed.ts`).
  videoNotLocal:
    '{waarde} is geen videobestand van de site. Zet een .mp4-bestand in public/videos/ en schrijf het als /videos/naam.mp4, of plak de link van YouTube of Vimeo.',
  videoPlaylist:
    '{waarde} is een afspeellijst, geen video. Open de video zelf op YouTube en kopieer dat adres, zoals https://youtu.be/…',
  videoYoutubeNotVideo:
    '{waarde} is een adres op YouTube, maar niet van één video. Open de video en kopieer het adres bij Delen, zoals https://youtu.be/…',
  videoVimeoNotVideo:
    '{waarde} is een adres op Vimeo, maar niet van één video. Open de video en kopieer het adres, zoals https://vimeo.com/123456789',
  videoUnknown:
    '{waarde} is geen video op YouTube of Vimeo. Plak de link van de video, zoals https://youtu.be/… of https://vimeo.com/…; een eigen bestand schrijf je als /videos/naam.mp4.',

  // Events.
  endBeforeStart: 'is {einde}, en dat is voor het begin ({begin}). Kies een einde na het begin.',
  ruleNotRule:
    '{waarde} is geen regel die de site kent ({reden}). Schrijf bijvoorbeeld FREQ=YEARLY;BYMONTH=11;BYDAY=3MO (elk jaar op de derde maandag van november), of BYMONTHDAY=15 voor een vaste dag.',
  ruleNoDate:
    '{waarde} geeft geen enkele datum tussen {van} en {tot}. Kijk of de maand en de dag kloppen, en de datum bij Tot en met.',
  ruleNotStart:
    'is {begin}, maar de regel van Elk jaar terug geeft {eerste} in dat jaar. Zet het begin op de eerste keer volgens de regel.',
  instanceNameTaken:
    '{bestand} komt elk jaar terug, en de pagina voor {jaar} ({naam}) heeft dezelfde naam als een ander evenement. Geef een van de twee bestanden een andere naam.',

  // Opportunities.
  deadlineBeforePublish:
    'is {deadline}, en dat is voor de publicatiedatum ({publicatie}): de kans zou nooit open staan. Kies een latere dag, of een vroegere publicatiedatum.',
  salaryMaxBelowMin: 'is {max}, en dat is minder dan het laagste bedrag ({min}). Wissel ze om of pas een van beide aan.',

  // Employers, and opportunities that name one (`./employer-refs.ts`).
  placesEmpty: 'is leeg. Schrijf minstens één plaats in Twente waar ze werken, zoals Hengelo.',
  notTextList: '{waarde} is geen lijst. Schrijf de plaatsen als lijst, zoals [Hengelo, Enschede].',
  notFeedAddress:
    '{waarde} is geen webadres. Schrijf het hele adres van de vacaturefeed, met https:// (of http://) ervoor.',
  unknownEmployer:
    '{waarde} is geen werkgever die de site kent. Schrijf de bestandsnaam van een werkgever, zonder .md. Bekend zijn: {bekend}. Een nieuwe werkgever maak je eerst aan bij Werkgevers.',

  // Where the file is (`./validation.ts`).
  langFolder:
    'is {waarde}, maar het bestand staat in de map "{map}". Zet het bestand in de goede map, of kies de taal {map}.',
  nameTakenByAgenda:
    'De bestandsnaam "{naam}" is al van een pagina van de agenda zelf ({namen}). Geef het bestand een andere naam.',
  nameTakenByVideoArchive:
    'De bestandsnaam "{naam}" is al van het video-archief ({pad}/). Geef het bestand een andere naam.',
  idNotFileName: 'is {waarde}, maar het bestand heet "{naam}". Die twee moeten gelijk zijn.',
  samePortrait:
    'gebruikt dezelfde hoofdafbeelding als {ander}, een verhaal over iemand anders. Geef ieder verhaal een eigen afbeelding, zodat niet één tekening of foto voor twee mensen staat.',
  memoVoice:
    'bevat "{woord}": zo praat het plan over jongeren, niet de site tegen hen. Schrijf tegen je lezer, met je en jij. Wat het plan zegt, staat bij Over het programma.',

  // Blocks in the text (`./mdx-body.ts`).
  blockPropRequired: 'is niet ingevuld: {wat}.',
  blockPropNotText: 'moet tekst tussen aanhalingstekens zijn, maar is {waarde}.',
  blockUnknownProp: '<{blok}> kent {props} niet. Dit mag: {toegestaan}.',
  blockNotProps: 'moet een rij props zijn, zoals person="Anouk Smit".',
  blockNotClosed:
    'het blok is niet afgesloten. Sluit het af met > (of met /> als er niets tussen komt), en zet tekst-props tussen aanhalingstekens.',
  blockLink:
    '{waarde} is geen link. Schrijf een pagina van deze site (zoals /kansen/), een adres met https:// ervoor, of een e-mailadres.',
  blockImage: '{waarde} is geen afbeelding in content/images/. Kies een van: {keuzes}.',
  blockCaptionsMissing:
    'is niet ingevuld. Een eigen videobestand heeft ondertitels nodig: captions="/videos/naam.nl.vtt".',

  // Markup in the text (`./body-safety.ts`).
  scriptAddress:
    "bevat een {schema}-adres in {waar}: zo'n adres voert code uit. Gebruik een https://-adres, een e-mailadres of een pagina van deze site.",
  dataAddress:
    'bevat een data:-adres in {waar}: een link of afbeelding moet naar een echt adres of bestand wijzen. Zet een afbeelding in content/images/ en verwijs daarnaar.',
  forbiddenElement:
    'bevat <{tag}>: scripts, frames, ingesloten objecten, formulieren en <style>, <meta>, <link> of <base> mogen niet in de tekst. Schrijf het als tekst, of zet code tussen backticks.',
  eventHandler:
    'bevat het attribuut {attribuut} op <{tag}>: een event handler (on…) voert code uit en mag niet in de tekst. Laat het attribuut weg.',
  styleAttribute:
    'bevat een style-attribuut op <{tag}>: de opmaak komt van de site zelf, niet uit de tekst. Laat het attribuut weg.',
  spreadProps: '<{blok}> bevat {{code}}: props als code mogen niet in de tekst. Schrijf elke prop uit als naam="tekst".',
  propAsCode: '<{blok}> heeft {prop}={{code}}: een prop is tekst tussen aanhalingstekens, geen code. Schrijf {prop}="…".',
  codeInText:
    'bevat de code {{code}}: tekst tussen accolades wordt bij het bouwen als code uitgevoerd. Bedoel je accolades als tekst, schrijf dan \\{ en \\}; een opmerking schrijf je als {/* … */}.',
  importExport:
    'bevat {wat}: in een verhaal mag geen code staan. Haal de regel weg; de blokken Citaat, Video, Afbeelding, Feitenblok en Knop zijn er zonder import.',
  badExpression:
    'bevat accolades met iets wat geen geldige code is ({reden}): tekst tussen accolades wordt bij het bouwen als code gelezen. Bedoel je accolades als tekst, schrijf dan \\{ en \\}.',

  // A page the site needs.
  fileMissing: '{bestand} ontbreekt, en de site heeft die pagina nodig. Zet het bestand terug, of vraag de webbeheerder.',

  // A story's "ask me" contact.
  askMeLink:
    'is {waarde}, en dat is geen e-mailadres of LinkedIn-pagina. Schrijf een e-mailadres, zoals naam@voorbeeld.nl, of een LinkedIn-pagina, zoals https://www.linkedin.com/in/naam.',
  askMeNoPerson: 'is ingevuld, maar Persoon niet. Vul bij Persoon de naam in: de site zet "Vraag het" voor die naam.',

  // Facts (content/facts/, `../facts/`).
  factForm: 'is {waarde}, en dat past hier niet. Schrijf {vorm}.',
  factsStale:
    'Herinnering: {aantal} feiten zijn langer dan 12 maanden niet met hun bron vergeleken. Kijk de bron na en zet de nieuwe datum bij Gecontroleerd op (checked):',
  factStale: '{bestand}: voor het laatst gecontroleerd op {datum}.',
  factUnknown:
    '{bestand}: het feit "{id}" bestaat niet. Kies een bestaand feit uit content/facts/ (de bestandsnaam zonder .yml): {ids}.',

  // The first line of a file's messages (`formatProblems`).
  oneProblem: '{bestand} heeft 1 probleem:',
  problems: '{bestand} heeft {aantal} problemen:',

  // What the build held back (`./publishing.ts`): information, not errors.
  heldDraft: 'Concept staat aan: het komt online als je Concept uitzet.',
  heldOffBrand: 'OFF-brand: het komt nooit online; alleen ON-brand komt in de etalage.',
  heldScheduled: 'gepland: het komt online op {datum}.',
  allPublished: '{collectie}: alle {aantal} stukken staan online.',
  somePublished: '{collectie}: {online} van de {aantal} stukken staan online. Nog niet online:',

  // The monthly video (`../media/monthly-interview.ts`): a reminder, never an error.
  videoScheduled: 'Video van de maand: het interview voor {maand} staat gepland op {datum}; het komt die dag vanzelf online.',
  videoMissingThisMonth:
    'Herinnering: er staat nog geen video-interview online voor {maand} (het plan vraagt er elke maand een). Maak een verhaal met Soort verhaal Video-interview en een publicatiedatum in deze maand (zie docs/redactie.md).',
  videoDraftsWaiting:
    'Herinnering: er staat nog geen video-interview online voor {maand} (het plan vraagt er elke maand een). Er {wachten} als concept klaar: zet Concept uit om te publiceren.',

  // The job feeds' report in the build (src/lib/jobs/): information, never a build failure.
  feedsSummary: 'Vacaturefeeds: {getoond} vacatures van {feeds} werkgevers met een feed op de site.',
  feedsNone: 'Vacaturefeeds: geen werkgever met een feed (jobFeed).',
  feedFetched: '{werkgever} ({adres}): opgehaald; {gevonden} gevonden, {getoond} getoond, {overgeslagen} overgeslagen.',
  feedFromStored:
    '{werkgever} ({adres}): de feed gaf {probleem}. De bewaarde kopie van {datum} is gebruikt: {gevonden} gevonden, {getoond} getoond, {overgeslagen} overgeslagen.',
  feedNothing:
    '{werkgever} ({adres}): de feed gaf {probleem}, en er is nog geen bewaarde kopie. Deze werkgever heeft nu geen geïmporteerde vacatures; de volgende bouw probeert het weer.',
  feedDefaultDeadline:
    '{aantal} vacatures zonder geldige sluitingsdatum (validThrough): ze sluiten op {datum}, {dagen} dagen na vandaag, tenzij de feed ze eerder weghaalt.',
  feedEmployerSkipped: '{bestand}: deze werkgever wordt overgeslagen: {reden}',
  feedOff: 'niets, want JOB_FEEDS=off (alleen bewaarde kopieën, geen netwerk)',
  feedEmpty: 'geen enkele vacature (terwijl er eerder wel waren)',
  feedMalformed: 'een document dat niet te lezen is ({detail})',
  feedRefusedAddress: 'een adres dat geen geldig webadres is ({detail})',
  feedRefusedScheme: 'een adres dat niet met http:// of https:// begint ({detail})',
  feedRefusedPrivate: 'een adres dat niet op het open internet staat ({detail}); dat wordt niet opgehaald',
  feedRefusedRedirect: 'een doorverwijzing naar een andere website ({detail}); die wordt niet gevolgd',
  feedStatus: 'HTTP-status {detail}',
  feedTimeout: 'geen volledig antwoord binnen {detail}',
  feedTooLarge: 'meer dan de maximale grootte ({detail})',
  feedNetwork: 'een netwerkfout ({detail})',
  skipHidden: 'verborgen door de redactie (hideVacancies bij de werkgever)',
  skipDuplicate: 'dubbel: dezelfde vacature staat er al als {id}',
  skipHandMade: 'er is een eigen bestand met deze naam in content/opportunities/; dat gaat voor',
  skipType: 'geen soort kans die de site toont (stage, afstudeeropdracht, traineeship, baan, leerwerktraject)',
  skipNoTitle: 'de vacature heeft geen titel',
  skipNoApply: 'er is geen https-adres om te solliciteren (url van de vacature of website van de werkgever)',
  skipClosed: 'de sluitingsdatum (validThrough) is al voorbij',
  skipCap: 'boven het maximum van {max} vacatures per feed',
  skipPage: 'pagina uit de sitemap niet gelezen: {reden}',
  skipInvalid: 'past niet in de regels voor kansen: {melding}',
} as const;

export type MessageId = keyof typeof MESSAGES;

/** A message with its placeholders filled in. */
export function say(id: MessageId, values: Record<string, string | number> = {}): string {
  return MESSAGES[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A value as a message shows it: text in quotes, and "niets" for nothing. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return 'niets';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'geen geldige datum' : value.toISOString();
  return JSON.stringify(value) ?? String(value);
}

/**
 * A regular expression that matches any message made from `text`: the placeholders may stand for
 * anything. Used by the tests to check that a message comes from this catalogue.
 */
export function messagePattern(text: string): RegExp {
  const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`);
}
