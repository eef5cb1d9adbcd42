/**
 * Finding a fact by its id (its file name in content/facts/). An id no fact has fails the build
 * with the page's file and the ids there are, so a typo never shows an empty figure.
 */
import { say } from '../content/messages';
import type { FactData } from '../content/schemas';

export interface Fact {
  id: string;
  data: FactData;
}

/** The fact with this id; throws the editor's message (file and known ids) when there is none. */
export function factById(facts: readonly Fact[], id: string, file: string | undefined): Fact {
  const fact = facts.find((candidate) => candidate.id === id);
  if (fact) return fact;
  throw new Error(
    say('factUnknown', {
      bestand: file ?? 'Een pagina',
      id,
      ids:
        facts
          .map((candidate) => candidate.id)
          .sort()
          .join(', ') || '(nog geen feiten)',
    }),
  );
}
