/**
 * How English prose gives a named person a role outside the tag of a quote: an apposition before the name
 * ("The Director, Walter E. Clark,"), or a
 * capitalised title the name is or is appointed as ("Keo, once a diplomat …, was Commissioner of Rural Affairs",
 * "Philip Coombs of the Ford Foundation as the first Assistant Secretary of State for …"). Each is matched on
 * the text right after (or before) the name.
 */

/** "The Director, " right before a name: "the" and up to four words of letters. */
export const ROLE_APPOSITIVE_BEFORE = /(?:^|\s)(?:The|the)\s+(?<role>[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}),\s+$/u;

/** " was Commissioner of Rural Affairs", " of the Ford Foundation as the first Assistant Secretary of State for …". */
export const ROLE_PREDICATE =
  /^(?:,[^,.;]{1,60},)?\s+(?:was|is|became|remains|had been|has been|served as|(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)+)?as)\s+(?:the\s+)?(?:(?:first|new|acting)\s+)?(?<role>\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}’'-]*)*)/u;

/** Words a role may hold besides its nouns and adjectives: "editor of", "Secretary of State for … and …". */
export const ROLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'the', 'and', 'in']);

/** The noun a role names: the word before its first preposition, else its last word ("Secretary of State" → secretary). */
export function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+/).filter(Boolean);
  const preposition = words.findIndex((word) => word === 'of' || word === 'for' || word === 'at' || word === 'in');
  return (preposition > 0 ? words[preposition - 1] : words[words.length - 1]) ?? '';
}
