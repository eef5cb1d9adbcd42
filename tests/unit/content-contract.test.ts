// Bad content must fail with a message that names the file, the field, the bad value and what
// is allowed. Each case starts from a valid entry and breaks one thing.
import { describe, expect, it } from 'vitest';
import {
  dangerousHtml,
  fieldName,
  fieldPath,
  impossibleDates,
  validateEntry,
} from '../../src/lib/content/validation';

const story = {
  title: 'Roel kwam terug uit Amsterdam',
  summary: 'Na acht jaar Amsterdam woont Roel weer in Hengelo.',
  lang: 'nl',
  publishDate: new Date('2026-01-15T00:00:00Z'),
  lines: ['wonen', 'werken'],
  ages: ['25-30'],
  segments: ['hunkertukker'],
  brand: 'on',
  hero: { src: '../../images/terugkeer-trein.jpg', alt: 'Illustratie: een trein komt aan op het perron.' },
  format: 'terugkeer',
  return: { from: 'Amsterdam', away: '8 jaar', why: 'Ruimte, familie en een baan in de techniek.' },
};

const event = {
  title: 'TalentTop #3',
  summary: 'De derde TalentTop.',
  lang: 'nl',
  publishDate: '2026-12-01',
  lines: ['werken'],
  ages: ['18-25', '25-30'],
  segments: ['aanwezig-talent'],
  brand: 'on',
  hero: { src: '../../images/talenttop.jpg', alt: 'Illustratie: een panel op een podium.' },
  type: 'talenttop',
  start: '2027-03-11T15:00',
  end: '2027-03-11T18:00',
  venue: { name: 'Stadhuis Hengelo', street: 'Hazemeijerstraat 2', postalCode: '7555 RJ', city: 'Hengelo' },
  organiser: { name: 'Gemeente Hengelo', url: 'https://www.hengelo.nl/' },
  registration: 'https://example.com/talenttop-3',
};

const opportunity = {
  title: 'Stage werktuigbouwkunde',
  summary: 'Een stage in de maakindustrie.',
  lang: 'nl',
  publishDate: '2026-11-01',
  lines: ['werken'],
  ages: ['18-25'],
  segments: ['aanwezig-talent', 'nieuw-talent'],
  brand: 'on',
  hero: { src: '../../images/stage.jpg', alt: 'Illustratie: een stagiair aan een bureau.' },
  type: 'stage',
  sector: 'techniek',
  levels: ['hbo'],
  employer: 'maakbedrijf-de-spil',
  workingLanguage: 'both',
  location: 'Hengelo',
  hours: '32-40 uur per week',
  compensation: '€ 600 per maand',
  deadline: '2027-01-31',
  apply: 'stage@example.com',
};

const employer = {
  name: 'Maakbedrijf De Spil',
  summary: 'Maakt onderdelen voor machines.',
  lang: 'nl',
  publishDate: '2026-11-01',
  brand: 'on',
  sector: 'techniek',
  size: '50-249',
  places: ['Hengelo', 'Hof van Twente'],
  workingLanguages: ['nl', 'en'],
  hiresInternationally: true,
  website: 'https://www.maakbedrijf-de-spil.example/',
  image: '../../images/maakstad.jpg',
  imageAlt: 'Illustratie: een fabriekshal.',
  jobFeed: 'http://www.maakbedrijf-de-spil.example/vacatures.xml',
};

const STORY = 'content/stories/nl/roel-kwam-terug.md';
const EMPLOYER = 'content/employers/nl/maakbedrijf-de-spil.md';
const EVENT = 'content/events/nl/talenttop-3.md';
const OPPORTUNITY = 'content/opportunities/nl/stage-werktuigbouw.md';

function problem(result: ReturnType<typeof validateEntry>): string {
  if (result.ok) throw new Error('expected the entry to be rejected');
  return result.message;
}

describe('valid entries pass', () => {
  it.each([
    ['stories', STORY, story],
    ['events', EVENT, event],
    ['opportunities', OPPORTUNITY, opportunity],
    ['employers', EMPLOYER, employer],
  ] as const)('%s', (collection, file, data) => {
    expect(validateEntry(collection, file, data)).toMatchObject({ ok: true });
  });
});

