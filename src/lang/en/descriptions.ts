/**
 * How English news describes a person it names, as opposed to only mentioning them: an appositive
 * after the name ("Shea, the chairman of Mayor Wagner's Baseball Committee, …", "Rep. Berry, an
 * ex-gambler from San Antonio, …", "…, 37, the mayor, …") or an age before it ("The
 * 53-year-old Shea"). A test for one name, built once per question.
 */
export function describesPerson(name: string): (text: string) => boolean {
  const word = name.replace(/[^\p{L}'’-]/gu, '');
  if (word.length < 2) return () => false;
  const appositive = new RegExp(String.raw`\b${word}(?:['’]s)?,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,;.!?]{3,60}[,;]`, 'iu');
  const aged = new RegExp(String.raw`\b\d{1,3}-year-old\s+(?:\p{Lu}[\p{L}.'’]*\s+){0,3}${word}\b`, 'iu');
  return (text) => appositive.test(text) || aged.test(text);
}

/** A question that opens with a question word or an auxiliary asks something; one that does not ("Bill Shea") only names its topic. */
const ASKS = /^\s*(?:who|whom|whose|what|whats|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|tell|show|list|find)\b/i;

export function asksSomething(question: string): boolean {
  return ASKS.test(question);
}
