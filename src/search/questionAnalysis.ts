import { answerKindWord, countedWords, FRAMING_WORDS, OPENING_MODALS } from '../lang/en/questionWords.ts';
import { isEnglishWord } from '../lang/en/spelling.ts';
import { baseForms, isCommonWord, isNameInWordNet, isOnlyAName, isWordNetWord, relatedWords } from '../lang/en/wordnet.ts';
import type { TermStats } from './askIndex.ts';
import { tokenize, toTerm } from './terms.ts';

/** One informative word of the question, with the weight its rarity gives it. */
export interface QuestionWord {
  /** As the reader typed it (after spelling correction). */
  word: string;
  term: string;
  weight: number;
  /** Whether any passage has it. */
  inCorpus: boolean;
  /** Framing words ("happened", "name") count for ranking but never make a question "not covered". */
  framing: boolean;
  /** A word no article has that names a topic (a name, a number, a rare word): the question is then not covered. */
  absentTopic: boolean;
  /** An everyday word no article has ("tall", "shoe"): it weighs nothing, but is still part of what is asked. */
  absentEveryday: boolean;
  /** Part of what a "how many"/"how much" question counts ("votes" in "how many votes…"). */
  counted: boolean;
}

/**
 * The question's informative words (not stop words), each weighed by its rarity in the corpus:
 * a word few passages have tells more about which passage answers than one most passages have.
 */
export function questionWords(question: string, index: TermStats): QuestionWord[] {
  const words: QuestionWord[] = [];
  const counted = new Set(countedWords(question).map((word) => toTerm(word)));
  const kindWord = answerKindWord(question);
  for (const [at, token] of tokenize(question).entries()) {
    const term = toTerm(token);
    // "will" opening "will moscow send the army…" is the question's auxiliary: as rare a word as any noun, it outweighed the
    // topic. Left out altogether, so a "will" later in the question ("…accept the will of the people") still weighs.
    if (at === 0 && OPENING_MODALS.has(token.toLowerCase())) continue;
    if (!term || words.some((word) => word.term === term)) continue;
    let inCorpus = index.hasTerm(term);
    let word = token.toLowerCase();
    let wordTerm = term;
    if (!inCorpus) {
      // "longest" when the articles say "long", "spies" when they say "spy": WordNet's base form of an inflection the stemmer leaves alone.
      for (const { lemma } of baseForms(token)) {
        const lemmaTerm = toTerm(lemma);
        if (lemmaTerm && index.hasTerm(lemmaTerm)) {
          inCorpus = true;
          word = lemma;
          wordTerm = lemmaTerm;
          break;
        }
      }
    }
    // An unknown non-word that spelling correction could not place ("wat", "aginst") is noise, not a topic the articles lack.
    if (!inCorpus && !/\d/.test(term) && !isEnglishWord(token)) continue;
    // A missing everyday word ("last", "choices") is likely said otherwise in the text; a missing name or number is not there.
    // "old" in "how old is…" asks for an age: a passage about something old is no nearer the answer.
    const asksKind = token.toLowerCase() === kindWord;
    const framing = FRAMING_WORDS.has(token.toLowerCase()) || asksKind;
    // "America" when the articles say "Americans": a name whose WordNet relative the articles have is said otherwise, not absent.
    const absentTopic = !inCorpus && !framing && isTopicWord(token) && !(isOnlyAName(token) && relatedWords(token).some((related) => index.hasTerm(toTerm(related) ?? '')));
    // An absent everyday word can be matched by nothing, so it weighs nothing either way.
    const weight = (!inCorpus && !absentTopic) || asksKind ? 0 : index.rarity(wordTerm) * (framing ? 0.3 : 1);
    words.push({
      word,
      term: wordTerm,
      weight,
      inCorpus,
      framing: framing || (!inCorpus && !absentTopic),
      absentTopic,
      absentEveryday: !inCorpus && !framing && !absentTopic,
      counted: counted.has(term),
    });
  }
  return words;
}

/**
 * Whether a word the articles lack names a topic of its own, so that its absence means the question
 * is not covered: a number ("2022"), a word WordNet does not know ("bitcoin"), or a name that is not
 * everyday English or never anything but a name ("Lisbon"). An everyday word ("last", "choices") is likely said otherwise.
 */
function isTopicWord(token: string): boolean {
  if (/\d/.test(token)) return true;
  if (!isWordNetWord(token)) return true;
  // A word that is only ever a name ("Lisbon") names a topic even when WordNet's corpus saw it once.
  return (!isCommonWord(token) && isNameInWordNet(token)) || isOnlyAName(token);
}
