// JSON-LD builders, field by field: Event and JobPosting as search engines read them; and the one
// serializer that writes every JSON-LD block of the site.
import { describe, expect, it } from 'vitest';
import {
  organizationJsonLd,
  employmentType,
  endOfDeadlineDay,
  eventJsonLd,
  jobPostingJsonLd,
  serializeJsonLd,
  weeklyHours,
} from '../../src/lib/structured-data/jsonld';
import { storyJsonLd } from '../../src/lib/structured-data/story';
import { toZonedIso, zonedTimeToUtc } from '../../src/lib/time/zone';

const page = {
  url: 'https://talent.hengelo.nl/agenda/talenttop-3/',
  image: 'https://talent.hengelo.nl/_astro/talenttop.jpg',
  language: 'nl-NL',
};

const event = {
  title: 'TalentTop #3: wonen voor jong talent',
  summary: 'De derde TalentTop gaat over wonen.',
  start: zonedTimeToUtc('2027-03-11T15:00'),
  end: zonedTimeToUtc('2027-03-11T20:00'),
  status: 'scheduled' as const,
  venue: {
    name: 'Stadhuis Hengelo',
    street: 'Burgemeester Jansenplein 1',
    postalCode: '7551 EC',
    city: 'Hengelo',
  },
  organiser: { name: 'Gemeente Hengelo', url: 'https://www.hengelo.nl/' },
  price: 0,
  registration: 'https://example.com/talenttop-3',
};

describe('eventJsonLd', () => {
  const json = eventJsonLd(event, page);

  it('names the event and where to read about it', () => {
    expect(json['@context']).toBe('https://schema.org');
    expect(json['@type']).toBe('Event');
    expect(json.name).toBe(event.title);
    expect(json.description).toBe(event.summary);
    expect(json.url).toBe(page.url);
    expect(json.image).toEqual([page.image]);
    expect(json.inLanguage).toBe('nl-NL');
  });

  it('gives start and end with Hengelo offset, in winter and in summer', () => {
    expect(json.startDate).toBe('2027-03-11T15:00:00+01:00');
    expect(json.endDate).toBe('2027-03-11T20:00:00+01:00');
    const summer = eventJsonLd(
      { ...event, start: zonedTimeToUtc('2027-06-19T14:00'), end: zonedTimeToUtc('2027-06-19T23:30') },
      page,
    );
    expect(summer.startDate).toBe('2027-06-19T14:00:00+02:00');
    expect(summer.endDate).toBe('2027-06-19T23:30:00+02:00');
  });

  it('maps every status', () => {
    expect(json.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(eventJsonLd({ ...event, status: 'cancelled' }, page).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    );
    expect(eventJsonLd({ ...event, status: 'postponed' }, page).eventStatus).toBe(
      'https://schema.org/EventPostponed',
    );
  });

  it('is an event on location, at a Place with a Dutch postal address', () => {
    expect(json.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(json.location).toEqual({
      '@type': 'Place',
      name: 'Stadhuis Hengelo',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Burgemeester Jansenplein 1',
        postalCode: '7551 EC',
        addressLocality: 'Hengelo',
        addressCountry: 'NL',
      },
    });
  });

  it('names the organiser', () => {
    expect(json.organizer).toEqual({
      '@type': 'Organization',
      name: 'Gemeente Hengelo',
      url: 'https://www.hengelo.nl/',
    });
    expect(eventJsonLd({ ...event, organiser: { name: 'Metropool' } }, page).organizer).toEqual({
      '@type': 'Organization',
      name: 'Metropool',
    });
  });

  it('offers free entry at price 0 in euros, via the registration link or else the page', () => {
    expect(json.isAccessibleForFree).toBe(true);
    expect(json.offers).toEqual({
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url: 'https://example.com/talenttop-3',
      availability: 'https://schema.org/InStock',
    });
    const paid = eventJsonLd({ ...event, price: 12.5, registration: 'talent@hengelo.nl' }, page);
    expect(paid.isAccessibleForFree).toBe(false);
    expect(paid.offers).toMatchObject({ price: 12.5, priceCurrency: 'EUR', url: page.url });
  });
});

const job = {
  title: 'Stage gebiedsontwikkeling Spoorzone',
  summary: 'Werk een half jaar mee aan de Spoorzone.',
  publishDate: zonedTimeToUtc('2026-11-10T00:00'),
  deadline: zonedTimeToUtc('2026-12-20T00:00'),
  startDate: zonedTimeToUtc('2027-02-01T00:00'),
  type: 'stage' as const,
  hours: '32-36 uur per week',
  location: 'Hengelo',
  salary: { min: 650, unit: 'MONTH' as const },
};
const jobPage = {
  url: 'https://talent.hengelo.nl/kansen/stage-gebiedsontwikkeling-spoorzone/',
  language: 'nl-NL',
  identifier: 'stage-gebiedsontwikkeling-spoorzone',
  description: '<p>Werk mee.</p>',
  employer: {
    name: 'Bureau Spoorkwartier',
    website: 'https://www.bureau-spoorkwartier.example/',
    page: 'https://talent.hengelo.nl/werkgevers/bureau-spoorkwartier/',
    logo: 'https://talent.hengelo.nl/_astro/spoorzone.jpg',
  },
};

describe('jobPostingJsonLd', () => {
  const open = zonedTimeToUtc('2026-12-20T23:59');
  const json = jobPostingJsonLd(job, jobPage, open);

  it('is there while the opportunity is open, and gone the day after its deadline', () => {
    expect(json).toBeDefined();
    expect(jobPostingJsonLd(job, jobPage, zonedTimeToUtc('2026-12-21T00:00'))).toBeUndefined();
  });

  it('has the fields search engines require', () => {
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: job.title,
      description: '<p>Werk mee.</p>',
      url: jobPage.url,
      inLanguage: 'nl-NL',
      datePosted: '2026-11-10',
      jobStartDate: '2027-02-01',
    });
  });

  it('is valid through the end of the deadline day in Hengelo, with offset', () => {
    expect(json?.validThrough).toBe('2026-12-20T23:59:59+01:00');
    expect(toZonedIso(endOfDeadlineDay(zonedTimeToUtc('2027-06-30T00:00')))).toBe(
      '2027-06-30T23:59:59+02:00',
    );
  });

  it('names the employer, the place and an identifier', () => {
    expect(json?.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'Bureau Spoorkwartier',
      sameAs: 'https://www.bureau-spoorkwartier.example/',
      url: 'https://talent.hengelo.nl/werkgevers/bureau-spoorkwartier/',
      logo: 'https://talent.hengelo.nl/_astro/spoorzone.jpg',
    });
    const bare = jobPostingJsonLd(
      job,
      { ...jobPage, employer: { name: 'X', website: 'https://x.example/' } },
      open,
    );
    expect(bare?.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'X',
      sameAs: 'https://x.example/',
    });
    expect(json?.jobLocation).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Hengelo', addressCountry: 'NL' },
    });
    expect(json?.identifier).toEqual({
      '@type': 'PropertyValue',
      name: 'Bureau Spoorkwartier',
      value: 'stage-gebiedsontwikkeling-spoorzone',
    });
  });

  it('gives a salary only when there is one: one amount, or a range', () => {
    expect(json?.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 650, unitText: 'MONTH' },
    });
    const range = jobPostingJsonLd(
      { ...job, salary: { min: 3600, max: 5200, unit: 'MONTH' } },
      jobPage,
      open,
    );
    expect(range?.baseSalary?.value).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 3600,
      maxValue: 5200,
      unitText: 'MONTH',
    });
    const none = jobPostingJsonLd({ ...job, salary: undefined }, jobPage, open);
    expect(none && 'baseSalary' in none).toBe(false);
  });
});

