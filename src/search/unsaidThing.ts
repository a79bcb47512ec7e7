import { nounSynonyms } from '../lang/en/wordClasses.ts';
import { relatedWords } from '../lang/en/wordnet.ts';
import { isAName } from './attributeAnswer.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { tokenize, toTerm, toTerms } from './terms.ts';
import type { Window } from './windows.ts';

/**
 * The everyday words no article has (WordNet knows them: no typo, no topic word) that leave a question
 * not covered when the best window holds at most one other word of it, an ordinary one (not written
 * as a name, no number), and no WordNet relative of them (a synonym, a derived form): "how do
 * vaccines work" against a passage on someone's work, "how much does a laptop cost", "who owns
 * twitter". One ordinary word in common is no evidence that the passage is about what the question
 * names. With two words of the question in the window, or a name ("who is Pfaff's spouse"), the
 * missing word is likely said otherwise ("army" for troops) and weighs nothing (questionAnalysis.ts);
 * so it does when the question has a name or a number some article has and the window lacks (the
 * ranking missed the passage, the articles may well tell). Dev set and seeds unchanged; sets C and D
 * one more unanswerable question refused each, no answerable one (the two variants tried before:
 * refusing any absent noun, seeds −2 and set C +1 answerable refused; and when no name is held, set C
 * +1 answerable refused).
 */
export function unsaidThings(words: readonly QuestionWord[], best: Window): string[] {
  const unsaid = words.filter((word) => word.absentEveryday);
  if (unsaid.length === 0) return [];
  const known = words.filter((word) => word.inCorpus && !word.framing && word.weight > 0);
  const held = known.filter((word) => best.found.has(word.term));
  // A name or a number of the question that some article has and the window lacks: the articles may tell, the window is the wrong one.
  if (held.length > 1 || known.some((word) => !best.found.has(word.term) && (isAName(word.word) || /^\d/.test(word.term)))) return [];
  if (held.some((word) => /^\d/.test(word.term) || writtenAsName(word.term, best))) return [];
  const terms = new Set(best.sentences.flatMap((sentence) => toTerms(sentence.text)));
  return unsaid.filter((word) => ![...relatedWords(word.word), ...nounSynonyms(word.word)].some((related) => terms.has(toTerm(related) ?? ''))).map((word) => word.word);
}

/** Whether the window writes the term capitalised and never in lower case ("Pfaff succeeds…"; the first word of a sentence is let pass). */
function writtenAsName(term: string, best: Window): boolean {
  let capitalised = false;
  for (const sentence of best.sentences) {
    for (const token of tokenize(sentence.text)) {
      if (toTerm(token) !== term) continue;
      if (!/^\p{Lu}/u.test(token)) return false;
      capitalised = true;
    }
  }
  return capitalised;
}
