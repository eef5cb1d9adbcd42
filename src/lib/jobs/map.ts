/**
 * One schema.org JobPosting as an opportunity of the site, in the vocabulary: type from the title's
 * words and `employmentType`, level from `educationRequirements`, sector from the employer,
 * working language from `inLanguage` or the text, place from `jobLocation`, deadline from
 * `validThrough` (else the default window, which the build report states). A posting the site
 * cannot show (no title, a kind of work the site does not list, no https link to apply, closed)
 * is skipped with its reason.
 */
import type {
  Locale,
  OpportunityLanguageId,
  OpportunityTypeId,
  SectorId,
  LevelId,
} from '../content/vocabulary';
import { opportunityTypes, sectors } from '../content/vocabulary';
import { calendarDay } from '../content/schemas/fields';
import { zonedDate } from '../time/zone';
import type { Posting } from './parse';
import { plainText, safeDescription } from './sanitize';

/** An employer with a job feed, as the importer reads it from `content/employers/nl/<id>.md`. */
export interface FeedEmployer {
  id: string;
  name: string;
  sector: SectorId;
  places: string[];
  jobFeed: string;
  website?: string;
  /** Ids (or slugs) of imported vacancies an editor has hidden. */
  hideVacancies: string[];
  file: string;
}

/** The language of the work, as the opportunity contract has it. */
export type WorkingLanguage = OpportunityLanguageId;

/**
 * The data of an imported opportunity in the shape of the opportunity contract with employers as
 * a collection: `employer` is the employer's id, `workingLanguage` says which language the work
 * is in. Dates are calendar days (YYYY-MM-DD), as a content file writes them.
 */
export interface ImportedOpportunity {
  title: string;
  summary: string;
  lang: Locale;
  publishDate: string;
  lines: ['werken'];
  ages: string[];
  segments: string[];
  moments: string[];
  brand: 'on';
  draft: false;
  featured: false;
  type: OpportunityTypeId;
  sector: SectorId;
  levels: LevelId[];
  employer: string;
  workingLanguage: WorkingLanguage;
  location: string;
  hours: string;
  compensation: string;
  salary?: { min: number; max?: number; unit: 'HOUR' | 'MONTH' | 'YEAR' };
  deadline: string;
  apply: string;
  hero: { src: string; alt: string };
}

export interface Vacancy {
  /** `<employer>--<slug>`: the file name a hand-made entry would have, never one that exists. */
  id: string;
  data: ImportedOpportunity;
  /** The description, reduced to the safe subset. */
  html: string;
  /** For duplicates: the posting's identifier and address. */
  keys: string[];
  /** Whether the deadline is the default window (no valid `validThrough`). */
  defaultDeadline: boolean;
}

export type Mapped = { ok: true; vacancy: Vacancy } | { ok: false; reason: SkipReason; label: string };
export type SkipReason = 'no-title' | 'type' | 'no-apply' | 'closed';

/** Days an imported vacancy stays open when the feed gives no valid `validThrough`. */
export const DEFAULT_WINDOW_DAYS = 30;

