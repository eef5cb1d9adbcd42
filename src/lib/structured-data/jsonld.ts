/**
 * Structured data (schema.org JSON-LD) for search engines: Event on event pages, JobPosting on
 * open opportunity pages, Organization on employer pages. Pure builders from an entry's data, so every field is unit-tested; the
 * `JsonLd` component renders the result. Times carry Hengelo's offset (`toZonedIso`).
 */
import { isClosed } from '../schedule';
import { escapeHtml } from '../site/html';
import type { EmployerData, EventData, OpportunityData } from '../content/schemas';
import { toZonedIso, zonedDate, zonedTimeToUtc } from '../time/zone';
import type { OpportunityTypeId } from '../content/vocabulary';

const SCHEMA = 'https://schema.org';

type Venue = EventData['venue'];
type Party = EventData['organiser'];

function organization(party: Party) {
  return { '@type': 'Organization', name: party.name, ...(party.url ? { url: party.url } : {}) };
}

function postalAddress(venue: Venue) {
  return {
    '@type': 'PostalAddress',
    streetAddress: venue.street,
    postalCode: venue.postalCode,
    addressLocality: venue.city,
    addressCountry: 'NL',
  };
}

const EVENT_STATUS = {
  scheduled: `${SCHEMA}/EventScheduled`,
  cancelled: `${SCHEMA}/EventCancelled`,
  postponed: `${SCHEMA}/EventPostponed`,
} as const;

/** What the Event builder needs beyond the entry's data. */
export interface PageContext {
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of the page's image (optional). */
  image?: string | undefined;
  /** BCP 47 language of the page, e.g. nl-NL. */
  language: string;
}

export type EventSource = Pick<
  EventData,
  'title' | 'summary' | 'start' | 'end' | 'status' | 'venue' | 'organiser' | 'price' | 'registration'
>;

/** schema.org Event. Registration by e-mail has no URL of its own, so the offer points at the page. */
export function eventJsonLd(data: EventSource, page: PageContext) {
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url: page.url,
    inLanguage: page.language,
    ...(page.image ? { image: [page.image] } : {}),
    startDate: toZonedIso(data.start),
    endDate: toZonedIso(data.end),
    eventStatus: EVENT_STATUS[data.status],
    eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
    location: { '@type': 'Place', name: data.venue.name, address: postalAddress(data.venue) },
    organizer: organization(data.organiser),
    isAccessibleForFree: data.price === 0,
    offers: {
      '@type': 'Offer',
      price: data.price,
      priceCurrency: 'EUR',
      url: data.registration?.startsWith('https://') ? data.registration : page.url,
      availability: `${SCHEMA}/InStock`,
    },
  };
}

/** Hours a week as numbers, from text such as "24-36 uur per week" or "32 hours": [min, max]. */
export function weeklyHours(text: string): [number, number] | undefined {
  const numbers = [...text.matchAll(/\d+(?:[.,]\d+)?/g)]
    .map((match) => Number(match[0].replace(',', '.')))
    .filter((n) => n >= 4 && n <= 60)
    .slice(0, 2);
  const [min, max] = numbers;
  return min === undefined ? undefined : [min, max ?? min];
}

/** A full working week in the Netherlands starts at 36 hours. */
const FULL_TIME_HOURS = 36;

/**
 * schema.org employmentType. Internships and graduation assignments are INTERN, work-study
 * places OTHER; a job or traineeship is FULL_TIME and/or PART_TIME by its hours (36 or more a week
 * is full time; a range such as 24-36 hours is both).
 */
export function employmentType(type: OpportunityTypeId, hours: string): string | string[] {
  if (type === 'stage' || type === 'afstudeeropdracht') return 'INTERN';
  if (type === 'leerwerktraject') return 'OTHER';
  const range = weeklyHours(hours);
  if (!range) return 'FULL_TIME';
  const [min, max] = range;
  const types = [
    ...(max >= FULL_TIME_HOURS ? ['FULL_TIME'] : []),
    ...(min < FULL_TIME_HOURS ? ['PART_TIME'] : []),
  ];
  return types.length === 1 ? (types[0] ?? 'FULL_TIME') : types;
}

