/**
 * The /quote development set on real news: every statement of a dozen Brown press texts,
 * annotated by someone who had not seen the code (tests/eval/brown-quotes.json). All 44 press
 * texts are indexed together, so the reserved ones act as distractors only (never read here).
 *
 * For each gold speaker and each way a user may type them, /quote is run and scored:
 * - recall: the speaker's gold quotes in that text that some returned quote matches;
 * - precision: of the returned quotes that stand in annotated texts, those matching a gold quote
 *   of the same person. One matching another person's (or an unattributed) gold quote is a
 *   misattribution; one matching nothing is "unexpected" (a paraphrase the annotator did not list,
 *   or a wrong span) and also counts against precision.
 * A returned quote matches a gold quote when it is in the same article and one text contains the
 * other after folding case, quote marks, punctuation and spacing.
 *
 * The annotated texts are split in two halves (alternately, in text order). Both are tuned on now;
 * sets C and D (totals only) show whether the fixes generalise.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NewsDesk } from '../src/core/newsDesk.ts';
import type { Quote } from '../src/domain/types.ts';
import { EVAL_DIR } from './evalLib.ts';

/** `BROWN_QUOTES_FILE=…` scores another copy of the set (a draft not yet committed, say). */
export const BROWN_QUOTES_FILE = process.env.BROWN_QUOTES_FILE ?? path.join(EVAL_DIR, 'brown-quotes.json');
/** Set C: see bench/eval.ts; only its totals are ever printed. */
export const HELD_OUT_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-c.json');
/** Set D: quote gold on ten press texts no other set annotates; totals only. */
export const SET_D_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-d.json');
/** Set E: development gold on popular non-fiction and editorials (cf, cb), tuned on like halves A and B. */
export const SET_E_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-e.json');
/** Set G: development gold on reviews, hobbies, features, belles lettres and government writing (cc–ch), tuned on like E. */
export const SET_G_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-g.json');
/** Set J: development gold on popular lore, reviews and belles lettres (cc, cf, cg), tuned on like E and G. */
export const SET_J_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-j.json');
/** Set L: gold on popular lore and other non-fiction (cf, cg, cc, ce) no other set annotates. */
export const SET_L_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-l.json');
/** Set N: gold on non-fiction texts (cc–ch) no earlier set annotates. */
export const SET_N_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-n.json');
/** Set P: gold on non-fiction texts (cc–ch) no earlier set annotates. */
export const SET_P_QUOTES_FILE = path.join(EVAL_DIR, 'brown-quotes-p.json');

export interface GoldQuote {
  quote: string;
  kind: 'direct' | 'reported';
}

export interface GoldSpeaker {
  person: string;
  group?: boolean;
  queries: string[];
  quotes: GoldQuote[];
}

export interface GoldText {
  text: string;
  speakers: GoldSpeaker[];
  unattributed?: Array<{ quote: string; why?: string }>;
}

export interface GoldCase {
  query: string;
  note?: string;
  mustNotPerson?: string;
}

export interface BrownQuoteGold {
  texts: GoldText[];
  cases?: GoldCase[];
}

export function loadBrownQuoteGold(file = BROWN_QUOTES_FILE): BrownQuoteGold | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as BrownQuoteGold;
}

