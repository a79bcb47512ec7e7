import { PARENTHETICAL_REPORT_BEFORE } from '../lang/en/attributionPatterns.ts';
import type { SentenceSpan } from './sentences.ts';
import { isVerb } from './speechVerbScan.ts';

/**
 * "Last May, they said, she admitted being a prostitute.": an attribution set between commas before a speech
 * verb's subject makes the rest of the sentence its report, so the later verb is hearsay told by the earlier
 * subject (here the police), never a statement of its own subject. (The other order, "Stein said he needed
 * the money, Leavitt said, …", is reportedContent.ts's hearsaySource.)
 */
export function afterParentheticalReport(masked: string, sentence: SentenceSpan, verbStart: number): boolean {
  const verb = PARENTHETICAL_REPORT_BEFORE.exec(masked.slice(Math.max(sentence.start, verbStart - 80), verbStart))?.groups?.verb;
  return verb !== undefined && isVerb(verb);
}
