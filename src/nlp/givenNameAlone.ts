import { genderOfFirstName } from '../lang/en/firstNames.ts';
import { isOnlyAName } from '../lang/en/wordnet.ts';
import type { ArticlePerson } from './people.ts';

/**
 * "“What you see are self-help projects”, John said": a person an article calls by a given name alone, with no
 * title, is that article's John; another article's John (or "Pope John") is somebody else. Such a speaker is
 * never merged across articles. A bare surname is ("Kennedy" in two reports is one man), and many surnames are
 * on the first-name lists too ("Parker", "Udall"): only a word the lists give a gender, that WordNet does not
 * know as a famous name alone ("Lincoln", "Aristotle", "Mary"), and that no full name of the corpus has for its
 * surname (`surnameElsewhere`, "Stewart Udall") counts as a given name alone.
 */
export function isGivenNameAlone(person: ArticlePerson, surnameElsewhere: (word: string) => boolean): boolean {
  if (person.kind !== 'person' || person.titles.size > 0 || /\s/.test(person.name)) return false;
  return genderOfFirstName(person.name) !== null && !isOnlyAName(person.name) && !surnameElsewhere(person.name);
}
