/**
 * `npx tsx bench/askVocabularyGaps.ts [--set=dev|F|H|I|K] [-v]`: for every answerable /ask question of the development
 * sets whose answer is not in the first window (ranking alone, no refusal), whether the answering sentence is among the
 * candidates at all (the index's best WINDOW_CANDIDATES matches that windows are built from, or only among the matches
 * that tell neighbours and articles, or nowhere), and which of the question's weighed words the answering sentence (with
 * its neighbours) lacks, each with the answer's word it is said by, classed by how WordNet relates the two: an irregular
 * form (WordNet's exception lists), a synonym or derivation or pertainym (relatedWords), one step up or down the noun or
 * verb hierarchy, or none known. Only passages of the texts a set's questions were written from are printed; sets C and
 * D are never read. Not part of npm test.
 */
import { NewsDesk } from '../src/core/newsDesk.ts';
import { baseForms, relatedWords, senses, synset } from '../src/lang/en/wordnet.ts';
import { WINDOW_CANDIDATES } from '../src/search/candidates.ts';
import { EmbeddedAskIndex } from '../src/search/embeddedAskIndex.ts';
import { tokenize, toTerm } from '../src/search/terms.ts';
import type { Window } from '../src/search/windows.ts';
import { askDevelopmentSets } from './askDevSets.ts';
import { askTrace } from './askTrace.ts';
import { foldForMatch, isAnswerable, loadBrownQuestions, printable } from './brownEval.ts';

/** Lemmas of a word in every part of speech WordNet knows it in. */
const lemmas = (word: string) => new Set(baseForms(word).map((form) => form.lemma));

/** Words one hypernym or hyponym step from any noun or verb sense of the word. */
function neighbours(word: string): Set<string> {
  const found = new Set<string>();
  for (const { pos, lemma } of baseForms(word)) {
    if (pos !== 'noun' && pos !== 'verb') continue;
    for (const offset of senses(pos, lemma).slice(0, 3)) {
      for (const pointer of synset(pos, offset).pointers) {
        if (pointer.symbol !== '@' && pointer.symbol !== '~') continue;
        for (const each of synset(pointer.pos, pointer.offset).words) found.add(each.toLowerCase());
      }
    }
  }
  return found;
}

/** How WordNet relates a question word to a word of the answer, or null. */
function relation(asked: string, said: string): string | null {
  const a = asked.toLowerCase();
  const s = said.toLowerCase();
  const askedLemmas = lemmas(a);
  const saidLemmas = lemmas(s);
  if ([...askedLemmas].some((lemma) => saidLemmas.has(lemma))) return 'same lemma (WordNet morphy)';
  const relatedTerms = (word: string) => new Set(relatedWords(word).map((each) => toTerm(each)));
  if (relatedTerms(a).has(toTerm(s)) || relatedTerms(s).has(toTerm(a))) return 'synonym/derivation/pertainym';
  if (neighbours(a).has(s) || [...saidLemmas].some((lemma) => neighbours(a).has(lemma)) || [...askedLemmas].some((lemma) => neighbours(s).has(lemma))) return 'hypernym/hyponym';
  // Two steps: the answer's word and the question's word share a related word.
  const viaA = new Set(relatedWords(a).flatMap((each) => relatedWords(each).map((two) => toTerm(two))));
  if (viaA.has(toTerm(s))) return 'two related steps';
  return null;
}

const sets = await askDevelopmentSets();
const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const verbose = process.argv.includes('-v');
const textOf = (window: Window) => window.sentences.map((sentence) => sentence.text).join(' ');
const totals: Record<string, number> = {};
const add = (key: string) => (totals[key] = (totals[key] ?? 0) + 1);

for (const [name, file, dir] of sets) {
  if (only && only !== name) continue;
  const all = loadBrownQuestions(file) ?? [];
  const devTexts = new Set(all.flatMap((question) => (question.text ? [question.text] : [])));
  const desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
  const { index, passages, vocabulary } = desk.snapshot;
  const askIndex = new EmbeddedAskIndex(index, passages, () => vocabulary);
  const ordered = [...passages.values()];
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const question of all.filter(isAnswerable)) {
    const spans = question.answers.map(foldForMatch);
    const holds = (text: string) => spans.some((span) => foldForMatch(text).includes(span));
    const trace = askTrace(askIndex, question.question, 3);
    const { windows, matchIds, words, question: searched } = trace ?? { windows: [], matchIds: [], words: [], question: question.question };
    const rank = windows.findIndex((window) => holds(textOf(window)));
    if (rank === 0) continue;
    // The answering sentences: one that holds a span, or two neighbours that hold it together.
    const gold = ordered.filter((passage) => question.text !== null && passage.id.startsWith(question.text));
    let answering = gold.filter((passage) => holds(passage.text));
    if (answering.length === 0) {
      answering = gold.flatMap((passage, at) => {
        const next = gold[at + 1];
        return next && holds(`${passage.text} ${next.text}`) ? [passage, next] : [];
      });
    }
    const ids = new Set(answering.map((passage) => passage.id));
    const matchRank = matchIds.findIndex((id) => ids.has(id));
    const place =
      answering.length === 0 ? 'answer span not found' : matchRank < 0 ? 'not among matches' : matchRank < WINDOW_CANDIDATES ? 'among candidates' : 'among matches only';
    count(place);
    add(`${place}`);
    // The answer's words with its neighbours' (a window shows them).
    const around = new Set<string>();
    for (const passage of answering) {
      const at = gold.indexOf(passage);
      for (const each of [gold[at - 1], passage, gold[at + 1]]) if (each) for (const token of tokenize(each.text)) around.add(token);
    }
    const aroundTerms = new Set([...around].map((token) => toTerm(token)));
    const lacking = words.filter((word) => word.weight > 0 && !aroundTerms.has(word.term));
    const said = [...around].filter((token) => toTerm(token) !== null && !/\d/.test(token));
    const notes = lacking.map((word) => {
      for (const token of said) {
        const how = relation(word.word, token);
        if (how) {
          if (place !== 'among candidates') add(`gap: ${how}`);
          return `${word.word} → ${token} (${how})`;
        }
      }
      if (place !== 'among candidates') add('gap: none known');
      return `${word.word} → ?`;
    });
    console.log(`\n[${name} ${question.text ?? '—'} ${question.type}] ${question.question}${searched !== question.question ? ` (searched: ${searched})` : ''}`);
    console.log(`  ${place}${matchRank >= 0 ? ` (match ${matchRank + 1})` : ''}; window ${rank + 1 || '—'}; lacks: ${notes.join('; ') || 'nothing'}`);
    if (verbose) for (const passage of answering) console.log(`  answer ${passage.id}: ${printable(passage, devTexts)}`);
  }
  console.log(`\n== ${name}: ${JSON.stringify(counts)}`);
}
console.log(`\n== all: ${JSON.stringify(totals)}`);
