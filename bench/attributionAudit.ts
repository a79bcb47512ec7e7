/**
 * Every attribution the bot makes in the annotated texts, checked against the gold — not only the
 * quotes that come back for the gold speakers' names. The per-query precision never sees a speaker
 * nobody asks for ("Nobody", "the Bears", "Laos"), yet /speakers lists them and their quotes are
 * wrong; this audit counts them. Each quote attributed to someone in an annotated text is:
 * - right: it matches a gold statement of the same speaker (names agree: see sameSpeaker);
 * - another speaker's: it matches a gold statement of someone else;
 * - unattributed in the gold: the annotator judged that the text does not say who said it;
 * - in no gold statement: words the annotator did not take for a statement at all ("The Bears
 *   added two more in the fifth") or a span cut differently.
 */
import type { NewsDesk } from '../src/core/newsDesk.ts';
import { nameKey } from '../src/domain/nameKey.ts';
import type { Quote, Speaker } from '../src/domain/types.ts';
import { isTitleWord } from '../src/lang/en/names.ts';
import { halfOf, textsMatch, type BrownQuoteGold, type GoldSpeaker, type Half } from './brownQuoteEval.ts';

export type AuditVerdict = 'right' | 'other-speaker' | 'gold-unattributed' | 'no-gold-statement';

export interface AuditedQuote {
  half: Half;
  quote: Quote;
  speaker: Speaker;
  verdict: AuditVerdict;
  /** The gold speaker of the statement it matches, when another one. */
  goldPerson: string | null;
}

export interface AuditScore {
  attributed: number;
  right: number;
  otherSpeaker: number;
  goldUnattributed: number;
  noGoldStatement: number;
  /** Right / attributed. */
  precision: number;
}

export interface AttributionAudit {
  all: AuditScore;
  halves: Record<Half, AuditScore>;
  quotes: AuditedQuote[];
}

export function auditAttributions(desk: NewsDesk, gold: BrownQuoteGold): AttributionAudit {
  const textIds = gold.texts.map((text) => text.text);
  const goldByText = new Map(gold.texts.map((text) => [text.text, text]));
  const audited: AuditedQuote[] = [];
  for (const speaker of desk.speakers()) {
    const found = desk.quotesOf(speaker.id);
    for (const quote of found?.quotes ?? []) {
      const text = goldByText.get(quote.citation.articleId);
      if (!text) continue;
      const owners = text.speakers.filter((goldSpeaker) => goldSpeaker.quotes.some((goldQuote) => textsMatch(quote.text, goldQuote.quote)));
      const unattributed = (text.unattributed ?? []).some((entry) => textsMatch(quote.text, entry.quote));
      let verdict: AuditVerdict;
      let goldPerson: string | null = null;
      if (owners.some((owner) => sameSpeaker(speaker, owner, text.speakers))) verdict = 'right';
      else if (owners.length > 0) {
        verdict = 'other-speaker';
        goldPerson = owners[0]?.person ?? null;
      } else verdict = unattributed ? 'gold-unattributed' : 'no-gold-statement';
      audited.push({ half: halfOf(textIds, text.text), quote, speaker, verdict, goldPerson });
    }
  }
  return {
    all: score(audited),
    halves: { A: score(audited.filter((entry) => entry.half === 'A')), B: score(audited.filter((entry) => entry.half === 'B')) },
    quotes: audited,
  };
}

function score(list: readonly AuditedQuote[]): AuditScore {
  const count = (verdict: AuditVerdict) => list.filter((entry) => entry.verdict === verdict).length;
  const right = count('right');
  return {
    attributed: list.length,
    right,
    otherSpeaker: count('other-speaker'),
    goldUnattributed: count('gold-unattributed'),
    noGoldStatement: count('no-gold-statement'),
    precision: list.length === 0 ? 1 : right / list.length,
  };
}

/**
 * Whether the bot's speaker is the gold one. A person: the same surname and, when another gold speaker
 * of the text has that surname too, given names that do not disagree ("Charles A. Black" is not "Mary
 * Black"). A title left in the name ("Symphony Conductor Pfohl") is the bot's naming fault, not a wrong
 * person. A group or body: a content word in common ("the witnesses" / "witnesses"). Or one of the
 * gold's queries is one of its names.
 */
export function sameSpeaker(speaker: Speaker, gold: GoldSpeaker, textSpeakers: readonly GoldSpeaker[]): boolean {
  const names = [speaker.name, ...speaker.aliases].map(nameKey);
  const queries = [gold.person, ...gold.queries].map(nameKey);
  if (names.some((name) => queries.includes(name) || queries.includes(name.replace(/^the /, '')))) return true;
  const goldWords = contentWords(gold.person);
  if (gold.group || speaker.kind === 'organization') return names.some((name) => contentWords(name).some((word) => goldWords.includes(word)));
  const goldSurname = goldWords[goldWords.length - 1];
  const surnameShared = textSpeakers.some((other) => other !== gold && contentWords(other.person).at(-1) === goldSurname);
  return names.some((name) => {
    const words = contentWords(name);
    // "Mary" for "Mary Black": the given name alone is the right person, incompletely named.
    if (words.length === 1 && words[0] === goldWords[0] && goldWords.length > 1) return true;
    if (words.length === 0 || words[words.length - 1] !== goldSurname) return false;
    if (!surnameShared) return true;
    const given = words[0];
    const goldGiven = goldWords[0];
    // One given name missing, or an initial standing for the other: compatible.
    if (words.length === 1 || goldWords.length === 1 || !given || !goldGiven) return true;
    return given === goldGiven || (given.length === 1 && goldGiven.startsWith(given)) || (goldGiven.length === 1 && given.startsWith(goldGiven));
  });
}

/** A name's words without titles, articles and "of": "the Secretary of Labor Arthur Goldberg" → labor, arthur, goldberg. */
function contentWords(name: string): string[] {
  return nameKey(name)
    .replace(/'s\b/g, '')
    .split(' ')
    .filter((word) => word !== '' && !['the', 'of', 'a', 'an', 'and', 'our'].includes(word) && !isTitleWord(word));
}
