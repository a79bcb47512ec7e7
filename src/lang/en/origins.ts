/**
 * Where a person comes from: "where's X from" asks for a hometown, which a news report gives as
 * "the Albany (Cal.) native", "born in …", "grew up in …", or "Dr. Clark of Hays, Kan.".
 */

/** "where's Ron Hansen from", "where is the new coach from?". */
export function asksOrigin(question: string): boolean {
  return /^\s*where(?:['’]s|\s).*\bfrom\W*$/i.test(question);
}

/** A hometown stated: a native, a birthplace, where one grew up, a state in brackets after a town, or "of <town>, <state>.". */
export const ORIGIN = /\bnatives?\b|\bborn\s+(?:in|at)\b|\bhometown\b|\b(?:grew\s+up|raised)\s+in\b|\(\p{Lu}\p{L}*\.?\)|\bof\s+\p{Lu}\p{L}+,\s+\p{Lu}\p{L}*\./u;
