/** A quotation found in a piece of text: offsets of the marks and of the words inside. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark (or the end of the text when the quote runs on). */
  close: number;
  /** The quoted words, without the marks. */
  text: string;
  /** True when no closing mark was found: the quote runs into the next paragraph. */
  runsOn: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
const ANY_DOUBLE_MARK = /["“”„«»]/;
/** Where a single-quoted span may open: a mark after a space, a bracket or a dash (never an apostrophe inside a word). */
const SINGLE_OPENING = /(?:^|[\s(—–-])['‘]/;

/** Quotes longer than this are almost certainly a missing closing mark, not speech. */
const MAX_QUOTE_CHARS = 2000;

/**
 * Finds double-quoted spans. Curly marks say which way they face; a straight mark opens when no
 * quote is open and closes otherwise, so mixed pairs such as `"we don’t …,”` still pair up.
 * Single-quoted spans ('We have no common vision,') are found in the text outside double quotes,
 * only where the marks stand at word boundaries, so apostrophes (France's, don't) are never quotes.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  // Most paragraphs quote nobody: one native search spares them the walk, character by character.
  const start = text.search(ANY_DOUBLE_MARK);
  for (let index = start < 0 ? text.length : start; index < text.length; index++) {
    const char = text[index] ?? '';
    const opens = OPENING.has(char) || (char === STRAIGHT && openAt < 0);
    const closes = CLOSING.has(char) || (char === STRAIGHT && openAt >= 0);
    if (opens && !closes) {
      openAt = index; // a second opening mark restarts the quote: the first was a stray
    } else if (closes && openAt >= 0) {
      pushSpan(spans, text, openAt, index + 1, false);
      openAt = -1;
    } else if (opens && closes && openAt < 0) {
      openAt = index;
    }
  }
  if (openAt >= 0) pushSpan(spans, text, openAt, text.length, true);
  if (!SINGLE_OPENING.test(text)) return spans;
  return [...spans, ...findSingleQuoteSpans(text, spans)].sort((a, b) => a.open - b.open);
}

function pushSpan(spans: QuoteSpan[], text: string, open: number, close: number, runsOn: boolean): void {
  const inner = text.slice(open + 1, runsOn ? close : close - 1).trim();
  if (!/\p{L}/u.test(inner) || inner.length > MAX_QUOTE_CHARS) return;
  spans.push({ open, close, text: stripTrailingComma(inner), runsOn });
}

function stripTrailingComma(text: string): string {
  return text.replace(/,$/, '').trim();
}

const SINGLE_QUOTED = /(?<=^|[\s(—–-])['‘](?<inner>\p{L}[^'‘’]*?[\p{L}\p{N},.!?])['’](?=$|[\s,.;:!?)—–-])/gu;

function findSingleQuoteSpans(text: string, doubleSpans: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let overlapCursor = 0; // double spans are sorted: walk them alongside the matches
  for (const match of text.matchAll(SINGLE_QUOTED)) {
    const open = match.index ?? 0;
    const close = open + match[0].length;
    const inner = match.groups?.inner ?? '';
    while (overlapCursor < doubleSpans.length && (doubleSpans[overlapCursor]?.close ?? 0) <= open) overlapCursor++;
    const overlapping = doubleSpans[overlapCursor];
    if (overlapping && overlapping.open < close) continue;
    if (inner.split(/\s+/).length < 2) continue; // 'n' or a nickname, not speech
    spans.push({ open, close, text: stripTrailingComma(inner), runsOn: false });
  }
  return spans;
}