describe('bad content names the file and the field', () => {
  const cases: [
    string,
    'stories' | 'events' | 'opportunities' | 'employers',
    string,
    object,
    string,
    RegExp,
  ][] = [
    [
      'opportunity without a working language',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, workingLanguage: undefined },
      'workingLanguage',
      /is niet gekozen\. Kies een van: nl \(Nederlands\), en \(Engels\), both \(Nederlands en Engels\)\./,
    ],
    [
      'opportunity with the old employer group',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, employer: { name: 'Maakbedrijf De Spil' } },
      'employer',
      /moet tekst zijn, maar is \{"name":"Maakbedrijf De Spil"\}/,
    ],
    [
      'employer without places',
      'employers',
      EMPLOYER,
      { ...employer, places: [] },
      'places',
      /is leeg\. Schrijf minstens één plaats in Twente/,
    ],
    [
      'employer with an unknown size band',
      'employers',
      EMPLOYER,
      { ...employer, size: '5000' },
      'size',
      /"5000" staat niet in de lijst\. Kies een van: 1-9 \(1-9 mensen\)/,
    ],
    [
      'employer with a job feed that is no web address',
      'employers',
      EMPLOYER,
      { ...employer, jobFeed: 'ftp://example.com/jobs.xml' },
      'jobFeed',
      /"ftp:\/\/example\.com\/jobs\.xml" is geen webadres\. Schrijf het hele adres van de vacaturefeed/,
    ],
    [
      'unknown programme line',
      'stories',
      STORY,
      { ...story, lines: ['wonen', 'wonenn'] },
      'lines[1]',
      /"wonenn" staat niet in de lijst\. Kies een van: wonen, werken, leven, imago\./,
    ],
    [
      'unknown age group',
      'stories',
      STORY,
      { ...story, ages: ['18-24'] },
      'ages[0]',
      /"18-24" staat niet in de lijst\. Kies een van: 4-18 \(4-18 jaar\), 18-25 \(18-25 jaar\)/,
    ],
    [
      'unknown target group',
      'stories',
      STORY,
      { ...story, segments: ['expat'] },
      'segments[0]',
      /"expat" staat niet in de lijst\. Kies een van: aanwezig-talent \(Aanwezig talent\), hunkertukker/,
    ],
    [
      'no target group at all',
      'stories',
      STORY,
      { ...story, segments: [] },
      'segments',
      /is leeg\. Kies er minstens één/,
    ],
    [
      'missing alt text',
      'stories',
      STORY,
      { ...story, hero: { src: story.hero.src } },
      'hero.alt',
      /is niet ingevuld\. Beschrijf in één zin wat er op de afbeelding te zien is/,
    ],
    [
      'empty alt text',
      'stories',
      STORY,
      { ...story, hero: { ...story.hero, alt: '   ' } },
      'hero.alt',
      /is niet ingevuld\. Beschrijf in één zin wat er op de afbeelding te zien is/,
    ],
    [
      'unparseable date',
      'stories',
      STORY,
      { ...story, publishDate: 'gisteren' },
      'publishDate',
      /"gisteren" is geen datum\. Schrijf de datum als 18-03-2026/,
    ],
    [
      'unknown brand status',
      'stories',
      STORY,
      { ...story, brand: 'maybe' },
      'brand',
      /"maybe" staat niet in de lijst\. Kies een van: on \(ON-brand\), off \(OFF-brand\)/,
    ],
    [
      'OFF-brand entry marked as featured',
      'stories',
      STORY,
      { ...story, brand: 'off', featured: true },
      'featured',
      /staat aan, maar het stuk is OFF-brand/,
    ],
    [
      'unknown story format',
      'stories',
      STORY,
      { ...story, format: 'podcast' },
      'format',
      /"podcast" staat niet in de lijst\. Kies een van: artikel, video \(Video-interview\), terugkeer/,
    ],
    [
      'video story without transcript',
      'stories',
      STORY,
      { ...story, format: 'video', video: { url: 'https://youtu.be/2vAXKNWtM3s', duration: 'PT2M' } },
      'video.transcript',
      /Een video-interview heeft de uitgeschreven tekst nodig/,
    ],
    [
      'video on an unknown host',
      'stories',
      STORY,
      {
        ...story,
        format: 'video',
        video: { url: 'https://example.com/v.mp4', duration: 'PT2M', transcript: 'Tekst' },
      },
      'video.url',
      /is geen video op YouTube of Vimeo/,
    ],
    [
      'video poster without alt text',
      'stories',
      STORY,
      {
        ...story,
        format: 'video',
        video: {
          url: 'https://youtu.be/2vAXKNWtM3s',
          duration: 'PT2M',
          transcript: 'Tekst',
          poster: { src: '../../images/portret-2.jpg' },
        },
      },
      'video.poster.alt',
      /is niet ingevuld\. Beschrijf in één zin wat er op de afbeelding te zien is/,
    ],
    [
      'return story without its return details',
      'stories',
      STORY,
      { ...story, return: undefined },
      'return',
      /Bij Soort verhaal staat Terugkeerverhaal/,
    ],
    [
      'misspelt field',
      'stories',
      STORY,
      { ...story, titel: 'Roel' },
      'titel',
      /"titel" is geen veld dat de site kent\. Kijk of de naam goed geschreven is\. Deze velden bestaan: title, summary/,
    ],
    [
      'language that does not match the folder',
      'stories',
      STORY,
      { ...story, lang: 'en' },
      'lang',
      /is "en", maar het bestand staat in de map "nl"/,
    ],
    [
      'event that ends before it starts',
      'events',
      EVENT,
      { ...event, end: '2027-03-11T14:00' },
      'end',
      /is 11-03-2027 14:00, en dat is voor het begin \(11-03-2027 15:00\)/,
    ],
    [
      'event time that is not a time',
      'events',
      EVENT,
      { ...event, start: '11 maart, drie uur' },
      'start',
      /is geen datum met tijd/,
    ],
    [
      'bad registration link',
      'events',
      EVENT,
      { ...event, registration: 'www.hengelo.nl' },
      'registration',
      /"www\.hengelo\.nl" is geen webadres en geen e-mailadres/,
    ],
    [
      'malformed postal code',
      'events',
      EVENT,
      { ...event, venue: { ...event.venue, postalCode: '7555' } },
      'venue.postalCode',
      /"7555" is geen postcode/,
    ],
    [
      'unknown event type',
      'events',
      EVENT,
      { ...event, type: 'rave' },
      'type',
      /"rave" staat niet in de lijst/,
    ],
    [
      'organiser website without https',
      'events',
      EVENT,
      { ...event, organiser: { name: 'X', url: 'http://example.com' } },
      'organiser.url',
      /"http:\/\/example\.com" is geen webadres/,
    ],
    [
      'recurring event whose rule yields no date',
      'events',
      EVENT,
      { ...event, recurrence: { rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' } },
      'recurrence.rule',
      /"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" geeft geen enkele datum/,
    ],
    [
      'recurring event that ends before it comes back',
      'events',
      EVENT,
      { ...event, recurrence: { rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2TH', until: '2026-12-31' } },
      'recurrence.rule',
      /geeft geen enkele datum tussen 2027 en 31-12-2026/,
    ],
    [
      'recurrence rule that is not a rule',
      'events',
      EVENT,
      { ...event, recurrence: { rule: 'elk jaar in maart' } },
      'recurrence.rule',
      /is geen regel die de site kent \(het deel "elk jaar in maart" is geen NAAM=WAARDE\)/,
    ],
    [
      'recurring event that does not start on its rule',
      'events',
      EVENT,
      { ...event, recurrence: { rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=1TH' } },
      'start',
      /is 11-03-2027, maar de regel van Elk jaar terug geeft 04-03-2027/,
    ],
    [
      'unknown event series',
      'events',
      EVENT,
      { ...event, series: 'talentop' },
      'series',
      /"talentop" staat niet in de lijst\. Kies een van: talenttop/,
    ],
    [
      'salary range upside down',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, salary: { min: 600, max: 500, unit: 'MONTH' } },
      'salary.max',
      /is 500, en dat is minder dan het laagste bedrag \(600\)/,
    ],
    [
      'salary per unknown period',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, salary: { min: 600, unit: 'maand' } },
      'salary.unit',
      /"maand" staat niet in de lijst\. Kies een van: HOUR \(uur\), MONTH \(maand\), YEAR \(jaar\)/,
    ],
    [
      'unknown sector',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, sector: 'bouwkunde' },
      'sector',
      /"bouwkunde" staat niet in de lijst\. Kies een van: techniek, zorg, ict/,
    ],
    [
      'unknown level',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, levels: ['hbo', 'phd'] },
      'levels[1]',
      /"phd" staat niet in de lijst\. Kies een van: mbo, hbo, wo/,
    ],
    [
      'deadline before the publish date',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, deadline: '2026-10-01' },
      'deadline',
      /en dat is voor de publicatiedatum \(01-11-2026\)/,
    ],
    [
      'apply link that is neither URL nor e-mail',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, apply: 'bel 14 074' },
      'apply',
      /"bel 14 074" is geen webadres en geen e-mailadres/,
    ],
    [
      'missing required field',
      'opportunities',
      OPPORTUNITY,
      { ...opportunity, compensation: undefined },
      'compensation',
      /is niet ingevuld\. Vul het in\./,
    ],
  ];

  it.each(cases)('%s', (_name, collection, file, data, field, message) => {
    const text = problem(validateEntry(collection, file, data));
    expect(text).toContain(file);
    // The field as the CMS labels it, with its name in the file after it (a field the site does
    // not know has no label: then its name alone).
    const name = fieldName(collection, field);
    expect(name === field ? field : name.endsWith(` (${field})`) && /^[A-Z]/.test(name), name).toBe(
      name === field ? 'titel' : true,
    );
    expect(text).toContain(`  - ${name}: `);
    expect(text).toMatch(message);
  });

  it('quote component without a person (in an MDX body)', () => {
    const file = 'content/stories/nl/roel-kwam-terug.mdx';
    const raw =
      '---\ntitle: Roel\n---\n\nRoel vertelt.\n\n<Quote role="UX-designer">Hier is ruimte.</Quote>\n';
    const text = problem(validateEntry('stories', file, story, raw));
    expect(text).toContain(file);
    expect(text).toContain('Tekst, regel 7, blok Citaat › Naam: ');
    expect(text).toMatch(/is niet ingevuld: de naam van wie het zegt, zoals person="Anouk Smit"\./);
  });

  it('keeps the address of the video archive free', () => {
    const text = problem(validateEntry('stories', 'content/stories/nl/video.mdx', story));
    expect(text).toContain('content/stories/nl/video.mdx');
    expect(text).toContain('  - De bestandsnaam "video" is al van het video-archief (verhalen/video/).');
  });

  it('lists every problem of a file at once', () => {
    const text = problem(validateEntry('stories', STORY, { ...story, lines: ['x'], ages: ['y'] }));
    expect(text).toMatch(/heeft 2 problemen:/);
    expect(text).toContain('Programmalijnen (keuze 1) (lines[0]): ');
    expect(text).toContain('Leeftijdsgroepen (keuze 1) (ages[0]): ');
  });

  it("keeps event files off the names of the agenda's own pages", () => {
    const text = problem(validateEntry('events', 'content/events/nl/archief.md', event));
    expect(text).toContain('content/events/nl/archief.md');
    expect(text).toMatch(/ {2}- De bestandsnaam "archief" is al van een pagina van de agenda zelf/);
  });

  it('accepts a recurring event that starts on its rule', () => {
    const recurring = {
      ...event,
      recurrence: { rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2TH', until: '2030-12-31' },
    };
    expect(validateEntry('events', EVENT, recurring)).toMatchObject({ ok: true });
  });

  it('catches a programme line page whose file name and id differ', () => {
    const text = problem(validateEntry('lines', 'content/lines/nl/wonen.md', { line: 'werken', lang: 'nl' }));
    expect(text).toContain('Programmalijn (line): is "werken", maar het bestand heet "wonen".');
  });
});