describe('employmentType', () => {
  it('makes internships and graduation assignments INTERN, work-study OTHER', () => {
    expect(employmentType('stage', '40 uur')).toBe('INTERN');
    expect(employmentType('afstudeeropdracht', '36-40 uur per week')).toBe('INTERN');
    expect(employmentType('leerwerktraject', '38 uur per week, waarvan 1 dag school')).toBe('OTHER');
  });
  it('reads full and part time from the hours of a job or traineeship', () => {
    expect(employmentType('baan', '36-40 uur per week')).toBe('FULL_TIME');
    expect(employmentType('traineeship', '40 hours a week')).toBe('FULL_TIME');
    expect(employmentType('baan', '24-32 uur per week')).toBe('PART_TIME');
    expect(employmentType('baan', '24-36 uur per week')).toEqual(['FULL_TIME', 'PART_TIME']);
    expect(employmentType('baan', 'in overleg')).toBe('FULL_TIME');
  });
  it('reads hours from Dutch and English text', () => {
    expect(weeklyHours('24-40 uur per week (0,6-1,0 fte)')).toEqual([24, 40]);
    expect(weeklyHours('32 hours a week')).toEqual([32, 32]);
    expect(weeklyHours('flexibel')).toBeUndefined();
  });
});

describe('serializeJsonLd (every JSON-LD block: events, opportunities, stories)', () => {
  it('cannot be broken out of by content, and parses back to the same data', () => {
    const value = { name: 'Bad </script><script>alert(1)</script> & <!-- x -->', line: 'a\u2028b\u2029c' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('keeps a story graph, nested objects and all, the same JSON', () => {
    const graph = storyJsonLd({
      url: 'https://talent.hengelo.nl/verhalen/tim/',
      site: 'https://talent.hengelo.nl/',
      language: 'nl-NL',
      title: 'Tim <3 Hengelo & "Twente"',
      summary: 'Tim begon een bedrijf in Hengelo.',
      publishDate: new Date('2025-07-08T22:00:00Z'),
      image: 'https://talent.hengelo.nl/og/verhalen/tim.jpg',
      publisher: 'Gemeente Hengelo',
    });
    const text = serializeJsonLd(graph);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(graph)));
  });
});

describe('organizationJsonLd', () => {
  const employer = {
    name: 'Studio Stoomhamer',
    summary: 'Ontwerpt huisstijlen.',
    website: 'https://www.studio-stoomhamer.example/',
    places: ['Hengelo', 'Enschede'],
    sector: 'creatief' as const,
    workingLanguages: ['nl' as const, 'en' as const],
  };
  const json = organizationJsonLd(employer, {
    url: 'https://talent.hengelo.nl/werkgevers/studio-stoomhamer/',
    image: 'https://talent.hengelo.nl/_astro/broedplaats.jpg',
    language: 'nl-NL',
    languages: ['nl', 'en'],
  });

  it('names the employer, its page, its own website and its logo', () => {
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Studio Stoomhamer',
      description: 'Ontwerpt huisstijlen.',
      url: 'https://talent.hengelo.nl/werkgevers/studio-stoomhamer/',
      sameAs: 'https://www.studio-stoomhamer.example/',
      logo: 'https://talent.hengelo.nl/_astro/broedplaats.jpg',
      knowsLanguage: ['nl', 'en'],
    });
  });

  it('gives one place per town it works in', () => {
    expect(json.location.map((place) => place.address.addressLocality)).toEqual(['Hengelo', 'Enschede']);
  });

  it('has no logo without an image', () => {
    const bare = organizationJsonLd(employer, {
      url: 'https://talent.hengelo.nl/',
      language: 'nl-NL',
      languages: [],
    });
    expect('logo' in bare).toBe(false);
  });
});
