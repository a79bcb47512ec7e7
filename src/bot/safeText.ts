import { escapeMarkdown } from 'discord.js';
import { truncate } from './limits.ts';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Breaks every kind of mention in text we echo back, so it renders literally and could not ping
 * even if `allowedMentions` were forgotten: "@everyone" → "@\u200Beveryone", "<@123>" → "<\u200B@123>",
 * role ("<@&1>"), channel ("<#1>") and legacy nickname ("<@!1>") mentions alike.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

/**
 * User or article text made safe to put inside our own markdown: one line, markdown escaped,
 * mentions neutralised, and (when `max` is given) truncated at a word boundary.
 */
export function safeText(text: string, max?: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const escaped = neutraliseMentions(
    escapeMarkdown(oneLine, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }),
  );
  return max === undefined ? escaped : truncate(escaped, max);
}
