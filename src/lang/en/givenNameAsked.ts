import { isGivenName } from './firstNames.ts';
import { isTitleKey } from './names.ts';
import { isCommonWord } from './wordnet.ts';

/** "first name", "given name", "Christian name": what a question asks when it wants the name before the surname. */
const GIVEN_NAME_ASKED = /\b(?:first|given|christian)\s+name\b/i;

/** Whether a question asks someone's given name ("what was Captain Heard's first name"). */
export function asksGivenName(question: string): boolean {
  return GIVEN_NAME_ASKED.test(question);
}

/**
 * Whether a text writes a given name right before the surname ("Captain John Heard", "John H. Heard",
 * "Mrs. Lavaughn Huntley"): a capitalised word that is a common given name (the @stdlib first-name
 * lists) or no everyday English word nor a title ("Captain", "Mrs."), then initials, then the surname.
 */
export function givesGivenName(text: string, surname: string): boolean {
  const words = text.split(/[^\p{L}.'’-]+/u).filter(Boolean);
  const wanted = surname.toLowerCase();
  return words.some((word, at) => {
    if (word.replace(/['’]s$|[.,]$/u, '').toLowerCase() !== wanted) return false;
    let before = at - 1;
    while (before >= 0 && /^\p{Lu}\.$/u.test(words[before] ?? '')) before--;
    const candidate = words[before] ?? '';
    const bare = candidate.replace(/\.$/u, '');
    return /^\p{Lu}/u.test(bare) && !isTitleKey(bare.toLowerCase()) && (isGivenName(bare) || !isCommonWord(bare));
  });
}