/** The site's illustration for each sector (content/images/catalogue.md), with its alt text. */
const HEROES: Record<SectorId, { file: string; alt: Record<Locale, string> }> = {
  techniek: {
    file: 'techniek-lab.jpg',
    alt: {
      nl: 'Illustratie: technicus met veiligheidsbril aan een werkbank met een robotarm die een tandwiel vasthoudt.',
      en: 'Illustration: technician in safety glasses at a workbench with a robot arm holding a gear.',
    },
  },
  zorg: {
    file: 'zorg.jpg',
    alt: {
      nl: 'Illustratie: zorgverlener met stethoscoop geeft een beker aan iemand in een stoel; een hart en een kruis.',
      en: 'Illustration: carer with a stethoscope hands a cup to a seated person; a heart and a plus sign.',
    },
  },
  ict: {
    file: 'ict.jpg',
    alt: {
      nl: 'Illustratie: ontwikkelaar met koptelefoon aan een bureau met twee schermen vol codeblokken en een laptop.',
      en: 'Illustration: developer with headphones at a desk with two screens of code blocks and a laptop.',
    },
  },
  onderwijs: {
    file: 'onderwijs.jpg',
    alt: {
      nl: 'Illustratie: docent wijst naar een bord met vormen en een grafiek; leerlingen van achteren, school door het raam.',
      en: 'Illustration: teacher points at a board with shapes and a chart; pupils from behind, a school through the window.',
    },
  },
  overheid: {
    file: 'station-hengelo.jpg',
    alt: {
      nl: 'Illustratie: stationsplein met lange overkapping, lopende reizigers, een fietser en een rij geparkeerde fietsen.',
      en: 'Illustration: station square with a long canopy, walking travellers, a cyclist and a row of parked bikes.',
    },
  },
  creatief: {
    file: 'broedplaats.jpg',
    alt: {
      nl: 'Illustratie: makers in een oude hal: schildersezels, iemand spuit vormen op een muur, een werkbank.',
      en: 'Illustration: makers in an old hall: easels, someone spray-painting shapes on a wall, a workbench.',
    },
  },
  overig: {
    file: 'stage.jpg',
    alt: {
      nl: 'Illustratie: stagiair achter een laptop terwijl een mentor naar het scherm wijst; door het raam een fabriek.',
      en: 'Illustration: an intern at a laptop while a mentor points at the screen; a factory seen through the window.',
    },
  },
};

const SEE_VACANCY: Record<Locale, string> = { nl: 'Zie de vacature', en: 'See the vacancy' };
const HOURS: Record<string, Record<Locale, string>> = {
  FULL_TIME: { nl: 'Voltijd', en: 'Full-time' },
  PART_TIME: { nl: 'Deeltijd', en: 'Part-time' },
};
const UNITS: Record<string, { unit: 'HOUR' | 'MONTH' | 'YEAR'; label: Record<Locale, string> }> = {
  HOUR: { unit: 'HOUR', label: { nl: 'per uur', en: 'per hour' } },
  MONTH: { unit: 'MONTH', label: { nl: 'per maand', en: 'per month' } },
  YEAR: { unit: 'YEAR', label: { nl: 'per jaar', en: 'per year' } },
};

/** Words in a title that name a type, most specific first. */
const TYPE_WORDS: [RegExp, OpportunityTypeId][] = [
  [/\b(afstudeer\w*|afstuderen|graduation|thesis|scriptie\w*)\b/i, 'afstudeeropdracht'],
  [/\b(werkstudent\w*|working student|leerwerk\w*|bbl|apprentice\w*|werkend leren)\b/i, 'leerwerktraject'],
  [/\b(trainee\w*)\b/i, 'traineeship'],
  [/\b(stage\w*|stagiai?r\w*|intern|internship|meeloopstage)\b/i, 'stage'],
  [/\b(baan|vacature|job)\b/i, 'baan'],
];
const JOB_EMPLOYMENT = new Set(['FULL_TIME', 'PART_TIME', 'TEMPORARY', 'PER_DIEM']);

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return [
      object.value,
      object.name,
      object.alternateName,
      object.credentialCategory,
      object.educationalLevel,
    ].flatMap(texts);
  }
  return [];
}

function first(value: unknown): string | undefined {
  return texts(value)
    .map((text) => text.trim())
    .find(Boolean);
}

/** Text cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** A URL slug: lowercase letters, digits and single hyphens. */
export function slugify(text: string, max = 60): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'vacature'
  );
}

/** The opportunity type, or undefined for work the site does not list. */
export function opportunityType(title: string, employmentType: unknown): OpportunityTypeId | undefined {
  const kinds = texts(employmentType).map((kind) => kind.toUpperCase().replace(/[\s-]/g, '_'));
  for (const [words, type] of TYPE_WORDS) if (type !== 'baan' && words.test(title)) return type;
  if (kinds.includes('INTERN') || kinds.includes('INTERNSHIP')) return 'stage';
  if (kinds.some((kind) => JOB_EMPLOYMENT.has(kind))) return 'baan';
  if (kinds.length === 0 || TYPE_WORDS.some(([words]) => words.test(title))) return 'baan';
  return undefined;
}

