/**
 * How English news describes a person it names, as opposed to only mentioning them: an appositive
 * after the name ("Shea, the chairman of Mayor Wagner's Baseball Committee, …", "Rep. Berry, an
 * ex-gambler from San Antonio, …", "…, 37, the mayor, …") or an age before it ("The
 * 53-year-old Shea"). A test for one name, built once per question.
 */
export function describesPerson(name: string): (text: string) => boolean {
  const lower = name.replace(/[^\p{L}'’-]/gu, '').toLowerCase();
  if (lower.length < 2) return () => false;
  // As a name is written: capitalised ("Shea"), so a common word typed alike ("bill") is not taken for it.
  const written = (lower[0] ?? '').toUpperCase() + lower.slice(1);
  return (text) => {
    // Fixed patterns tried where the name stands: a pattern built per question costs more to compile than the whole look-up.
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
      APPOSITIVE_AFTER.lastIndex = end;
      if (APPOSITIVE_AFTER.test(text) || AGE_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return true;
    }
    return false;
  };
}

/** After the name: ", the chairman of …," / ", 37, a mystery man …;" (the possessive "'s" allowed). */
const APPOSITIVE_AFTER = /(?:['’]s)?,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,;.!?]{3,60}[,;]/y;
/** Before the name: "The 53-year-old ", "a 27-year-old Mrs. ". */
const AGE_BEFORE = /\b\d{1,3}-year-old\s+(?:\p{Lu}[\p{L}.'’]*\s+){0,3}$/u;

/**
 * The appositives that describe people a text names in full: "Tim Larson, a junior at Wilson High
 * School and president of Spice-Nice, is…" gives "junior at Wilson High School and president of
 * Spice-Nice". For a "who" question, the person whose description names what the question asks about.
 */
export function personAppositives(text: string): string[] {
  return [...text.matchAll(NAME_AND_APPOSITIVE)].map((match) => match[1] ?? '');
}

/** A name of two capitalised words (an initial between them allowed), then ", a/an/the …," (an age before it allowed). */
const NAME_AND_APPOSITIVE = /\p{Lu}[\p{Ll}'’]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’]+,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+([^,;.!?]{3,80})[,;]/gu;

/** An article opening a noun phrase ("The Connally amendment says…"). */
export const LEADING_ARTICLE = /^(?:the|a|an)$/i;

/** A question that opens with a question word or an auxiliary asks something; one that does not ("Bill Shea") only names its topic. */
const ASKS = /^\s*(?:who|whom|whose|what|whats|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|tell|show|list|find)\b/i;

export function asksSomething(question: string): boolean {
  return ASKS.test(question);
}
