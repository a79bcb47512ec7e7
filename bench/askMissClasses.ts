/**
 * `npx tsx bench/askMissClasses.ts [--set=dev|F|H|I|K] [-v]`: where each /ask miss of the development sets (dev halves
 * A and B, sets F, H, I and K) goes wrong. For every answerable question whose answer is not in the first window (ranking
 * alone: no refusal), it ranks every window as ask.ts does and says whether the answer's article came first, in the
 * top 3 or top 10, or not at all, and where the answering window stands among its article's windows; for a miss
 * in the right article, whether the first window was put there by the answer's kind (answerInArticle.ts) or holds
 * more, as much or less of the question. `-v` prints the windows compared. Only passages of the texts a set's
 * questions were written from are ever printed (printable in brownEval.ts): every other text, the reserved ones
 * among them, is named by its passage id alone. Sets C and D are never read. Not part of npm test.
 */
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { Passage } from '../src/domain/types.ts';
import { asksSomething } from '../src/lang/en/descriptions.ts';
import { answerKindWord, expectedAnswerKind } from '../src/lang/en/questionWords.ts';
import { sureAnswer } from '../src/search/answerInArticle.ts';
import { answerTest } from '../src/search/answerShape.ts';
import { type AskIndex, runNow, type TermStats } from '../src/search/askIndex.ts';
import { findCandidates, WINDOW_CANDIDATES } from '../src/search/candidates.ts';
import { EmbeddedAskIndex } from '../src/search/embeddedAskIndex.ts';
import { FoundTerms } from '../src/search/foundTerms.ts';
import { questionWords } from '../src/search/questionAnalysis.ts';
import { cleanQuestion, correctTypos } from '../src/search/questionText.ts';
import { rankWindows } from '../src/search/ranking.ts';
import { toTerm, toTerms } from '../src/search/terms.ts';
import type { Vocabulary } from '../src/search/vocabulary.ts';
import type { Window } from '../src/search/windows.ts';
import { askDevelopmentSets } from './askDevSets.ts';
import { foldForMatch, isAnswerable, loadBrownQuestions, printable } from './brownEval.ts';

/** ask.ts's steps up to the ranking (spelling corrected; no refusal), returning every ranked window. */
function rankedWindows(index: AskIndex, raw: string): Window[] {
  const stats = index.termStats(() => []) as TermStats;
  const cleaned = cleanQuestion(raw);
  const question = correctTypos(cleaned, stats, () => index.vocabulary() as Vocabulary) ?? cleaned;
  const words = questionWords(question, stats);
  if (words.length === 0) return [];
  const { matches, standsFor, sameWord } = runNow(findCandidates(index, stats, question, words));
  const ids = matches.map((match) => match.id);
  const passages = index.passages(ids, ids.slice(0, WINDOW_CANDIDATES)) as ReadonlyMap<string, Passage>;
  const found = new FoundTerms(matches, passages, standsFor, sameWord);
  const wants = expectedAnswerKind(question);
  const kindTerm = toTerm(answerKindWord(question) ?? '');
  const ownTerms = new Set(toTerms(question).filter((term) => term !== kindTerm));
  const wantsPattern = wants ? answerTest(wants, ownTerms) : null;
  const sure = sureAnswer(wants, wantsPattern, ownTerms, question);
  return rankWindows(matches, passages, words, found, wantsPattern, wants === null && !asksSomething(question), sure, wants);
}

const sets = await askDevelopmentSets();
const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const verbose = process.argv.includes('-v');
const short = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const textOf = (window: Window) => window.sentences.map((sentence) => sentence.text).join(' ');

for (const [name, file, dir] of sets) {
  if (only && only !== name) continue;
  const all = loadBrownQuestions(file) ?? [];
  const devTexts = new Set(all.flatMap((question) => (question.text ? [question.text] : [])));
  const shown = (window: Window) => short(printable({ id: window.passage.id, text: textOf(window) }, devTexts));
  const desk = await NewsDesk.open({ seedsDir: dir, cacheDir: false });
  const { index, passages, vocabulary } = desk.snapshot;
  const askIndex = new EmbeddedAskIndex(index, passages, () => vocabulary);
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  const questions = all.filter(isAnswerable);
  for (const question of questions) {
    const spans = question.answers.map(foldForMatch);
    const answers = (window: Window) => spans.some((span) => foldForMatch(textOf(window)).includes(span));
    const windows = rankedWindows(askIndex, question.question);
    const rank = windows.findIndex(answers);
    if (rank === 0) continue;
    const ofGold = (window: Window) => question.text !== null && window.passage.citation.articleId.startsWith(question.text);
    const articles = [...new Set(windows.map((window) => window.passage.citation.articleId))];
    const articleRank = articles.findIndex((article) => question.text !== null && article.startsWith(question.text));
    const inArticle = windows.filter(ofGold);
    const kind =
      rank < 0
        ? articleRank < 0
          ? 'article not found'
          : 'answer in no window'
        : articleRank === 0
          ? 'right article, wrong sentence'
          : articleRank < 3
            ? 'article in top 3'
            : articleRank < 10
              ? 'article in top 10'
              : 'article deeper';
    count(kind);
    let why = '';
    const top = windows[0];
    const gold = windows[rank];
    if (kind === 'right article, wrong sentence' && top && gold) {
      why = top.promotedOver
        ? 'put first by the answer kind'
        : gold.coverage > top.coverage + 0.005
          ? 'answer holds more'
          : gold.coverage < top.coverage - 0.005
            ? 'first holds more'
            : 'as much';
      count(`  wrong sentence: ${why}`);
    }
    console.log(`\n[${name} ${question.text ?? '—'} ${question.type}] ${question.question}`);
    console.log(
      `  ${kind}${why ? ` (${why})` : ''}: window ${rank + 1 || '—'}, article ${articleRank + 1 || '—'}, in its article ${inArticle.findIndex(answers) + 1 || '—'} of ${inArticle.length}`,
    );
    if (!verbose) continue;
    const line = (label: string, window: Window | undefined) =>
      window &&
      console.log(
        `  ${label} ${window.score.toFixed(3)} coverage ${window.coverage.toFixed(2)} fits ${window.answerFits} [${[...window.found].join(' ')}] ${window.passage.id}: ${shown(window)}`,
      );
    line('first ', top);
    if (inArticle[0] !== top) line('art. 1', inArticle[0]);
    line('answer', gold);
  }
  console.log(`\n== ${name}: ${questions.length} answerable; not first: ${JSON.stringify(counts)}`);
}
