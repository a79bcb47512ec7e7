import { ASKED_CLAUSE, OBJECT_THEN_INFINITIVE } from '../lang/en/attributionPatterns.ts';
import { DIRECTIVE_VERBS } from '../lang/en/speechVerbs.ts';

/** A speech verb as attribution found it: its form, where it ends, and how its subject was found. */
export interface FoundVerb {
  verb: string;
  verbEnd: number;
  method?: string;
}

/**
 * A request, an order or a question reported with its addressee: "Mr. Kennedy asked Stevenson to search for a
 * face-saving way …", "told the council to hire more police", "asked whether the council would …". What was asked
 * is reported speech though no "that"-clause follows: the addressee and an infinitive, or "whether"/"if" after
 * a verb of asking. Only verbs that address someone (DIRECTIVE_VERBS): "agreed to begin" and "proposed to" are
 * no request of anybody. Not for a pronoun subject.
 */
export function directiveReport(masked: string, speech: FoundVerb): boolean {
  const lower = speech.verb.toLowerCase();
  // A pronoun's referent is surer with a "that"-clause: in narrative "he asked him to …" is often somebody else's.
  if (!DIRECTIVE_VERBS.has(lower) || speech.method === 'pronoun') return false;
  const after = masked.slice(speech.verbEnd, speech.verbEnd + DIRECTIVE_REACH);
  return OBJECT_THEN_INFINITIVE.test(after) || (ASKING.test(lower) && ASKED_CLAUSE.test(after));
}

/** How far after the verb its addressee and infinitive stand. */
const DIRECTIVE_REACH = 80;

/** Forms of "ask": only asking takes a "whether"-clause ("told whether" is rare and may be anything). */
const ASKING = /^ask/;
