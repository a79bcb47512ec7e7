import { isPlaceWord, isTitleWord } from '../lang/en/names.ts';
import { isOrganisationName } from '../lang/en/organisations.ts';
import { INSTITUTION_WORDS } from '../lang/en/peopleWords.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import { isCommonWord } from '../lang/en/wordnet.ts';
import type { ArticlePeople } from './people.ts';

const INSTITUTIONS: ReadonlySet<string> = new Set(INSTITUTION_WORDS);

/**
 * "Parker, who agreed with much of this criticism, did not conceal his dissatisfaction …. In a detailed
 * letter …, he remarked that …": a sentence whose subject is one capitalised word the article does not
 * (yet) know as a person, and that is no everyday word, place, institution or title, is most likely a
 * surname standing alone (or a given name: "Parker" is both). The "he" that follows may be that person, so it must not reach back past them
 * to whoever spoke before. Only a block: taking the word for the "he" would guess (an unknown
 * capitalised word is also a firm, a ship or a horse), and a quote left unattributed is better than one
 * under the wrong name.
 * `name` is the run opening the sentence (title already split off), `title` the title before it.
 */
export function isLoneUnknownSurname(name: string, title: string, people: ArticlePeople): boolean {
  if (title !== '' || !/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return false;
  const lower = name.toLowerCase();
  if (STOP_WORDS.has(lower) || INSTITUTIONS.has(lower) || isTitleWord(lower) || isPlaceWord(name) || isOrganisationName(name)) return false;
  if (people.lookupName(name) !== undefined) return false;
  // "Yesterday, …", "Congress passed …", "Meanwhile …": everyday words WordNet saw in use are no surnames.
  return !isCommonWord(lower);
}
