import { APPOSITIVE_AT_END, NAME_BEFORE_ASIDE, ROLE_ASIDE, SUBJECT_PRONOUN_FIRST } from '../lang/en/attributionPatterns.ts';
import { isVerb, speechVerbsIn } from './speechVerbScan.ts';
import { CLAUSE_OPENING_BEFORE, NUMBER_ASIDE_AT_END } from '../lang/en/directQuotes.ts';

/**
 * The name before the asides that stand between a subject and its verb: "Carl W. Buchheister,
 * president of the National Audubon Society, said", "Ramsey, 6-3, 195 and ruggedly slim, says",
 * "Stirling Moss, 31, said". News stacks an age, a size or a role after a name; each is set off by
 * commas, and the name is what stands before the first of them.
 */

/** An aside that is itself an attribution: "he said", "he told reporters", "Smith said" (a pronoun first, or a speech verb last). */
function isAttribution(aside: string): boolean {
  return (SUBJECT_PRONOUN_FIRST.test(aside) && speechVerbsIn(aside).length > 0) || isVerb(/\p{L}+$/u.exec(aside)?.[0] ?? '');
}

/** How many asides may stand between a name and its verb. */
const MAX_ASIDES = 3;

export interface NameBeforeAsides {
  /** The name, as it stands before the first aside. */
  name: string;
  /** Where the first aside starts in the text it was read from (its comma). */
  at: number;
  /** The asides that name a role ("president of the … Society"), to become the person's titles. */
  roles: string[];
}

/** The text before a verb (its trailing spaces and comma included): the name before its asides, or null. */
export function nameBeforeAsides(before: string): NameBeforeAsides | null {
  let rest = before.replace(/\s+$/u, '');
  const asides: string[] = [];
  for (let count = 0; count < MAX_ASIDES; count++) {
    const words = APPOSITIVE_AT_END.exec(rest);
    const aside = words ?? NUMBER_ASIDE_AT_END.exec(rest);
    if (!aside) return null;
    const asideText = rest.slice(aside.index).replace(/^[\s,]+|[\s,]+$/gu, '');
    // "Du Pont, he said, had proposed …": an attribution between commas is no aside of the name before it.
    if (isAttribution(asideText)) return null;
    asides.push(asideText);
    const head = rest.slice(0, aside.index);
    const name = NAME_BEFORE_ASIDE.exec(head)?.groups?.name;
    // Behind a second aside, only a name opening its clause ("… Planning and Development Commission, in his remarks …" names no one).
    const opensClause = count === 0 || CLAUSE_OPENING_BEFORE.test(head.slice(0, head.length - (name?.length ?? 0)));
    if (name && opensClause) return { name, at: aside.index, roles: asides.filter((text) => ROLE_ASIDE.test(text)) };
    // An age or a size follows the name right away: "…on October 8, 1960," is a date, not an aside.
    if (!words) return null;
    // "Ramsey, 6-3, 195 and ruggedly slim,": the aside before this one ends where it starts.
    rest = `${head},`;
  }
  return null;
}
