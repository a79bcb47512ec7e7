import { ageOwners } from '../lang/en/ageOwners.ts';
import type { AnswerKind } from '../lang/en/questionWords.ts';
import type { AttributeShortfall } from './attributeAnswer.ts';
import { toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * …by this when every age the window gives belongs to a person the question does not name ("how old
 * is Mayor Wagner" against "The 53-year-old Shea, … | … Mayor Wagner …"): an age of someone else,
 * as a count of something else (countedThing.ts).
 */
const AGE_OF_ANOTHER_CONFIDENCE = 0.3;

/**
 * For "how old is X": whether the window's ages are all someone else's (ageOwners: written against
 * another name). An age bound to no name ("the big, 22-year-old shortstop") may be X's: not judged.
 */
export function ageShortfall(wants: AnswerKind | null, question: string, best: Window): AttributeShortfall | null {
  if (wants !== 'age') return null;
  const owners = best.sentences.flatMap((sentence) => ageOwners(sentence.text));
  if (owners.length === 0) return null;
  const asked = new Set(toTerms(question));
  const others = owners.every((owner) => owner !== null && !toTerms(owner).some((term) => asked.has(term)));
  return others ? { factor: AGE_OF_ANOTHER_CONFIDENCE, lacking: 'age' } : null;
}
