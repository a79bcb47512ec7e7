import { createRequire } from 'node:module';
import { baseForms } from './wordnet.ts';

/**
 * Irregular inflections from WordNet's exception lists (verb.exc, noun.exc, adj.exc: "built" → "build",
 * "children" → "child", "went" → "go", "fell" → "fall", "biggest" → "big"), as wink's English model ships
 * them for its lemmatizer. The stemmer joins "builds" and "building" but leaves "built" a word of its own, and
 * WordNet's detachment rules (baseForms in wordnet.ts) cannot undo it either: these lists are what can. Loaded
 * on the first look-up (about 5,600 forms), the forms of each lemma indexed the other way round then too.
 */

type Exceptions = ReadonlyMap<string, string>;

let lemmaOfForm: Map<string, string[]> | null = null;
let formsOfLemma: Map<string, string[]> | null = null;

const LISTS = ['verb', 'noun', 'adjective'] as const;

function load(): void {
  const require = createRequire(import.meta.url);
  lemmaOfForm = new Map();
  formsOfLemma = new Map();
  for (const list of LISTS) {
    for (const [form, lemma] of readList(require, list)) {
      if (form === lemma) continue;
      addTo(lemmaOfForm, form, lemma);
      addTo(formsOfLemma, lemma, form);
    }
  }
}

/** One exception list as form → lemma; its shape is checked once instead of trusting an untyped module. */
function readList(require: NodeJS.Require, list: (typeof LISTS)[number]): Exceptions {
  const loaded: unknown = require(`wink-eng-lite-web-model/dist/wn-${list}-exceptions.js`);
  if (typeof loaded !== 'object' || loaded === null) throw new Error(`wink-eng-lite-web-model has no ${list} exception list; reinstall dependencies`);
  const entries = new Map<string, string>();
  for (const [form, lemma] of Object.entries(loaded)) if (typeof lemma === 'string') entries.set(form, lemma);
  return entries;
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The lemmas a word is an irregular form of ("built" → ["build"], "lives" → ["life"]); none for a regular word. */
export function irregularLemmas(word: string): readonly string[] {
  if (!lemmaOfForm) load();
  return lemmaOfForm?.get(word.toLowerCase()) ?? [];
}

/** The irregular forms of a lemma ("go" → ["went", "gone"], "child" → ["children"]); none for a regular word. */
export function irregularFormsOf(lemma: string): readonly string[] {
  if (!formsOfLemma) load();
  return formsOfLemma?.get(lemma.toLowerCase()) ?? [];
}

/**
 * The word's other forms that stemming cannot join to it: its lemmas (WordNet's exception lists and detachment
 * rules) and their irregular forms ("stolen" → "steal", "stole"; "build" → "built"; "children" → "child"). Lower
 * case, the word itself and multiword lemmas left out.
 */
export function otherForms(word: string): string[] {
  const lower = word.toLowerCase();
  const own = baseForms(lower).map((form) => form.lemma);
  // An irregular form that is a word of its own ("won" the currency, "fell" to cut down, "found" to establish) is taken as typed.
  const ambiguous = own.includes(lower);
  const lemmas = new Set([lower, ...(ambiguous ? [] : irregularLemmas(lower)), ...own]);
  const forms = new Set<string>();
  for (const lemma of lemmas) {
    forms.add(lemma);
    for (const form of irregularFormsOf(lemma)) forms.add(form);
  }
  forms.delete(lower);
  return [...forms].filter((form) => !form.includes('_'));
}