/** The last moment to apply: the end of the deadline day in Hengelo. */
export function endOfDeadlineDay(deadline: Date): Date {
  return zonedTimeToUtc(`${zonedDate(deadline)}T23:59:59`);
}

export type JobSource = Pick<
  OpportunityData,
  'title' | 'summary' | 'publishDate' | 'deadline' | 'type' | 'hours' | 'location' | 'salary' | 'startDate'
>;

/** The employer as a JobPosting names it: its name, website, page on this site and image. */
export interface Hirer {
  name: string;
  /** The employer's own website. */
  website: string;
  /** Absolute URL of the employer's page on this site (optional). */
  page?: string | undefined;
  /** Absolute URL of the employer's logo or image (optional). */
  logo?: string | undefined;
}

export type EmployerSource = Pick<
  EmployerData,
  'name' | 'summary' | 'website' | 'places' | 'sector' | 'workingLanguages'
>;

/**
 * schema.org Organization for an employer's page: who they are, their website, where they work
 * in Twente and the languages people work in there.
 */
export function organizationJsonLd(data: EmployerSource, page: PageContext & { languages: string[] }) {
  return {
    '@context': SCHEMA,
    '@type': 'Organization',
    name: data.name,
    description: data.summary,
    url: page.url,
    sameAs: data.website,
    ...(page.image ? { logo: page.image, image: page.image } : {}),
    knowsLanguage: page.languages,
    location: data.places.map((place) => ({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: place, addressCountry: 'NL' },
    })),
  };
}

/**
 * A JobPosting's description, which search engines read as HTML: the body as the build rendered
 * it (Markdown; its markup passed the body check when the content was loaded), or else the
 * summary as one paragraph of escaped text (an MDX body has no rendered HTML).
 */
export function jobDescription(renderedHtml: string | undefined, summary: string): string {
  return renderedHtml?.trim() ? renderedHtml : `<p>${escapeHtml(summary)}</p>`;
}

/**
 * schema.org JobPosting for an opportunity that is open at `now`; undefined once it has closed,
 * so a closed opportunity never carries job data. `description` is the full text as HTML.
 */
export function jobPostingJsonLd(
  data: JobSource,
  page: PageContext & { identifier: string; description: string; employer: Hirer },
  now: Date,
) {
  if (isClosed(data.deadline, now)) return undefined;
  const salary = data.salary;
  return {
    '@context': SCHEMA,
    '@type': 'JobPosting',
    title: data.title,
    description: page.description,
    url: page.url,
    inLanguage: page.language,
    ...(page.image ? { image: page.image } : {}),
    identifier: { '@type': 'PropertyValue', name: page.employer.name, value: page.identifier },
    datePosted: zonedDate(data.publishDate),
    validThrough: toZonedIso(endOfDeadlineDay(data.deadline)),
    ...(data.startDate ? { jobStartDate: zonedDate(data.startDate) } : {}),
    employmentType: employmentType(data.type, data.hours),
    hiringOrganization: {
      '@type': 'Organization',
      name: page.employer.name,
      sameAs: page.employer.website,
      ...(page.employer.page ? { url: page.employer.page } : {}),
      ...(page.employer.logo ? { logo: page.employer.logo } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: data.location, addressCountry: 'NL' },
    },
    ...(salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: {
              '@type': 'QuantitativeValue',
              ...(salary.max === undefined
                ? { value: salary.min }
                : { minValue: salary.min, maxValue: salary.max }),
              unitText: salary.unit,
            },
          },
        }
      : {}),
  };
}

/**
 * JSON for inside a <script> element, the one serializer for every JSON-LD block of the site
 * (events, opportunities and stories, through `src/components/JsonLd.astro`): `<` is written as
 * \u003c so that no text in the content ("</script>", "<!--") can end the element early; `>`, `&`
 * and the two line separators that old JavaScript parsers choke on are escaped too. The result is
 * still the same JSON.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
