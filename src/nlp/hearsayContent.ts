import { SET_OFF_TAG_AFTER } from '../lang/en/attributionPatterns.ts';
import { speechVerbsIn } from './speechVerbScan.ts';

/**
 * Whether what a set-off speech verb reports is itself another's report: "The man, Tom said, explained that it was not
 * only too long …" (the words after the tag open on a verb of speaking, whose subject stands before the tag). The words
 * are the man's, told at second hand: under the teller's name they would be misattributed, so none is given. (A short
 * subject and a verb of speaking right after the verb, "Tom said the man told him", was tried: in press "said the
 * council approved …" is the reporter's own statement, and held-out recall fell.)
 */
export function reportsAnothersReport(masked: string, sentenceEnd: number, verbEnd: number): boolean {
  const rest = masked.slice(verbEnd, sentenceEnd);
  const tag = SET_OFF_TAG_AFTER.exec(rest);
  if (!tag) return false;
  const after = rest.slice(tag[0].length - 1);
  return speechVerbsIn(after.slice(0, after.search(/\s|$/) + 1)).some((verb) => verb.index === 0);
}