describe('dates as written in the file', () => {
  it('catches a day that does not exist before the YAML parser rolls it over', () => {
    const raw = '---\ntitle: X\npublishDate: 2026-02-30\ndeadline: 2026-03-01\n---\nBody';
    expect(impossibleDates(raw)).toEqual([
      { field: 'publishDate', message: expect.stringContaining('"2026-02-30" is geen dag die bestaat') },
    ]);
    const text = problem(validateEntry('stories', STORY, story, raw));
    expect(text).toContain('Publicatiedatum (publishDate): ');
  });
});

describe('fieldPath', () => {
  it('writes paths as they read in frontmatter', () => {
    expect(fieldPath(['venue', 'city'])).toBe('venue.city');
    expect(fieldPath(['lines', 0])).toBe('lines[0]');
    expect(fieldPath([])).toBe('');
  });
});

describe('raw HTML in a body', () => {
  const file = (body: string) => `---\ntitle: X\n---\n${body}`;
  it.each([
    ['a script', 'Tekst\n<script>alert(1)</script>', 'body (line 5)'],
    ['an image with an event handler', '"><img src=x onerror=alert(1)>', 'body (line 4)'],
    ['a frame', '<iframe src="https://example.com"></iframe>', 'body (line 4)'],
    ['a javascript: link', '[klik](javascript:alert(1))', 'body (line 4)'],
  ])('refuses %s, naming the line', (_name, body, field) => {
    const problems = dangerousHtml(file(body));
    expect(problems.map((p) => p.field)).toEqual([field]);
    const text = problem(validateEntry('stories', STORY, story, file(body)));
    expect(text).toContain(STORY);
    expect(text).toContain(`  - ${field.replace(/^body \(line (\d+)\)$/, 'Tekst, regel $1')}: `);
  });
  it('allows the same text as code, where Markdown shows it as text', () => {
    expect(
      dangerousHtml(file('Schrijf `<script>` zo.\n\n```html\n<script>alert(1)</script>\n```\n')),
    ).toEqual([]);
  });
  it('allows ordinary Markdown and HTML entities', () => {
    expect(
      dangerousHtml(file('## Kop\n\nTekst met **nadruk**, een [link](https://www.hengelo.nl/) en 3 &lt; 4.')),
    ).toEqual([]);
  });
});
