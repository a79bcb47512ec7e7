/** Who a sentence mentions besides its speakers: the people "he" and "she" may mean next. */
import { DESCRIBED_SUBJECT, FULL_NAME_SUBJECT } from '../lang/en/attributionPatterns.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { FEMALE_WORDS, MALE_WORDS } from '../lang/en/peopleWords.ts';
import { genderOf, type ArticlePeople, type ArticlePerson } from './people.ts';

/** The word before a name, without its full stop ("Mrs. " → "Mrs"). */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/** How many people sharing a surname a mention's honorific is checked against (8,000 Smiths stay cheap). */
const GENDER_CHECKED = 16;

/**
 * The people a surname at this offset of the article's text may be: all with that surname, but
 * "Mrs. Borden" is never the Mr. Borden of the article (the honorific before it says which gender),
 * so "he" after it does not find him.
 */
export function withSurnameAt(people: ArticlePeople, text: string, at: number, word: string): readonly ArticlePerson[] {
  const all = people.withSurname(word);
  const honorific = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
  const wanted = FEMALE_WORDS.has(honorific) ? 'female' : MALE_WORDS.has(honorific) ? 'male' : null;
  if (!wanted) return all;
  return all.slice(0, GENDER_CHECKED).filter((person) => (genderOf(person) ?? wanted) === wanted);
}

/**
 * "Last night the Mayor visited Mr. Buckley. Apparently he believes …": a person described by role as a
 * sentence's subject is who "he" may mean next, so the one person named beside them is no longer a sure
 * "he". The person the article gave that role, else someone unnamed (never a speaker: only a mention).
 */
export function describedSubject(sentence: string, people: ArticlePeople): ArticlePerson[] {
  const named = FULL_NAME_SUBJECT.exec(sentence)?.groups?.name;
  // "Charles Thiot, a splendid Georgia soldier, differed … Near the end of his service he wrote": a full name
  // opening the sentence is a person the article names once; "he" may be them, whoever spoke before.
  if (named && isGivenName(named.split(/\s+/)[0] ?? '') && !people.findByName(named)) return [{ kind: 'person', name: named, titles: new Set(), surfaceForms: new Set() }];
  const phrase = DESCRIBED_SUBJECT.exec(sentence)?.[0];
  if (!phrase) return [];
  const described = phrase.replace(/^.*?\bthe\s/isu, 'the ');
  return [people.findByDescription(described) ?? { kind: 'person', name: described, titles: new Set(), surfaceForms: new Set() }];
}
