import { isEnglishWord, isPronounceable } from '../lang/en/spelling.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import { baseForms } from '../lang/en/wordnet.ts';
import { type AskIndex, type Steps, type TermStats, wait } from './askIndex.ts';
import type { QuestionWord } from './questionAnalysis.ts';
import { tokenize, toTerm } from './terms.ts';
import { editDistance, type Vocabulary } from './vocabulary.ts';

/** How far a word may be from one of the articles' words (of the same first letter) and still be taken for a misspelling of it ("kruschev" for "khrushchev"). */
const TYPO_DISTANCE = 2;
/** Shorter non-words ("wat", "abt") are too near too many words to be anything but typos. */
const MIN_COINED_LENGTH = 4;
/** A long paste of unknown words is not a question about each: the look-ups are bounded per question, as typo correction's are. */
const MAX_COINED_LOOKUPS = 6;
const MAX_COINED_LENGTH = 30;

/**
 * The words of a question that are no English word, no misspelling of one of the articles' words (none
 * within two edits) nor of a function word ("aginst"), and that no article has: a coinage or a name the
 * dictionary and the articles lack ("chatgpt", "zelensky"). Such a word names what the question is
 * about as surely as "bitcoin" does (questionAnalysis.ts), so the articles do not cover the question;
 * questionWords drops it as noise it could not correct, and the rest of the question ("how does … work")
 * would find any passage. The vocabulary is only fetched when such a word is left.
 */
export function* coinedWords(index: Pick<AskIndex, 'vocabulary'>, question: string, stats: Pick<TermStats, 'hasTerm'>): Steps<QuestionWord[]> {
  let lookups = 0;
  const candidates = tokenize(question).filter((token) => {
    const term = toTerm(token);
    if (!term || token.length < MIN_COINED_LENGTH || token.length > MAX_COINED_LENGTH || !/^\p{L}+$/u.test(token) || stats.hasTerm(term)) return false;
    // A keyboard mash ("zzzqqq") names nothing: it is noise, as questionWords takes it.
    if (!isPronounceable(token) || ++lookups > MAX_COINED_LOOKUPS || isEnglishWord(token)) return false;
    // An inflection WordNet knows ("spies") is a word, and a near miss of a function word a typo.
    return baseForms(token).length === 0 && ![...STOP_WORDS].some((stop) => editDistance(token.toLowerCase(), stop, 1) <= 1);
  });
  if (candidates.length === 0) return [];
  const vocabulary = yield* wait<Vocabulary>(index.vocabulary());
  return candidates
    .filter((token) => !vocabulary.hasNearWord(token, TYPO_DISTANCE))
    .map((token) => ({
      word: token.toLowerCase(),
      term: toTerm(token) ?? token.toLowerCase(),
      weight: 0,
      inCorpus: false,
      framing: false,
      absentTopic: true,
      absentEveryday: false,
      counted: false,
    }));
}
