/**
 * Realistic generated stories for the filter benchmark: valid against the content contract, spread
 * over every facet like real entries are, and sharing a few images (so a build of 10,000 entries
 * does not process 10,000 images). Deterministic: the same count gives the same entries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded random generator (mulberry32), so runs are comparable. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LINES = ['wonen', 'werken', 'leven', 'imago'];
const AGES = ['4-18', '18-25', '25-30', '30-35'];
const SEGMENTS = ['aanwezig-talent', 'hunkertukker', 'nieuw-talent'];
const MOMENTS = ['studie', 'baan', 'settle'];
// Four shared illustrations, with their alt text from content/images/catalogue.md.
const IMAGES = [
  [
    'portret-1.jpg',
    'Illustratie: persoon met bouwhelm en veiligheidshesje houdt een steeksleutel vast, voor een fabriekshal.',
  ],
  [
    'maakstad.jpg',
    'Illustratie: fabriekshal met zaagtanddak en hoge schoorsteen, tandwielen vooraan, stad en windturbines erachter.',
  ],
  [
    'spoorzone.jpg',
    'Illustratie: moderne trein op het spoor langs een perronkap en nieuwe appartementengebouwen.',
  ],
  [
    'twente-landschap.jpg',
    'Illustratie: glooiende velden met hallenhuisboerderij, eiken, een fietser op het fietspad en de stad in de verte.',
  ],
];
const NAMES = [
  'Sanne',
  'Daan',
  'Fleur',
  'Thijs',
  'Noor',
  'Bram',
  'Lotte',
  'Jesse',
  'Eva',
  'Milan',
  'Yara',
  'Sem',
];
const PLACES = [
  'Amsterdam',
  'Utrecht',
  'Rotterdam',
  'Groningen',
  'Berlijn',
  'Eindhoven',
  'Zwolle',
  'Den Haag',
];
const JOBS = [
  'werktuigbouwkundige',
  'verpleegkundige',
  'softwareontwikkelaar',
  'docent techniek',
  'ontwerper',
  'projectleider',
  'data-analist',
  'monteur',
];
const TOPICS = [
  'een betaalbaar huis met een tuin',
  'werk in de maakindustrie',
  'een stage bij een techbedrijf',
  'de cultuur in de binnenstad',
  'familie en vrienden dichtbij',
  'een studio in de Spoorzone',
];

function some(rnd, values, min, max) {
  const count = min + Math.floor(rnd() * (max - min + 1));
  const pool = [...values];
  const chosen = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  return values.filter((value) => chosen.includes(value));
}

const pick = (rnd, values) => values[Math.floor(rnd() * values.length)];
const list = (values) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;

/**
 * Write `count` Dutch stories into `folder` (content/stories/nl of a temporary content folder).
 * Publish dates lie before `before` (the build date), so every entry is published.
 */
export function generateStories(folder, count, before = new Date()) {
  mkdirSync(folder, { recursive: true });
  const rnd = random(count);
  const portrayed = new Set();
  for (let n = 1; n <= count; n += 1) {
    const name = pick(rnd, NAMES);
    const job = pick(rnd, JOBS);
    const topic = pick(rnd, TOPICS);
    const place = pick(rnd, PLACES);
    const format = rnd() < 0.3 ? 'terugkeer' : 'artikel';
    const segments = format === 'terugkeer' ? ['hunkertukker'] : some(rnd, SEGMENTS, 1, 2);
    const [image, alt] = pick(rnd, IMAGES);
    const date = new Date(before.getTime() - (1 + Math.floor(rnd() * 1000)) * 86_400_000);
    const title = `${name} (${n}) koos voor ${topic}`;
    const lines = [
      '---',
      `title: ${JSON.stringify(title.slice(0, 90))}`,
      `summary: ${JSON.stringify(`${name} werkt als ${job} in Hengelo en vertelt waarom ${topic} de doorslag gaf.`)}`,
      'lang: nl',
      `publishDate: ${date.toISOString().slice(0, 10)}`,
      `lines: ${list(some(rnd, LINES, 1, 3))}`,
      `ages: ${list(some(rnd, AGES, 1, 2))}`,
      `segments: ${list(segments)}`,
      `moments: ${list(some(rnd, MOMENTS, 0, 2))}`,
      'brand: "on"',
      `format: ${format}`,
      // One picture, one person (src/lib/content/portraits.ts): the stories share four images, so
      // only the first story of each image names its person.
      ...(portrayed.has(image)
        ? []
        : [
            'person:',
            `  name: ${name}`,
            `  role: ${JSON.stringify(`${job[0]?.toUpperCase()}${job.slice(1)} in Hengelo`)}`,
          ]),
      ...(format === 'terugkeer'
        ? [
            'return:',
            `  from: ${place}`,
            `  away: ${2 + Math.floor(rnd() * 10)} jaar`,
            `  why: "Voor ${topic}."`,
          ]
        : []),
      'hero:',
      `  src: ../../images/${image}`,
      `  alt: ${JSON.stringify(alt)}`,
      '---',
      '',
      `${name} groeide op in ${place} en werkt nu als ${job} in Hengelo. "Ik zocht ${topic}," vertelt ${name}. "Dat vond ik hier."`,
      '',
      '## Waarom Hengelo',
      '',
      `In Hengelo en Twente is veel werk in de techniek en de zorg. ${name} merkte dat snel. "Binnen een maand had ik drie gesprekken."`,
      '',
    ];
    writeFileSync(join(folder, `verhaal-${String(n).padStart(5, '0')}.md`), lines.join('\n'));
    portrayed.add(image);
  }
}

