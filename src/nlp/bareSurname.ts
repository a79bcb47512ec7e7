import { GENDER_HONORIFICS } from '../lang/en/peopleWords.ts';

/**
 * Of several people sharing a surname, the one a bare surname ("Hengesbach said:") stands for: the only
 * one the article ever named without a gender honorific. "Mrs. Anna Hengesbach" / "Mrs. Hengesbach" at
 * every mention is how the text names her, so the bare "Hengesbach" is Vincent Hengesbach; when two are
 * named bare (modern news names women so too), or none is, it stays ambiguous (undefined).
 */
export function soleBareNamed<Person extends { surfaceForms: ReadonlySet<string> }>(people: readonly Person[]): Person | undefined {
  const bare = people.filter((person) => ![...person.surfaceForms].every((form) => GENDER_HONORIFICS.has(form.split(/\s+/)[0]?.replace(/\.$/, '').toLowerCase() ?? '')));
  return bare.length === 1 ? bare[0] : undefined;
}
