/**
 * Word-class questions asked of WordNet (wordnet.ts reads the database): which nouns share a sense, whether a word
 * is a noun and never an adjective, whether it is mostly a verb.
 */
import { baseForms, senses, synset } from './wordnet.ts';

/**
 * The words that share any noun sense with the word ("marriage" for "wedding", "ballot" for "vote"):
 * what a passage may call the same thing. Unlike relatedWords, no verb senses or hypernyms: a count
 * of votes is a count of votes or ballots, not of what was "stated".
 */
export function nounSynonyms(word: string): string[] {
  const found = new Set<string>();
  for (const { pos, lemma } of baseForms(word)) {
    if (pos !== 'noun') continue;
    for (const offset of senses(pos, lemma)) for (const synonym of synset(pos, offset).words) found.add(synonym.toLowerCase());
    found.delete(lemma);
  }
  return [...found].filter((candidate) => candidate.length > 1 && !candidate.includes('_'));
}

/** Whether WordNet knows the word as a noun and never as an adjective: "gas", "station", "food"; not "handsome", "elder". */
export function isNounNotAdjective(word: string): boolean {
  const forms = baseForms(word.toLowerCase());
  return forms.some((form) => form.pos === 'noun') && !forms.some((form) => form.pos === 'adj');
}

/**
 * Whether WordNet files more senses of the word under verbs than under nouns ("hosted", "get"; not "term"
 * or "increase").
 */
export function isMostlyVerb(word: string): boolean {
  let verbs = 0;
  let nouns = 0;
  const lower = word.toLowerCase();
  for (const { pos, lemma } of baseForms(lower)) {
    if (pos === 'verb') verbs += senses(pos, lemma).length;
    else if (pos === 'noun') nouns += senses(pos, lemma).length;
  }
  return verbs > nouns;
}

/** How far up WordNet's hypernyms a noun's gender is looked for ("man" → "male person" is one step). */
const GENDER_DEPTH = 4;

/**
 * The gender a noun for a person tells, from its commonest sense's hypernyms in WordNet: "man", "waiter" →
 * male ("male person"), "woman", "waitress" → female; "owner", "attendant" → null.
 */
export function nounGender(word: string): 'male' | 'female' | null {
  const lemma = baseForms(word.toLowerCase()).find((form) => form.pos === 'noun')?.lemma;
  let offsets = lemma ? senses('noun', lemma).slice(0, 1) : [];
  for (let depth = 0; depth <= GENDER_DEPTH && offsets.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of offsets) {
      const found = synset('noun', offset);
      if (found.words.includes('male_person')) return 'male';
      if (found.words.includes('female_person')) return 'female';
      for (const pointer of found.pointers) if (pointer.symbol === '@' && pointer.pos === 'noun') next.push(pointer.offset);
    }
    offsets = next;
  }
  return null;
}

/**
 * Whether the word, as written, is one person named by a common noun: its own noun lemma (singular) and
 * filed under noun.person in its commonest sense ("reporter", "man", "widow"; not "reporters", "court", "more").
 */
export function isSingularPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const first = senses('noun', lower)[0];
  if (first === undefined) return false;
  const sense = synset('noun', first);
  // Spelt in lower case in that sense: "more" is first Sir Thomas More, a name.
  return sense.lexFile === PERSON_FILE && sense.words.includes(lower);
}

/** WordNet's lexicographer file number of noun.person. */
const PERSON_FILE = 18;
