import { escapeMarkdown } from 'discord.js';
import { truncate } from './limits.ts';

const ZERO_WIDTH_SPACE = '\u200B';
// Bidirectional embeddings, overrides and isolates: echoed, they could reverse the rest of our line
// (the citation after a question, say). Plain direction marks (U+200E/F) are harmless and kept.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that is valid Unicode (a lone surrogate becomes U+FFFD) with no bidi override or isolate. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(BIDI_CONTROLS, '');
}

/**
 * Breaks every kind of mention in text we echo back, so it renders literally and could not ping
 * even if `allowedMentions` were forgotten: "@everyone" → "@\u200Beveryone", "<@123>" → "<\u200B@123>",
 * role ("<@&1>"), channel ("<#1>") and legacy nickname ("<@!1>") mentions alike.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(@[!&]?|#)(\d+)>/g, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

/** Nothing the bot sends is longer than an embed description, so no safe text needs to be either. */
export const SAFE_TEXT_MAX = 4096;
// Escaping only ever lengthens text, so escaping this much more than `max` is enough to cut at the
// same word boundary as escaping everything would; the margin keeps the word after the cut visible.
const ESCAPE_MARGIN = 64;

/**
 * User or article text made safe to put inside our own markdown: one line, valid Unicode without
 * bidi overrides, markdown escaped, mentions neutralised, and truncated at a word boundary to
 * `max` characters (at most `SAFE_TEXT_MAX`).
 *
 * Only the part that can be shown is escaped: discord.js's `escapeMarkdown` takes time quadratic
 * in the length of a line (10,000 characters: ~0.1 s; one 78,000-character run-on "sentence" from
 * an article: 11 s, with the event loop blocked throughout).
 */
export function safeText(text: string, max: number = SAFE_TEXT_MAX): string {
  const limit = Math.min(max, SAFE_TEXT_MAX);
  const oneLine = wellFormed(text).replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > limit + ESCAPE_MARGIN ? oneLine.slice(0, limit + ESCAPE_MARGIN) : oneLine;
  const escaped = neutraliseMentions(escapeMarkdown(shown, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }));
  return truncate(escaped, limit);
}
