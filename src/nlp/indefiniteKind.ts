import { ANOTHER_ONE_OPENING, INDEFINITE_BEFORE_HEAD, INDEFINITE_KIND } from '../lang/en/directQuotes.ts';
import { senses, synset } from '../lang/en/wordnet.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import type { ArticlePeople } from './people.ts';

/**
 * "A Yank, disturbed by his increasing corpulence, wrote:", "Another Yank parodied …", "an ailing Yank wrote his
 * homefolk:", "An Alabamian wrote:": somebody unnamed of a kind the text writes with a capital (a people, a side, a
 * state's natives), never a person named "Yank" whom every later "Yank" would join. Each description is a speaker
 * of its own, as "a visitor" is (describedSpeaker.ts): "another Yank" is explicitly not "a Yank", and "/quote a
 * Yank" does not list the three letter-writers' words as one man's. The head, one capitalised word after the
 * determiner and up to two lower-case ones, must be a kind of people in WordNet: "A day later Alfred said" is Alfred's.
 */
export function indefiniteKind(phrase: string, people: ArticlePeople): SubjectMatch | null {
  const head = INDEFINITE_KIND.exec(phrase)?.groups?.head;
  if (!head || !namesKindOfPeople(head.toLowerCase())) return null;
  const name = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  return { speaker: people.addOrganization(name), method: 'named', phrase };
}

/** "an ailing " before "Yank": the whole description to resolve, when the name is one word naming a kind of people. */
export function indefiniteBeforeName(before: string, name: string): string | null {
  if (/\s/.test(name) || !namesKindOfPeople(name.toLowerCase())) return null;
  const determiner = INDEFINITE_BEFORE_HEAD.exec(before)?.[0];
  return determiner ? `${determiner}${name}` : null;
}

/**
 * Whether the words before a quote in its sentence open on a subject that is somebody else than the one before
 * ("Another reported that his comrades were “…”", "Another Yankee became so disgusted as to state: “…”"): the
 * quote is never the paragraph's earlier speaker going on.
 */
export function anotherOneSpeaks(beforeQuote: string): boolean {
  return ANOTHER_ONE_OPENING.test(beforeQuote);
}

/** WordNet's lexicographer files of people and of groups (noun.person, noun.group). */
const PEOPLE_FILES = new Set([18, 14]);
/** How many of a noun's commonest senses are read. */
const KIND_SENSES = 2;

/**
 * Whether one of a noun's commonest senses is a kind of person or group: filed under people or groups with a
 * hypernym ("Yank": a Yankee, a kind of American), not an instance ("Alfred": Alfred the Great; "Smith": Ian Smith).
 */
function namesKindOfPeople(word: string): boolean {
  return senses('noun', word)
    .slice(0, KIND_SENSES)
    .some((offset) => {
      const found = synset('noun', offset);
      return PEOPLE_FILES.has(found.lexFile) && found.pointers.some((pointer) => pointer.symbol === '@');
    });
}
