import type { APIEmbed } from 'discord.js';

/**
 * Discord's size limits for what the bot sends, and the one place that enforces them.
 * Lengths are measured in UTF-16 code units (`string.length`), which is never less than the
 * characters Discord counts, so text that fits here fits there.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Title + description + field names and values + footer + author, over all embeds of one message. */
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  /** Buttons in one action row (the bot sends one row). */
  buttonsPerRow: 5,
  commandDescription: 100,
} as const;

export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** How far back from a cut to look for the start of a grapheme: longer clusters are pathological. */
const GRAPHEME_WINDOW = 64;

/**
 * The largest grapheme boundary at or before `at`: cutting there never splits a surrogate pair,
 * an emoji sequence (👩‍👩‍👧, flags, skin tones) or a letter from its combining accents.
 */
export function graphemeBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (at <= 0) return 0;
  const start = Math.max(0, at - GRAPHEME_WINDOW);
  let boundary = start;
  // The text on both sides of the cut: whether `at` is a boundary depends on what follows it too.
  for (const { index } of graphemes.segment(text.slice(start, at + GRAPHEME_WINDOW))) {
    if (start + index > at) break;
    boundary = start + index;
  }
  return boundary;
}

/** At most `max` UTF-16 units of `text`, cut at a grapheme boundary, without an ellipsis (ids, autocomplete values). */
export function truncateGraphemes(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, graphemeBoundary(text, max));
}

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary and ending with "…".
 * Never splits a grapheme (a surrogate pair, an emoji sequence, a letter and its accents) or
 * leaves a dangling markdown escape backslash. Text that fits is
 * returned unchanged.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  if (max === 1) return ELLIPSIS;
  const room = max - ELLIPSIS.length;
  let cut = text.slice(0, graphemeBoundary(text, room));
  // Prefer the last whitespace (unless the cut already falls between words), unless that would
  // throw away most of the room (one huge word).
  if (!/\s/.test(text.charAt(room))) {
    const lastSpace = cut.search(/\s\S*$/);
    if (lastSpace >= Math.floor(room * 0.6)) cut = cut.slice(0, lastSpace);
  }
  cut = cut.replace(/[\s,;:(\[{“‘"'-]+$/u, '');
  // An odd number of trailing backslashes would escape the ellipsis (or whatever follows).
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

/**
 * Joins lines with "\n" until `max` would be exceeded; the lines that do not fit are replaced
 * by one closing line from `more(count)` ("…and 12 more"). A single over-long line is truncated.
 */
export function joinLinesWithin(lines: readonly string[], max: number, more: (hidden: number) => string = (hidden) => `…and ${hidden} more`): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;
  const kept: string[] = [];
  let used = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const hiddenAfter = lines.length - index - 1;
    const tail = hiddenAfter > 0 ? more(hiddenAfter) : '';
    const separator = kept.length > 0 ? 1 : 0;
    // Keep this line only if the "more" line for the rest still fits after it.
    if (used + separator + line.length + (tail ? 1 + tail.length : 0) <= max) {
      kept.push(line);
      used += separator + line.length;
      continue;
    }
    const hidden = lines.length - index;
    const closing = more(hidden);
    if (kept.length === 0) {
      // Not even one line fits whole: show the start of the first line.
      const room = max - (hidden > 1 ? closing.length + 1 : 0);
      if (room > 1) return hidden > 1 ? `${truncate(line, room)}\n${more(hidden - 1)}` : truncate(line, max);
      return truncate(closing, max);
    }
    return truncate([...kept, closing].join('\n'), max);
  }
  return truncate(kept.join('\n'), max);
}

/** The characters of an embed that count towards the 6000 per-message total. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Every per-part embed limit: title, description, fields (count, name, value), footer, author. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, DISCORD_LIMITS.embedDescription);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.footerText) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, DISCORD_LIMITS.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.embedFields).map((field) => ({
      ...field,
      name: nonEmpty(truncate(field.name, DISCORD_LIMITS.fieldName)),
      value: nonEmpty(truncate(field.value, DISCORD_LIMITS.fieldValue)),
    }));
  }
  return fitted;
}

export interface MessageParts {
  content?: string;
  embeds?: APIEmbed[];
}

/**
 * The last line of defence before anything is sent: content ≤ 2000, ≤ 10 embeds, every embed part
 * within its limit, and all embeds together ≤ 6000 characters. Over 6000, the longest texts are
 * cut down to one common length (short titles and names stay whole), never below one character.
 */
export function fitMessage<T extends MessageParts>(message: T): T {
  const fitted: T = { ...message };
  if (message.content !== undefined) fitted.content = truncate(message.content, DISCORD_LIMITS.content);
  if (message.embeds === undefined) return fitted;
  const embeds = message.embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed);
  const parts = textParts(embeds);
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  if (total > DISCORD_LIMITS.embedsTotal) {
    const cap = commonCap(
      parts.map((part) => part.length),
      DISCORD_LIMITS.embedsTotal,
    );
    for (const part of parts) if (part.length > cap) part.set(cap);
  }
  fitted.embeds = embeds;
  return fitted;
}

interface TextPart {
  length: number;
  set(max: number): void;
}

/** Every text of the embeds that counts towards the total, with a way to shorten it in place. */
function textParts(embeds: APIEmbed[]): TextPart[] {
  const parts: TextPart[] = [];
  for (const embed of embeds) {
    if (embed.title) parts.push({ length: embed.title.length, set: (max) => (embed.title = truncate(embed.title ?? '', max)) });
    if (embed.description) parts.push({ length: embed.description.length, set: (max) => (embed.description = truncate(embed.description ?? '', max)) });
    const { footer, author } = embed;
    if (footer) parts.push({ length: footer.text.length, set: (max) => (footer.text = nonEmpty(truncate(footer.text, max))) });
    if (author) parts.push({ length: author.name.length, set: (max) => (author.name = nonEmpty(truncate(author.name, max))) });
    for (const field of embed.fields ?? []) {
      parts.push({ length: field.name.length, set: (max) => (field.name = nonEmpty(truncate(field.name, max))) });
      parts.push({ length: field.value.length, set: (max) => (field.value = nonEmpty(truncate(field.value, max))) });
    }
  }
  return parts;
}

/** The largest cap (≥ 1) such that capping every length at it keeps the sum within `budget`. */
export function commonCap(lengths: readonly number[], budget: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let remaining = budget;
  for (let index = 0; index < sorted.length; index++) {
    const length = sorted[index] ?? 0;
    const share = Math.floor(remaining / (sorted.length - index));
    if (length > share) return Math.max(1, share);
    remaining -= length;
  }
  return Math.max(1, sorted.at(-1) ?? 1);
}

/** Discord rejects empty field names and values. */
function nonEmpty(text: string): string {
  return text.length > 0 ? text : ELLIPSIS;
}

/**
 * Splits a budget of characters between fields so `count` of them fit one embed with room for
 * the rest of it (`overhead`), each field at most the field value limit.
 */
export function perFieldBudget(count: number, overhead: number): number {
  if (count <= 0) return DISCORD_LIMITS.fieldValue;
  return Math.max(40, Math.min(DISCORD_LIMITS.fieldValue, Math.floor((DISCORD_LIMITS.embedsTotal - overhead) / count)));
}