/** Education levels from `educationRequirements`; all three when it names none. */
export function educationLevels(requirements: unknown): LevelId[] {
  const text = texts(requirements).join(' ').toLowerCase();
  const found: LevelId[] = [];
  if (/\b(mbo|vocational|high ?school|secondary)\b/.test(text)) found.push('mbo');
  if (/\b(hbo|bachelor\w*|associate degree|applied sciences?|professional certificate)\b/.test(text))
    found.push('hbo');
  if (/\b(wo|master\w*|universit\w*|phd|doctora\w*|postgraduate)\b/.test(text)) found.push('wo');
  return found.length ? found : ['mbo', 'hbo', 'wo'];
}

const DUTCH = /\b(de|het|een|en|van|je|jij|wij|voor|met|bij|naar|ook|niet|werk|ervaring)\b/gi;
const ENGLISH = /\b(the|a|an|and|of|you|we|for|with|at|to|also|not|work|experience|our)\b/gi;

/** The language of a text: Dutch unless English words clearly outnumber Dutch ones. */
export function textLanguage(text: string): Locale {
  const dutch = text.match(DUTCH)?.length ?? 0;
  const english = text.match(ENGLISH)?.length ?? 0;
  return english > dutch * 1.5 ? 'en' : 'nl';
}

/** The posting's language and the work's: `inLanguage` first, else the text. */
export function languages(inLanguage: unknown, text: string): { lang: Locale; working: WorkingLanguage } {
  const tag = first(inLanguage)?.toLowerCase();
  const lang: Locale = tag?.startsWith('en') ? 'en' : tag?.startsWith('nl') ? 'nl' : textLanguage(text);
  const otherOk =
    lang === 'nl'
      ? /\b(engels(talig)?\s+(is\s+)?(prima|voldoende|ok|de voertaal)|voertaal\s+(is\s+)?engels|english (is )?(fine|ok|spoken))\b/i.test(
          text,
        )
      : /\b(dutch|nederlands)\b/i.test(text) && !/\b(no|not|without)\b[^.]{0,30}\bdutch\b/i.test(text);
  return { lang, working: otherOk ? 'both' : lang };
}

function location(posting: Posting, employer: FeedEmployer): string {
  const places = Array.isArray(posting.jobLocation) ? posting.jobLocation : [posting.jobLocation];
  for (const place of places) {
    if (!place || typeof place !== 'object') continue;
    const address = (place as Record<string, unknown>).address;
    const locality =
      typeof address === 'string'
        ? address
        : first((address as Record<string, unknown> | undefined)?.addressLocality);
    if (locality?.trim()) return clip(locality, 80);
  }
  if (posting.jobLocationType === 'TELECOMMUTE') return 'Remote';
  return clip(employer.places[0] ?? 'Twente', 80);
}

function number(value: unknown): number | undefined {
  const parsed =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(',', '.')) : NaN;
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
}

function pay(posting: Posting, lang: Locale): Pick<ImportedOpportunity, 'compensation' | 'salary'> {
  const base = posting.baseSalary as Record<string, unknown> | undefined;
  const value = (base?.value ?? undefined) as Record<string, unknown> | number | undefined;
  const amount = typeof value === 'object' && value ? value : { value };
  const min = number(amount.minValue) ?? number(amount.value);
  const max = number(amount.maxValue);
  const unit = UNITS[String(amount.unitText ?? base?.unitText ?? '').toUpperCase()];
  const currency = String(base?.currency ?? 'EUR').toUpperCase();
  if (!min || currency !== 'EUR') return { compensation: SEE_VACANCY[lang] };
  const format = (n: number) =>
    new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
  const range = max && max > min ? `€ ${format(min)} - ${format(max)}` : `€ ${format(min)}`;
  const compensation = clip(unit ? `${range} ${unit.label[lang]}` : range, 120);
  return unit
    ? { compensation, salary: { min, ...(max && max > min ? { max } : {}), unit: unit.unit } }
    : { compensation };
}

