/** What a card shows for each kind of entry: one mapping, used by every listing. */
import type { Employer, Event, Opportunity, Story } from '../content/collections';
import { slugOf } from '../content/collections';
import { formatDate, formatDay, formatTime } from '../time/format';
import { path } from '../routing/routes';
import { deadlineDay } from '../schedule';
import {
  eventTypes,
  opportunityTypes,
  sectors,
  storyFormats,
  workingLanguages,
  type Locale,
  type OpportunityLanguageId,
} from '../content/vocabulary';
import { plural } from '../site/templates';
import { useTranslations } from '../../i18n';

export function storyCard(story: Story, locale: Locale) {
  return {
    href: path(locale, 'stories', slugOf(story)),
    title: story.data.title,
    summary: story.data.summary,
    kicker: storyFormats.label(story.data.format, locale),
    meta: [formatDate(story.data.publishDate, locale), story.data.person?.name],
    image: story.data.hero.src,
  };
}

export function eventCard(event: Event, locale: Locale) {
  const t = useTranslations(locale);
  const status =
    event.data.status === 'cancelled'
      ? t.agenda.cancelled
      : event.data.status === 'postponed'
        ? t.agenda.postponed
        : undefined;
  return {
    href: path(locale, 'events', slugOf(event)),
    title: event.data.title,
    summary: event.data.summary,
    kicker: eventTypes.label(event.data.type, locale),
    meta: [
      status,
      `${formatDay(event.data.start, locale)}, ${formatTime(event.data.start, locale)}`,
      event.data.venue.city,
    ],
    image: event.data.hero.src,
  };
}

/** The badge of an opportunity in which English works ("English OK"); none for Dutch only. */
export function englishBadge(language: OpportunityLanguageId, locale: Locale): string | undefined {
  return language === 'nl' ? undefined : useTranslations(locale).opportunity.englishOk;
}

/**
 * An opportunity's card; `employers` are the employers by id (`employerIndex`), for the name of
 * the one it names.
 */
export function opportunityCard(
  opportunity: Opportunity,
  locale: Locale,
  employers: ReadonlyMap<string, Employer>,
) {
  const t = useTranslations(locale);
  return {
    href: path(locale, 'opportunities', slugOf(opportunity)),
    title: opportunity.data.title,
    summary: opportunity.data.summary,
    kicker: opportunityTypes.label(opportunity.data.type, locale),
    badge: englishBadge(opportunity.data.workingLanguage, locale),
    meta: [
      employers.get(opportunity.data.employer)?.data.name,
      opportunity.data.location,
      `${t.opportunity.deadline} ${formatDate(opportunity.data.deadline, locale)}`,
    ],
    image: opportunity.data.hero.src,
    /** Every opportunity card carries its last day: the browser hides it after that day. */
    deadline: deadlineDay(opportunity.data.deadline),
  };
}

/** An employer's card: what they do, where, in which language, and how many opportunities are open. */
export function employerCard(employer: Employer, locale: Locale, open: number) {
  const t = useTranslations(locale);
  const { data } = employer;
  return {
    href: path(locale, 'employers', slugOf(employer)),
    title: data.name,
    summary: data.summary,
    kicker: sectors.label(data.sector, locale),
    badge: data.workingLanguages.includes('en') ? t.opportunity.englishOk : undefined,
    meta: [
      data.places.join(', '),
      data.workingLanguages.map((id) => workingLanguages.label(id, locale)).join(', '),
      open > 0 ? plural(open, t.careers.countOne, t.careers.countOther) : undefined,
    ],
    image: data.image,
  };
}
