import { baseForms } from './wordnet.ts';

/**
 * "Needless to say, …", "Sad to say, …", "Suffice it to say that …", "Truth to tell, …": a writer's comment
 * opening a sentence, where the infinitive reports nobody's words. Matched on the text before the verb:
 * one capitalised word (an adjective in WordNet, or "suffice"/"truth"), perhaps "it", then "to".
 */
const OPENER_BEFORE_INFINITIVE = /(?:^|[.!?;:]\s+|[“"(]\s*)(\p{Lu}\p{Ll}+)(?:\s+it)?\s+to\s+$/u;

/** The infinitives such comments use. */
export const COMMENT_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'speak', 'relate']);

/** Whether `before` (the text up to a "say"/"tell" infinitive) ends in a sentence-opening comment on saying. */
export function endsInCommentOnSaying(before: string): boolean {
  const opener = OPENER_BEFORE_INFINITIVE.exec(before)?.[1]?.toLowerCase();
  if (!opener) return false;
  return opener === 'suffice' || opener === 'truth' || baseForms(opener).some((form) => form.pos === 'adj');
}
