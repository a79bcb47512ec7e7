import { nameKey } from '../domain/nameKey.ts';
import { CAPITALISED_NAME_RUN, isPlaceWord, POSSESSIVE_SUFFIX, splitTitle } from '../lang/en/names.ts';
import { isOrganisationName } from '../lang/en/organisations.ts';
import { NAME_ABBREVIATIONS } from '../lang/en/personNames.ts';
import { type ArticlePerson, hasMarriedHonorific, trimRun } from './people.ts';

/**
 * The full name of a speaker the article calls by one word: "our two Jeep mates—Keo Viphakone from Luang Prabang
 * and John Cool from Beaver, Pennsylvania" … "“What you see are self-help projects”, John said". Attribution
 * knows the speaker as "John" (a given name alone is never merged with another article's John); the reader
 * knows him as John Cool, and asks /quote for "John Cool" or "Cool". When the article writes exactly one name
 * of two or three capitalised words that opens with that word, and no name ends in it (it is nobody's surname),
 * the speaker takes that name; the one word stays an alias. Runs after attribution: it changes what a speaker is
 * called, never who said what.
 *
 * A nickname written inside the name ("Minot (Mickey) Jelke") makes both given names aliases of the person.
 */
export function completeSpeakerNames(speakers: Iterable<ArticlePerson>, texts: readonly string[]): void {
  // "Mrs. Lewis" is a surname: a married woman goes by her husband's, never by a given name ("Lewis Browne" is another man).
  const oneWord = [...new Set(speakers)].filter((person) => person.kind === 'person' && ONE_WORD_NAME.test(person.name) && !hasMarriedHonorific(person.titles));
  const nicknamed = [...new Set(speakers)].filter((person) => person.kind === 'person' && /\s/.test(person.name));
  if (oneWord.length > 0) fillOneWordNames(oneWord, texts);
  if (nicknamed.length > 0) addBracketedNicknames(nicknamed, texts);
}

/** One capitalised word of letters (not "I", not initials or an acronym): "John", "Keo". */
const ONE_WORD_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}’'-]*$/u;

function fillOneWordNames(people: readonly ArticlePerson[], texts: readonly string[]): void {
  const wanted = new Map(people.map((person) => [person.name, person] as const));
  const fuller = new Map<string, Map<string, string>>();
  const surnames = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_NAME_RUN)) {
      for (const part of nameParts(match[0])) {
        const { name } = splitTitle(trimRun(part));
        const words = name.split(/\s+/).filter(Boolean);
        if (words.length < 2) continue;
        // "Mr. Keo" is no surname use worth heeding, "Tom Keo" is.
        const last = words[words.length - 1] ?? '';
        if (wanted.has(last)) surnames.add(last);
        const first = words[0] ?? '';
        if (!wanted.has(first) || words.length > 3 || !plainName(words, name)) continue;
        const forms = fuller.get(first) ?? new Map<string, string>();
        forms.set(nameKey(name), name);
        fuller.set(first, forms);
      }
    }
  }
  for (const [word, person] of wanted) {
    const forms = fuller.get(word);
    if (!forms || forms.size !== 1 || surnames.has(word)) continue;
    const [name] = [...forms.values()];
    if (!name) continue;
    person.name = name;
    person.surfaceForms.add(name);
  }
}

/** Capitalised words that may be a person's name: no "of", place, body or word with a full stop after it. */
function plainName(words: readonly string[], name: string): boolean {
  return words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !word.endsWith('.') && !isPlaceWord(word)) && !isOrganisationName(name);
}

/** A run cut at possessives ("Cool's") and at full stops that end a sentence rather than an initial or title. */
function nameParts(run: string): string[] {
  const parts: string[][] = [[]];
  for (const word of run.split(/\s+/)) {
    if (word === 'of') {
      parts.push([]);
      continue;
    }
    const current = parts[parts.length - 1] ?? [];
    current.push(word.replace(POSSESSIVE_SUFFIX, ''));
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (POSSESSIVE_SUFFIX.test(word) || (word.endsWith('.') && bare.length > 1 && !NAME_ABBREVIATIONS.has(bare))) parts.push([]);
  }
  return parts.filter((words) => words.length > 0).map((words) => words.join(' '));
}

/** "Minot (Mickey) Jelke", "Minot “Mickey” Jelke": a given name, a nickname in brackets or quotes, a surname. */
const BRACKETED_NICKNAME = /(\p{Lu}[\p{L}\p{M}’'-]+)\s+[(“"](\p{Lu}[\p{L}\p{M}’'-]+)[)”"]\s+(\p{Lu}[\p{L}\p{M}’'-]+)/gu;

function addBracketedNicknames(people: readonly ArticlePerson[], texts: readonly string[]): void {
  const bySurname = new Map<string, ArticlePerson[]>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    const key = nameKey(words[words.length - 1] ?? '');
    bySurname.set(key, [...(bySurname.get(key) ?? []), person]);
  }
  for (const text of texts) {
    if (!text.includes('(') && !text.includes('“') && !text.includes('"')) continue;
    for (const [, given = '', nickname = '', surname = ''] of text.matchAll(BRACKETED_NICKNAME)) {
      for (const person of bySurname.get(nameKey(surname)) ?? []) {
        const first = nameKey(person.name.split(/\s+/)[0] ?? '');
        if (first !== nameKey(given) && first !== nameKey(nickname)) continue;
        person.surfaceForms.add(`${given} ${surname}`);
        person.surfaceForms.add(`${nickname} ${surname}`);
        person.surfaceForms.add(`${given} (${nickname}) ${surname}`);
      }
    }
  }
}
