import { stripVTControlCharacters } from 'node:util';

// An OSC sequence ("ESC ] 0 ; window title BEL", hyperlinks) up to its terminator, whole: Node's
// stripVTControlCharacters leaves the title text of some of them behind.
const OSC_SEQUENCE = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
// Every other C0 and C1 control character (tab and newline stay) and bidi embeddings, overrides and
// isolates: an article's text reaches terminals, logs and Discord, and none of these belong in prose.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Article text as it is stored and indexed: terminal escape sequences (clear screen, window title,
 * blink, hyperlinks) removed whole, line breaks of every kind made "\n", and any control or bidi
 * character left removed. Run once at ingestion, so nothing downstream sees them.
 */
export function cleanArticleText(text: string): string {
  return stripVTControlCharacters(text.replace(OSC_SEQUENCE, '')).replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}
