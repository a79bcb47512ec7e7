/**
 * `npx tsx bench/quoteMissClasses.ts [--set=A|B|E] [-v]`: why each /quote miss of the press-like development sets
 * (dev halves A and B, set E) is missed. For every gold quote a query of its speaker does not return, the analysed
 * quotes of its article are searched for it and the miss is put in one class:
 * - no-speech: no analysed quote shares most of its words (the sentence was never read as speech);
 * - span: an analysed quote shares most of its words but neither text holds the other (cut wrong);
 * - unattributed: an analysed quote matches, with no speaker;
 * - other-speaker: it matches, under a speaker whose name shares no word with the gold person's;
 * - look-up: it matches, under a speaker whose name shares a word with the gold person's, and the query does not
 *   reach them (the name the user types finds someone else, a "which one?", or nobody).
 * Each class is split by the gold quote's kind (direct / reported). `-v` lists each miss with its sentence.
 * Sets C and D are scored for their totals only (their misses are never read or printed), as in `npm run eval`.
 * Not part of npm test.
 */
import { NewsDesk } from '../src/core/newsDesk.ts';
import type { Quote, Speaker } from '../src/domain/types.ts';
import {
  BROWN_QUOTES_FILE,
  foldQuote,
  halfOf,
  HELD_OUT_QUOTES_FILE,
  loadBrownQuoteGold,
  scoreBrownQuotes,
  SET_D_QUOTES_FILE,
  SET_E_QUOTES_FILE,
  textsMatch,
  type BrownQuoteGold,
  type BrownQuoteReport,
} from './brownQuoteEval.ts';
import { auditAttributions } from './attributionAudit.ts';
import { speechVerbsIn } from '../src/nlp/speechVerbScan.ts';
import { ensureBrownFixtures, fixtureSubset } from './brownFixtures.ts';

type MissClass =
  | 'no-speech'
  | 'no-speech/verb-pronoun'
  | 'no-speech/verb-other'
  | 'span'
  | 'unattributed/partial'
  | 'unattributed/tag'
  | 'unattributed/alone'
  | 'unattributed/other'
  | 'other-speaker'
  | 'look-up';

/** A sentence that holds a speech verb: the word before the first one, else null. */
function verbSubject(sentence: string): string | null {
  const verb = speechVerbsIn(sentence)[0];
  if (!verb) return null;
  return /([\p{L}'’.]+)[\s,]*$/u.exec(sentence.slice(0, verb.index))?.[1] ?? '';
}
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const verbose = process.argv.includes('-v');
const heldOut = process.argv.includes('--held-out');
const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const words = (text: string) =>
  new Set(
    foldQuote(text)
      .split(' ')
      .filter((word) => word.length > 2),
  );

/** Share of the gold quote's words the analysed quote holds. */
function overlap(gold: string, found: string): number {
  const goldWords = words(gold);
  if (goldWords.size === 0) return 0;
  const foundWords = words(found);
  let shared = 0;
  for (const word of goldWords) if (foundWords.has(word)) shared++;
  return shared / goldWords.size;
}

function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length > 2),
  );
}

