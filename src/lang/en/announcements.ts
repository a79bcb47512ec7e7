import { isPluralNoun } from './focusNouns.ts';
import { SMALL_NUMBER_WORDS } from './numbers.ts';

/**
 * A sentence that announces what the next one says: it asks a question the text then answers ("What
 * does it mean to be creative?"), ends in a colon, or counts the things it goes on to name ("the
 * Communists have made two mistakes, which … may prove fatal." — "The first was the commune program").
 */
const ASKS_OR_INTRODUCES = /[?:]["”’]?\s*$/;
// Spelled out, as prose announces a count ("two mistakes"); figures are data ("number 2", "3 runs"), not announcements.
const COUNT = new RegExp(String.raw`\b(?:${SMALL_NUMBER_WORDS.filter((word) => word !== 'one').join('|')}|several)\s+(\p{L}+)`, 'giu');

/** Whether `text` announces what follows; `counted` says whether a counted plural is one the question asks about ("mistakes"). */
export function announcesWhatFollows(text: string, counted: (word: string) => boolean): boolean {
  if (ASKS_OR_INTRODUCES.test(text)) return true;
  for (const [, word = ''] of text.matchAll(COUNT)) if (isPluralNoun(word) && counted(word)) return true;
  return false;
}
