import { HEARD_SPEAKER_BEFORE, NOT_A_SUBJECT_BEFORE, PAIRED_NAME_BEFORE } from '../lang/en/attributionPatterns.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { isPlaceWord, isTitleKey } from '../lang/en/names.ts';
import { baseForms, nounKinds } from '../lang/en/wordnet.ts';
import { nameKey } from '../domain/nameKey.ts';
import { indefiniteBeforeName } from './indefiniteKind.ts';

/**
 * Whether the capitalised run closing the words before a speech verb is that verb's subject, and what of it
 * to resolve. The run is the last capitalised words; what stands before them says whether they are a
 * subject at all: a preposition ("Developments in Cuba and Laos suggested"), a hometown ("John Smith of
 * Houston, Tex., said": the state closes where he comes from). (A subordinate clause opening the run, "How Maxwell
 * recounts …", was tried: it split a President's statements from his full name in a held-out text, which a
 * look-up of his wife then found.)
 *
 * Returns the phrase to resolve, `{ hometownBefore }` (the words before a hometown's state, whose own
 * closing run is the subject), `{ unnamed }` when the subject is a person the sentence gives no speech of its own
 * (nothing else may stand for it), or null when the run is no subject.
 */
export function nameSubject(text: string, index: number, name: string, article: string): string | { hometownBefore: string } | { unnamed: true } | null {
  const before = text.slice(0, index);
  const home = HOMETOWN_BEFORE.exec(before);
  if (home && isStateOrCountry(name)) {
    const hometownBefore = before.slice(0, home.index + home[0].lastIndexOf(','));
    // "Information is hereby given that Mr. Timothy Palmer of Newburyport, Mass. has agreed …": a subject inside a
    // "that"-clause is the subject of what someone else reports, whose words the sentence is.
    return AFTER_THAT.test(hometownBefore) ? { unnamed: true } : { hometownBefore };
  }
  // "Developments in Cuba and Laos suggested", "if Mr. Khrushchev proposes", "Works by Hubay and Paganini indicated",
  // "doctors in The Netherlands and Scandinavia noted": a name after a preposition, alone or last of several, is its object.
  // "she listened to Assistant District Attorney Anthony Liebler describe her to the arraigning judge:": who is heard speaks.
  const heard = HEARD_SPEAKER_BEFORE.test(before.slice(-16));
  if (!heard && (NOT_A_SUBJECT_BEFORE.test(before.slice(-12)) || NOT_A_SUBJECT_BEFORE.test(beforeCoordinatedNames(before).slice(-12)))) return null;
  // "many Buddhists argue", "some Englishmen claim": a group described, never a person named "Buddhists" whom "he" could mean.
  const quantifier = QUANTIFIER_BEFORE.exec(before)?.[0];
  if (quantifier) return `${quantifier}${name}`;
  // "an ailing Yank wrote": somebody unnamed of a kind written with a capital, the whole description (indefiniteKind.ts).
  const indefinite = indefiniteBeforeName(before, name);
  if (indefinite) return indefinite;
  const first = name.split(/\s+/)[0] ?? '';
  // "Eventually, says Keys": a lone adverb opening the sentence names nobody.
  if (first === name && !isGivenName(name) && isOnlyAnAdverb(name)) return null;
  // "Mr. and Mrs. Black agreed", "John and Mary Black said": a couple of one surname said it, and neither alone
  // is "Black". ("Smith and Jones said" stays Jones's: each of two named people said it.)
  const paired = PAIRED_NAME_BEFORE.exec(before.slice(-40))?.groups?.first;
  if (paired && (isTitleKey(nameKey(paired)) || (isGivenName(paired) && /\s/.test(name)))) return null;
  return `${article}${name}`.trim();
}

/**
 * "Eventually", "Abandoning": WordNet knows the word only as an adverb, or as a verb in its "-ing" form (a
 * participle opening the sentence); "Madden" is a verb too, and a surname.
 */
function isOnlyAnAdverb(word: string): boolean {
  const forms = baseForms(word.toLowerCase());
  return forms.length > 0 && forms.every((form) => form.pos === 'adv' || (form.pos === 'verb' && /ing$/.test(word)));
}

const QUANTIFIER_BEFORE = /(?<=^|\s)(?:many|most|some|several|few|all|other|both)\s+$/iu;

/** "that" and then only capitalised words (and "of"): a name opening a "that"-clause. */
const AFTER_THAT = /\bthat\s+(?:(?:\p{Lu}[\p{L}\p{M}’'.-]*|of)\s+)*\p{Lu}[\p{L}\p{M}’'.-]*$/u;

/** "… Smith of Norborne, " before "Mo.": a capitalised name, "of" and a town, then a comma. */
const HOMETOWN_BEFORE = /\p{Lu}[\p{L}\p{M}’'.-]*\s+of\s+(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)*\p{Lu}[\p{L}\p{M}’'.-]*,\s*$/u;

/** "Mo.", "N.Y.", "Texas", "France": an abbreviation with its full stop, a country, or a place WordNet files as one. */
function isStateOrCountry(name: string): boolean {
  if (/\s/.test(name.trim())) return false;
  return /^\p{Lu}[\p{L}.]{0,5}\.$/u.test(name) || isPlaceWord(name) || nounKinds(name.replace(/\.$/, ''), 2).includes('location');
}

/** The words before a run of coordinated names that ends in "and"/"or" ("by Senators Proxmire and "): where the first name starts. */
function beforeCoordinatedNames(before: string): string {
  let rest = before;
  let joined = false;
  for (;;) {
    const junction = (joined ? /(?:,?\s+(?:and|or)|,)\s+$/u : /\s+(?:and|or)\s+$/u).exec(rest);
    if (!junction) break;
    const run = /(?:^|\s)((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)*\p{Lu}[\p{L}\p{M}’'.-]*)$/u.exec(rest.slice(0, junction.index));
    if (!run?.[1]) break;
    rest = rest.slice(0, junction.index - run[1].length);
    joined = true;
  }
  return joined ? rest : '';
}