export function foldQuote(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One text contains the other, folded; both must hold a word. */
export function textsMatch(a: string, b: string): boolean {
  const x = foldQuote(a);
  const y = foldQuote(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

interface GoldEntry {
  article: string;
  person: string | null;
  folded: string;
  quote: GoldQuote;
}

export type Half = 'A' | 'B';

export interface QueryOutcome {
  half: Half;
  text: string;
  person: string;
  query: string;
  /** The speaker /quote chose, or null when it found none. */
  chosen: string | null;
  expected: number;
  found: number;
  missed: GoldQuote[];
  returnedInAnnotated: number;
  right: number;
  misattributed: Array<{ quote: Quote; goldPerson: string | null }>;
  unexpected: Quote[];
}

export interface CaseOutcome {
  goldCase: GoldCase;
  chosen: string | null;
  /** Returned quotes that are gold quotes of mustNotPerson. */
  violations: Quote[];
}

export interface HalfScore {
  queries: number;
  expected: number;
  found: number;
  returned: number;
  right: number;
  recall: number;
  precision: number;
}

export interface BrownQuoteReport {
  texts: number;
  halves: Record<Half, HalfScore>;
  all: HalfScore;
  outcomes: QueryOutcome[];
  cases: CaseOutcome[];
}

export function halfOf(textIds: readonly string[], id: string): Half {
  const sorted = [...textIds].sort();
  return sorted.indexOf(id) % 2 === 0 ? 'A' : 'B';
}

export function scoreBrownQuotes(desk: NewsDesk, gold: BrownQuoteGold): BrownQuoteReport {
  const annotated = new Set(gold.texts.map((text) => text.text));
  const textIds = [...annotated];
  const entries: GoldEntry[] = [];
  for (const text of gold.texts) {
    for (const speaker of text.speakers) {
      for (const quote of speaker.quotes) entries.push({ article: text.text, person: speaker.person, folded: foldQuote(quote.quote), quote });
    }
    for (const quote of text.unattributed ?? []) entries.push({ article: text.text, person: null, folded: foldQuote(quote.quote), quote: { quote: quote.quote, kind: 'direct' } });
  }
  const byArticle = new Map<string, GoldEntry[]>();
  for (const entry of entries) byArticle.set(entry.article, [...(byArticle.get(entry.article) ?? []), entry]);

  const matches = (quote: Quote, entry: GoldEntry) => quote.citation.articleId === entry.article && textsMatch(quote.text, entry.quote.quote);

  const outcomes: QueryOutcome[] = [];
  for (const text of gold.texts) {
    for (const speaker of text.speakers) {
      for (const query of speaker.queries) {
        const result = desk.quotes(query);
        const returned = result.status === 'found' ? result.quotes : [];
        const missed = speaker.quotes.filter((gq) => !returned.some((quote) => quote.citation.articleId === text.text && textsMatch(quote.text, gq.quote)));
        const inAnnotated = returned.filter((quote) => annotated.has(quote.citation.articleId));
        let right = 0;
        const misattributed: QueryOutcome['misattributed'] = [];
        const unexpected: Quote[] = [];
        for (const quote of inAnnotated) {
          const candidates = (byArticle.get(quote.citation.articleId) ?? []).filter((entry) => matches(quote, entry));
          if (candidates.some((entry) => entry.person === speaker.person)) right++;
          else if (candidates.length > 0) misattributed.push({ quote, goldPerson: candidates[0]?.person ?? null });
          else unexpected.push(quote);
        }
        outcomes.push({
          half: halfOf(textIds, text.text),
          text: text.text,
          person: speaker.person,
          query,
          chosen: chosenName(result),
          expected: speaker.quotes.length,
          found: speaker.quotes.length - missed.length,
          missed,
          returnedInAnnotated: inAnnotated.length,
          right,
          misattributed,
          unexpected,
        });
      }
    }
  }

  const cases = (gold.cases ?? []).map((goldCase): CaseOutcome => {
    const result = desk.quotes(goldCase.query);
    const returned = result.status === 'found' ? result.quotes : [];
    const forbidden = goldCase.mustNotPerson ? entries.filter((entry) => entry.person === goldCase.mustNotPerson) : [];
    return {
      goldCase,
      chosen: chosenName(result),
      // A quote that is word for word another person's gold quote ("You know", Gross's) is theirs, though a longer
      // quote of the forbidden person holds the same words ("…, your report says … You know, Bang-Jensen …").
      violations: returned.filter(
        (quote) =>
          forbidden.some((entry) => matches(quote, entry)) &&
          !entries.some((entry) => entry.person !== goldCase.mustNotPerson && entry.article === quote.citation.articleId && entry.folded === foldQuote(quote.text)),
      ),
    };
  });

  const score = (list: QueryOutcome[]): HalfScore => {
    const expected = list.reduce((sum, outcome) => sum + outcome.expected, 0);
    const found = list.reduce((sum, outcome) => sum + outcome.found, 0);
    const returned = list.reduce((sum, outcome) => sum + outcome.returnedInAnnotated, 0);
    const right = list.reduce((sum, outcome) => sum + outcome.right, 0);
    return { queries: list.length, expected, found, returned, right, recall: expected ? found / expected : 1, precision: returned ? right / returned : 1 };
  };
  return {
    texts: gold.texts.length,
    halves: { A: score(outcomes.filter((o) => o.half === 'A')), B: score(outcomes.filter((o) => o.half === 'B')) },
    all: score(outcomes),
    outcomes,
    cases,
  };
}

/** Who /quote chose, for the listing: a name, "which one of …", or null for nobody. */
function chosenName(result: ReturnType<NewsDesk['quotes']>): string | null {
  if (result.status === 'found') return result.speaker.name;
  if (result.status === 'ambiguous') return `which one of ${result.candidates.map((candidate) => candidate.name).join(' / ')}?`;
  return null;
}