function classify(desk: NewsDesk, set: string, gold: BrownQuoteGold, report: BrownQuoteReport): void {
  const quotesByArticle = new Map<string, Quote[]>();
  for (const quote of desk.snapshot.quotes) {
    const list = quotesByArticle.get(quote.citation.articleId) ?? [];
    list.push(quote);
    quotesByArticle.set(quote.citation.articleId, list);
  }
  const passagesByArticle = new Map<string, string[]>();
  for (const passage of desk.snapshot.passages.values()) {
    const list = passagesByArticle.get(passage.citation.articleId) ?? [];
    list.push(passage.text);
    passagesByArticle.set(passage.citation.articleId, list);
  }
  const speakers = new Map<string, Speaker>(desk.snapshot.speakers.map((speaker) => [speaker.id, speaker]));
  const textIds = gold.texts.map((text) => text.text);
  const counts = new Map<string, number>();
  const pronounCounts = new Map<string, number>();
  const lines: string[] = [];
  // Counted per query, as recall counts; listed once per gold quote.
  const seen = new Set<string>();
  for (const outcome of report.outcomes) {
    if (set !== 'E' && halfOf(textIds, outcome.text) !== set) continue;
    for (const missed of outcome.missed) {
      const key = `${outcome.text}|${outcome.person}|${missed.quote}`;
      const first = !seen.has(key);
      seen.add(key);
      const inArticle = quotesByArticle.get(outcome.text) ?? [];
      const matching = inArticle.filter((quote) => textsMatch(quote.text, missed.quote));
      let verdict: MissClass;
      let shown: Quote | undefined;
      let traceNote = '';
      if (matching.length === 0) {
        const best = inArticle.map((quote) => ({ quote, share: overlap(missed.quote, quote.text) })).sort((a, b) => b.share - a.share)[0];
        verdict = best && best.share >= 0.5 ? 'span' : 'no-speech';
        shown = best && best.share >= 0.5 ? best.quote : undefined;
        if (verdict === 'no-speech') {
          const sentence =
            (passagesByArticle.get(outcome.text) ?? []).map((text) => ({ text, share: overlap(missed.quote, text) })).sort((a, b) => b.share - a.share)[0]?.text ?? '';
          const subject = verbSubject(sentence);
          if (subject !== null) verdict = PRONOUN.test(subject) ? 'no-speech/verb-pronoun' : 'no-speech/verb-other';
          const trace = traced.get(sentence.trim().slice(0, 30));
          if (trace !== undefined) verdict = (/→ (?!nobody)/.test(trace) ? `${verdict}/subject-found` : `${verdict}/no-subject`) as MissClass;
          if (trace !== undefined) traceNote = `      verbs: ${trace}\n`;
        }
      } else {
        const attributed = matching.find((quote) => quote.speakerId !== null);
        shown = attributed ?? matching[0];
        if (!attributed) {
          const outside = (shown?.sentence ?? '').replace(/[“"][^”"]*[”"]?/g, ' ');
          verdict =
            shown?.kind === 'partial'
              ? 'unattributed/partial'
              : speechVerbsIn(outside).length > 0
                ? 'unattributed/tag'
                : /\p{L}{3,}/u.test(outside)
                  ? 'unattributed/other'
                  : 'unattributed/alone';
        } else {
          const speaker = speakers.get(attributed.speakerId ?? '');
          const goldNames = nameWords(outcome.person);
          const shares = speaker ? [...nameWords([speaker.name, ...speaker.aliases].join(' '))].some((word) => goldNames.has(word)) : false;
          verdict = shares ? 'look-up' : 'other-speaker';
        }
      }
      const context =
        shown?.sentence ??
        (passagesByArticle.get(outcome.text) ?? []).map((text) => ({ text, share: overlap(missed.quote, text) })).sort((a, b) => b.share - a.share)[0]?.text ??
        '';
      const pronounTag = speechVerbsIn(context.replace(/[“"][^”"]*[”"]?/g, ' ')).some((verb) =>
        /\b(?:he|she)\s+(?:\w+ly\s+|has\s+|had\s+|did\s+|would\s+)?$/i.test(context.replace(/[“"][^”"]*[”"]?/g, ' ').slice(0, verb.index)),
      );
      if (pronounTag) pronounCounts.set(verdict, (pronounCounts.get(verdict) ?? 0) + 1);
      const countKey = `${verdict} ${missed.kind}`;
      counts.set(countKey, (counts.get(countKey) ?? 0) + 1);
      const speakerName = shown?.speakerId ? (speakers.get(shown.speakerId)?.name ?? shown.speakerId) : '—';
      if (first)
        lines.push(
          `  [${verdict} ${missed.kind}] ${outcome.text} ${outcome.person} (query "${outcome.query}" → ${outcome.chosen ?? 'nobody'})\n` +
            `      gold: ${short(missed.quote)}\n` +
            (!shown
              ? `      sent: ${short((passagesByArticle.get(outcome.text) ?? []).map((text) => ({ text, share: overlap(missed.quote, text) })).sort((a, b) => b.share - a.share)[0]?.text ?? '', 300)}\n`
              : '') +
            traceNote +
            (shown
              ? `      got:  ${short(shown.text)}  [${shown.kind}, ${speakerName}, ${shown.attribution}, cue "${short(shown.cue, 50)}"]\n      sent: ${short(shown.sentence, 240)}\n`
              : ''),
        );
    }
  }
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  console.log(`\nSet ${set}: ${total} query misses (as recall counts them)`);
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(28)} ${count}`);
  console.log(`  of them with a he/she speech verb in the sentence: ${[...pronounCounts].map(([key, count]) => `${key} ${count}`).join(', ')}`);
  if (verbose) for (const line of lines.sort()) console.log(line);
}

function totals(name: string, desk: NewsDesk, gold: BrownQuoteGold | null): void {
  if (!gold) return;
  const report = scoreBrownQuotes(desk, gold);
  const audit = auditAttributions(desk, gold).all;
  const violated = report.cases.filter((entry) => entry.violations.length > 0).length;
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    `${name}: recall ${pct(report.all.recall)} (${report.all.found}/${report.all.expected})  precision ${pct(report.all.precision)} (${report.all.right}/${report.all.returned})  every attribution ${pct(audit.precision)} (${audit.right}/${audit.attributed})  cases violated ${violated}/${report.cases.length}`,
  );
}

// With --trace, each sentence's speech verbs and the subjects attribution found for them are kept (by the
// sentence's opening), so a reported statement that was never made says whether its verb lacked a subject or
// had one and was judged to report nothing. Reads a private method: a diagnostic only.
const traced = new Map<string, string>();
if (process.argv.includes('--trace')) {
  const { Attributor } = await import('../src/nlp/attribution.ts');
  const proto = Attributor.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto['speechSubjectsIn'];
  if (original)
    proto['speechSubjectsIn'] = function (this: unknown, masked: unknown, range: unknown) {
      const result = original.call(this, masked, range) as Array<{ verb: string; phrase: string; speaker: { name: string } | null; method: string }>;
      const { start, end } = range as { start: number; end: number };
      const key = (masked as string).slice(start, end).trim().slice(0, 30);
      if (result.length > 0)
        traced.set(key, result.map((verb) => `${verb.verb} → ${verb.speaker ? `${verb.speaker.name} (${verb.method} "${verb.phrase}")` : 'nobody'}`).join('; '));
      return result;
    };
}

const fixtures = await ensureBrownFixtures();
const pressDesk = await NewsDesk.open({ seedsDir: fixtures.pressDir, cacheDir: false });
const devGold = loadBrownQuoteGold(BROWN_QUOTES_FILE);
if (devGold) {
  const report = scoreBrownQuotes(pressDesk, devGold);
  totals('dev', pressDesk, devGold);
  if (!only || only === 'A') classify(pressDesk, 'A', devGold, report);
  if (!only || only === 'B') classify(pressDesk, 'B', devGold, report);
}
if (heldOut) {
  // Totals only, never the misses: sets C and D stay held out.
  totals('set C', pressDesk, loadBrownQuoteGold(HELD_OUT_QUOTES_FILE));
  totals('set D', pressDesk, loadBrownQuoteGold(SET_D_QUOTES_FILE));
}
const eGold = loadBrownQuoteGold(SET_E_QUOTES_FILE);
if (eGold && (!only || only === 'E')) {
  const loreDesk = await NewsDesk.open({ seedsDir: await fixtureSubset(fixtures, 'press-editorials-lore'), cacheDir: false });
  totals('set E', loreDesk, eGold);
  classify(loreDesk, 'E', eGold, scoreBrownQuotes(loreDesk, eGold));
}
