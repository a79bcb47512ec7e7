import { baseForms, nounKinds } from './wordnet.ts';
/**
 * Last words of names that belong to bodies, not people: "the National Audubon Society", "Ford
 * Motor Co.", "the Tax Court", "Fire Fighters Local 798". A name ending in one, or holding "&"
 * ("Draper, Gaither & Anderson"), is an organisation: it may speak, but "he" never refers to it.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `society company co corp corporation inc ltd association board court service department bureau committee council
  union university college school church house report party league commission agency club bank fund institute
  foundation museum symphony orchestra times post news press journal tribune herald gazette daily weekly magazine newspaper
  review network station hospital administration authority office ministry government senate congress assembly
  legislature navy army force forces corps police district county city state republic federation alliance
  organization organisation group firm industries laboratories associates brothers bros partners local airlines
  railroad railway center centre council conference convention tribunal jury panel team`
    .split(/\s+/)
    .filter(Boolean),
);

export function isOrganisationName(name: string): boolean {
  if (name.includes('&')) return true;
  const trimmed = name.trimEnd();
  const last = trimmed
    .slice(trimmed.lastIndexOf(' ') + 1)
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  if (ORGANISATION_HEADS.has(last)) return true;
  // "Jehovah's Witnesses", "Washington's Cabinet": an owner and one word naming a group, or people in the plural, is a
  // body, never a person whose title is the possessive (who would then be somebody's "he"). "Harvard's Dean", "Ford's
  // President" name one person by role: not a body.
  return OWNER_AND_ONE_WORD.test(trimmed) && namesABody(last);
}

/** A noun whose two commonest senses include a group ("cabinet"), or one naming people that stands in the plural ("witnesses"). */
function namesABody(word: string): boolean {
  const kinds = nounKinds(word, 2);
  if (kinds.includes('group')) return true;
  return kinds.includes('person') && baseForms(word).some((form) => form.pos === 'noun' && form.lemma !== word);
}

/** A possessive and one capitalised word: "Jehovah's Witnesses". */
const OWNER_AND_ONE_WORD = /^\p{Lu}[\p{L}.-]*['’]s\s+\p{Lu}\p{Ll}+$/u;

/** Last words of street and road names: "the 2100 block Aiken Street" is a place, never a speaker. */
export const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'highway', 'parkway', 'square']);

/** Company-form suffixes: alone ("Service, Inc., said"), they name nobody. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc']);

/** Lower-case words inside a body's capitalised name: "First Federal Savings and Loan", "Council of Churches". */
export const BODY_NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for']);
