/** What a card shows for each kind of entry: one mapping, used by every listing. */
import type { Event, Opportunity, Story } from '../content/collections';
import { slugOf } from '../content/collections';
import { formatDate, formatDay, formatTime } from '../time/format';
import { path } from '../routing/routes';
import { deadlineDay } from '../schedule';
import { eventTypes, opportunityTypes, storyFormats, type Locale } from '../content/vocabulary';
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

export function opportunityCard(opportunity: Opportunity, locale: Locale) {
  const t = useTranslations(locale);
  return {
    href: path(locale, 'opportunities', slugOf(opportunity)),
    title: opportunity.data.title,
    summary: opportunity.data.summary,
    kicker: opportunityTypes.label(opportunity.data.type, locale),
    meta: [
      opportunity.data.employer.name,
      opportunity.data.location,
      `${t.opportunity.deadline} ${formatDate(opportunity.data.deadline, locale)}`,
    ],
    image: opportunity.data.hero.src,
    /** Every opportunity card carries its last day: the browser hides it after that day. */
    deadline: deadlineDay(opportunity.data.deadline),
  };
}
