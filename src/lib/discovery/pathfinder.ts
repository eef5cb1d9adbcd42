/**
 * The path finder ("Kies je pad"): three questions, each answered with one tap, whose answers are
 * facets of the listings. Where you live is the target group (segment), your age the age group,
 * and what you look for a programme line or migration moment. Every combination has its own
 * pre-rendered page (/voor-jou/hunkertukker/18-25/werken/), so it works without JavaScript.
 */
import {
  evaluate,
  without,
  type FacetKey,
  type FacetSpec,
  type FacetValues,
  type Listing,
  type Selection,
} from './facets';
import { ages, goals, segments, type AgeId, type GoalId, type SegmentId } from '../content/vocabulary';

/** The questions in the order they are asked; each answer is one path segment of the URL. */
export const questions = ['segment', 'age', 'goal'] as const;
export type Question = (typeof questions)[number];

export interface Answers {
  segment: SegmentId;
  age: AgeId;
  goal: GoalId;
}

/** The ids a question can be answered with. */
export const answerIds = {
  segment: segments.ids,
  age: ages.ids,
  goal: goals.ids,
} as const satisfies Record<Question, readonly string[]>;

/** What each goal means in facets, on every listing. */
export const goalFacets: Record<GoalId, Selection> = {
  studeren: { moment: ['studie'] },
  werken: { line: ['werken'] },
  wonen: { line: ['wonen'] },
  doen: { line: ['leven'] },
};

/** Every combination of answers, for the pre-rendered result pages. */
export function allAnswers(): Answers[] {
  return segments.ids.flatMap((segment) =>
    ages.ids.flatMap((age) => goals.ids.map((goal) => ({ segment, age, goal }))),
  );
}

/** The selection on a listing that fits the answers; the agenda only shows what is still to come. */
export function selectionFor(listing: Listing, answers: Answers): Selection {
  return {
    ...(listing === 'events' ? { when: ['komend'] } : {}),
    segment: [answers.segment],
    age: [answers.age],
    ...goalFacets[answers.goal],
  };
}

export interface Closest {
  /** The selection that was used: the answers, or a wider one. */
  selection: Selection;
  /** Indexes of the matching items. */
  matches: number[];
  /** The facets left out to find something (empty when the answers matched). */
  dropped: FacetKey[];
}

/**
 * What fits the answers best: an exact match; else, leaving out the age group or the target
 * group (whichever brings back more); else both. What a visitor looks for (and, for events,
 * "still to come") is never given up.
 */
export function closest(items: readonly FacetValues[], spec: FacetSpec, selection: Selection): Closest {
  const tries: FacetKey[][] = [[], ['age'], ['segment'], ['age', 'segment']];
  let best: Closest | undefined;
  for (const dropped of tries) {
    if (best && best.matches.length > 0 && dropped.length > best.dropped.length) break;
    const wider = dropped.reduce((s, key) => without(s, key), selection);
    const { matches } = evaluate(items, spec, wider);
    if (!best || matches.length > best.matches.length) best = { selection: wider, matches, dropped };
    if (dropped.length === 0 && matches.length > 0) break;
  }
  return best ?? { selection, matches: [], dropped: [] };
}