function https(value: unknown): string | undefined {
  const text = first(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A feed's date as a calendar day, or undefined when it is not a date. */
function feedDay(value: unknown): string | undefined {
  const text = first(value);
  return text ? calendarDay(text) : undefined;
}

/** A JobPosting as an opportunity of `employer`, or why it is skipped. */
export function mapPosting(posting: Posting, employer: FeedEmployer, now: Date): Mapped {
  const rawTitle = plainText(safeDescription(first(posting.title) ?? ''));
  if (!rawTitle) return { ok: false, reason: 'no-title', label: first(posting.url) ?? '?' };
  const title = clip(rawTitle, 90);
  const type = opportunityType(rawTitle, posting.employmentType);
  if (!type) return { ok: false, reason: 'type', label: title };

  const html = safeDescription(first(posting.description) ?? '');
  const text = plainText(html);
  const { lang, working } = languages(posting.inLanguage, `${rawTitle}. ${text}`);

  const url = https(posting.url) ?? https(posting.sameAs);
  const apply = url ?? https(employer.website);
  if (!apply) return { ok: false, reason: 'no-apply', label: title };

  const today = zonedDate(now);
  const posted = feedDay(posting.datePosted);
  const publishDate = posted && posted <= today ? posted : today;
  const through = feedDay(posting.validThrough);
  if (through && through < today) return { ok: false, reason: 'closed', label: title };
  const defaultDeadline = !through || through < publishDate;
  const deadline = defaultDeadline ? addDays(today, DEFAULT_WINDOW_DAYS) : through;

  const identifier = first(posting.identifier);
  const slug = slugify(
    identifier ?? (url ? (new URL(url).pathname.split('/').filter(Boolean).pop() ?? title) : title),
  );
  const study = type === 'stage' || type === 'afstudeeropdracht';
  const hero = HEROES[employer.sector];
  const typeLabel = opportunityTypes.label(type, lang);
  // A card's summary is the description's first paragraph: its lists and the rest are for the page.
  const lead = plainText(/<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '') || text;
  const summary = clip(
    lead ||
      `${typeLabel} ${lang === 'nl' ? 'bij' : 'at'} ${employer.name}, ${sectors.label(employer.sector, lang)}.`,
    220,
  );
  const hours =
    first(posting.workHours) ??
    texts(posting.employmentType)
      .map((kind) => HOURS[kind.toUpperCase()]?.[lang])
      .find(Boolean);

  return {
    ok: true,
    vacancy: {
      id: `${employer.id}--${slug}`,
      html,
      keys: [
        ...(identifier ? [`id:${employer.id}:${identifier}`] : []),
        ...(url ? [`url:${url.replace(/[?#].*$/, '').replace(/\/$/, '')}`] : []),
      ],
      defaultDeadline,
      data: {
        title,
        summary,
        lang,
        publishDate,
        lines: ['werken'],
        ages: study ? ['18-25', '25-30'] : ['18-25', '25-30', '30-35'],
        segments: ['aanwezig-talent', 'hunkertukker', 'nieuw-talent'],
        moments: study ? ['studie'] : ['baan'],
        brand: 'on',
        draft: false,
        featured: false,
        type,
        sector: employer.sector,
        levels: educationLevels(posting.educationRequirements),
        employer: employer.id,
        workingLanguage: working,
        location: location(posting, employer),
        hours: clip(hours ?? SEE_VACANCY[lang], 80),
        ...pay(posting, lang),
        deadline,
        apply,
        hero: { src: `../../images/${hero.file}`, alt: hero.alt[lang] },
      },
    },
  };
}