const SECTOR_IDS = ['techniek', 'zorg', 'ict', 'onderwijs', 'overheid', 'creatief', 'overig'];
const FEED_TITLES = [
  ['Stage', 'INTERN'],
  ['Afstudeeropdracht', 'INTERN'],
  ['Traineeship', 'FULL_TIME'],
  ['Werkstudent', 'PART_TIME'],
  ['Engineer', 'FULL_TIME'],
  ['Medewerker', 'PART_TIME'],
];
const FEED_TOPICS = [
  'procestechniek',
  'data',
  'zorg thuis',
  'logistiek',
  'software',
  'onderwijs',
  'energie',
  'planning',
];

/** One generated JobPosting (fictional employer, example.org addresses), ~300 words. */
function feedPosting(rnd, employer, index) {
  const [word, employmentType] = pick(rnd, FEED_TITLES);
  const topic = pick(rnd, FEED_TOPICS);
  const english = rnd() < 0.3;
  const sentence = english
    ? `You work with our team on ${topic} in Hengelo and you learn from experienced colleagues.`
    : `Je werkt met ons team aan ${topic} in Hengelo en je leert van ervaren collega's.`;
  const paragraphs = Array.from(
    { length: 6 },
    () => `<p>${Array.from({ length: 5 }, () => sentence).join(' ')}</p>`,
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: `${word} ${topic} ${index}`,
    description: `${paragraphs.join('')}<ul><li>${sentence}</li><li>${sentence}</li></ul>`,
    identifier: { '@type': 'PropertyValue', name: employer.name, value: `v-${index}` },
    datePosted: '2026-11-01',
    validThrough: `2027-0${1 + (index % 6)}-15`,
    employmentType,
    inLanguage: english ? 'en' : 'nl',
    educationRequirements: pick(rnd, ['mbo', 'hbo', 'bachelor', 'master', '']),
    url: `https://werken.example.org/${employer.id}/${index}`,
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: pick(rnd, ['Hengelo', 'Enschede', 'Almelo', 'Borne']),
      },
    },
  };
}

/**
 * `employers` fictional employers in `<content>/employers/nl/` whose feeds, `vacancies` postings
 * in all, are files in `feedDir` served at `origin`: a quarter JSON arrays, a quarter `@graph`s, a
 * quarter HTML pages with JSON-LD, a quarter sitemaps of one HTML page per posting. Deterministic.
 */
export function generateJobFeeds(content, feedDir, origin, { employers = 200, vacancies = 5000 } = {}) {
  const rnd = random(employers * 7 + vacancies);
  mkdirSync(join(content, 'employers', 'nl'), { recursive: true });
  mkdirSync(join(feedDir, 'pages'), { recursive: true });
  const postings = [];
  for (let e = 0; e < employers; e += 1) {
    const employer = { id: `werkgever-${String(e + 1).padStart(3, '0')}`, name: `Fictief Bedrijf ${e + 1}` };
    const count = Math.floor(vacancies / employers) + (e < vacancies % employers ? 1 : 0);
    const own = Array.from({ length: count }, (_, i) => feedPosting(rnd, employer, i + 1));
    postings.push(...own);
    const format = ['array', 'graph', 'html', 'sitemap'][e % 4];
    let feed;
    if (format === 'array') {
      feed = `${employer.id}.json`;
      writeFileSync(join(feedDir, feed), JSON.stringify(own));
    } else if (format === 'graph') {
      feed = `${employer.id}.json`;
      writeFileSync(join(feedDir, feed), JSON.stringify({ '@context': 'https://schema.org', '@graph': own }));
    } else {
      const page = (items) =>
        `<!doctype html><html lang="nl"><head><title>Vacatures</title>${items.map((item) => `<script type="application/ld+json">${JSON.stringify(item).replace(/</g, '\\u003c')}</script>`).join('')}</head><body></body></html>`;
      if (format === 'html') {
        feed = `${employer.id}.html`;
        writeFileSync(join(feedDir, feed), page(own));
      } else {
        feed = `${employer.id}.xml`;
        own.forEach((item, i) =>
          writeFileSync(join(feedDir, 'pages', `${employer.id}-${i + 1}.html`), page([item])),
        );
        const urls = own
          .map((_, i) => `<url><loc>${origin}/pages/${employer.id}-${i + 1}.html</loc></url>`)
          .join('');
        writeFileSync(
          join(feedDir, feed),
          `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`,
        );
      }
    }
    writeFileSync(
      join(content, 'employers', 'nl', `${employer.id}.md`),
      [
        '---',
        `name: ${JSON.stringify(employer.name)}`,
        'summary: "Een fictieve werkgever voor de benchmark."',
        'lang: nl',
        'publishDate: 2026-01-01',
        'brand: "on"',
        `sector: ${SECTOR_IDS[e % SECTOR_IDS.length]}`,
        'size: "50-249"',
        'places: [Hengelo]',
        'workingLanguages: [nl]',
        'hiresInternationally: false',
        'website: https://werken.example.org/',
        `image: ../../images/${IMAGES[0][0]}`,
        'imageAlt: "Illustratie bij de benchmark."',
        `jobFeed: ${origin}/${feed}`,
        '---',
        '',
        'Een fictieve werkgever voor de benchmark.',
        '',
      ].join('\n'),
    );
  }
  return postings;
}
