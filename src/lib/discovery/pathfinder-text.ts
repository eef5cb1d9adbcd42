/**
 * The words of the path finder ("Kies je pad") for one language: each answer's text and hint
 * (a student is offered some goals in other words: a room, work alongside the studies), the
 * result's heading and the titles of its groups. The rules themselves are in ./pathfinder.ts.
 */
import { useTranslations } from '../../i18n';
import { goals, stages, type Locale, type OpportunityTypeId } from '../content/vocabulary';
import type { Listing } from './facets';
import { audienceOf, stageFacets, typesFor, type Answers, type Question } from './pathfinder';

const stageOf = (given: readonly string[]) => {
  const stage = given[1];
  return stage && stages.has(stage) ? stage : undefined;
};

const isStudent = (given: readonly string[]) => {
  const stage = stageOf(given);
  return stage !== undefined && audienceOf(stage) === 'student';
};

/** The text of an answer, given the answers before it. */
export function answerText(locale: Locale, question: Question, id: string, given: readonly string[]): string {
  const texts = useTranslations(locale).pathfinder;
  if (question === 'goal' && isStudent(given)) {
    const student: Record<string, string> = texts.student.answers;
    if (student[id]) return student[id];
  }
  const answers: Record<string, string> = texts.answers[question];
  return answers[id] ?? id;
}

/** "Stages en afstudeeropdrachten", from the plural names of opportunity types. */
export function typesText(locale: Locale, types: readonly OpportunityTypeId[]): string {
  const names = useTranslations(locale).pathfinder.types;
  const text = new Intl.ListFormat(locale, { type: 'conjunction' }).format(types.map((type) => names[type]));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The line under an answer that says what it means, if any. */
export function hintText(
  locale: Locale,
  question: Question,
  id: string,
  given: readonly string[],
): string | undefined {
  const texts = useTranslations(locale).pathfinder;
  if (question === 'segment') return (texts.hints.segment as Record<string, string>)[id];
  if (question === 'stage') return stages.has(id) ? stages.terms[id].description?.[locale] : undefined;
  const stage = stageOf(given);
  if (!stage || !goals.has(id)) return undefined;
  const types = typesFor({ stage, goal: id });
  if (types.length === 0) return goals.terms[id].description?.[locale];
  const level = stageFacets[stage].level;
  return level ? `${typesText(locale, types)} ${texts.hints.level[level]}` : typesText(locale, types);
}

/** The result page's heading: "Voor jou: hbo-student, wil terug naar Twente, zoekt een stage …". */
export function headingOf(locale: Locale, answers: Answers): string {
  const texts = useTranslations(locale).pathfinder;
  const student: Record<string, string> = texts.student.heading;
  const goal =
    (audienceOf(answers.stage) === 'student' ? student[answers.goal] : undefined) ??
    texts.heading.goal[answers.goal];
  return texts.forYou(
    [texts.heading.stage[answers.stage], texts.heading.segment[answers.segment], goal].join(', '),
  );
}

/** The title of a group of the result: "Verhalen", "Stages en afstudeeropdrachten", "Komende evenementen". */
export function groupTitle(locale: Locale, listing: Listing, answers: Answers): string {
  const t = useTranslations(locale);
  if (listing === 'stories') return t.listing.storiesTitle;
  if (listing === 'events') return t.pathfinder.upcoming;
  return typesText(locale, typesFor(answers));
}
