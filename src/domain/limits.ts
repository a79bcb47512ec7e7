/**
 * Limits on what people may ask, defined once: the core enforces them, the commands declare them
 * to Discord and the console, and the adapters quote them in their replies.
 */

/** The longest question the core searches for (a mention); `/ask` declares a lower option limit. */
export const MAX_QUESTION_CHARS = 1000;
/** Passages one answer may show. */
export const MAX_RESULTS = 10;
/** Passages an answer shows unless asked for another number. */
export const DEFAULT_RESULTS = 3;
/** The longest speaker name or title that is looked up. */
export const MAX_SPEAKER_QUERY_CHARS = 100;
/** Control, zero-width and line/paragraph-separator characters: dropped from questions and names before searching. */
export const INVISIBLE_CHARACTERS = /[\u0000-\u001F\u007F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;
