import { splitTitle } from '../lang/en/names.ts';
import { COMPANY_SUFFIXES, isOrganisationName, STREET_WORDS } from '../lang/en/organisations.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';

/** The capitalised run a speech verb's subject is read from, checked and trimmed before it is looked up (subjectResolver.ts). */

/**
 * A capitalised run that cannot name a speaker: a street ("Aiken Street"), a company-form suffix alone
 * ("Inc"), or one function word capitalised at a sentence's start ("Some predict", "Nobody's mentioned it").
 */
export function namesNoSpeaker(run: string): boolean {
  const words = run.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (words.length >= 2 && STREET_WORDS.has(last)) return true;
  // Capitalised, not upper case: "US" is a country, "Some" a determiner.
  return words.length === 1 && (COMPANY_SUFFIXES.has(last) || (/^\p{Lu}\p{Ll}+['’]?$/u.test(words[0] ?? '') && STOP_WORDS.has(last)));
}

/**
 * "Rep. James Cotten of Weatherford", "Malcolm MacDonald of Britain": a person with the place they come
 * from; the name is what stands before "of". A body keeps its "of" ("University of Georgia", "Secretary of State").
 */
export function withoutHometown(run: string): string {
  const at = HOMETOWN.exec(run)?.index;
  if (at === undefined) return run;
  const before = run.slice(0, at);
  const { title, name } = splitTitle(before);
  const person = !isOrganisationName(before) && (name.split(/\s+/).length >= 2 || (title !== '' && name !== ''));
  return person ? before : run;
}

/** " of Weatherford", " of New York" closing a capitalised run. */
const HOMETOWN = /\s+of(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)+$/u;
