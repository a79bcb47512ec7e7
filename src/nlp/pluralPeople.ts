import { PLURAL_PEOPLE_AT_END } from '../lang/en/attributionPatterns.ts';
import { nounKinds } from '../lang/en/wordnet.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import type { ArticlePeople } from './people.ts';

/**
 * An unnamed group of people right before a speech verb, its head a plural WordNet files first under people
 * and no suffix the group patterns know: "Privately, the liberals admitted that …", "the stewards announced".
 * ("the proposals suggested", "the figures show" name no people: their commonest sense is no person.)
 */
export function pluralPeopleSubject(before: string, people: ArticlePeople): SubjectMatch | null {
  const group = PLURAL_PEOPLE_AT_END.exec(before)?.groups?.group;
  if (!group || !isPluralPerson(group.split(/\s+/).pop() ?? '')) return null;
  const phrase = group.replace(/^The\b/, 'the');
  return { speaker: people.addOrganization(phrase), method: 'named', phrase };
}

/** A plural whose commonest sense WordNet files under people: "liberals", "stewards", "cowboys". */
export function isPluralPerson(word: string): boolean {
  return /\p{Ll}s$/u.test(word) && nounKinds(word, 1)[0] === 'person';
}
