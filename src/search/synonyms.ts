import { toTerm } from './terms.ts';

/**
 * Query expansion with general news vocabulary: a reader asks "did Russia plan an invasion?" and the
 * article says "no plans to invade"; "who died" is answered by "was killed". Stemming joins forms of
 * one word (annexing, annexation); these groups join different words for one idea. Expanded words
 * are searched with a lower weight than the reader's own words, exactly (no prefix or fuzzy), and
 * count for the word they stand in for, never as extra coverage.
 *
 * These are not answers to particular questions: each group is vocabulary any news story can use.
 */
const GROUPS: readonly string[] = [
  // conflict
  'invade invasion invading invaded incursion occupy occupation',
  'kill killed killing killings die died dies dying death deaths dead deadly fatal fatalities slain casualties',
  'wound wounded injure injured injuries hurt',
  'threaten threatened threat threats warn warned warning warnings sanction sanctions consequence consequences penalty penalties retaliation',
  'troops troop soldiers army military forces',
  'fight fighting clash clashes violence unrest',
  'seize seized capture captured takeover',
  'withdraw withdrawal withdrew retreat pullback',
  'separatist separatists rebel rebels insurgent insurgents militants',
  'protester protesters protestor protestors demonstrator demonstrators protest protests demonstration demonstrations',
  'attack attacked attacks assault assaulted',
  // diplomacy
  'talks talk meeting meet met negotiation negotiations negotiate summit discussion discussions',
  'agree agreed agreement disagree disagreement consensus differences',
  'fail failed failure flop flopped collapse collapsed stalled',
  'cancel cancelled canceled postpone postponed delay delayed avert averted',
  'annex annexation absorb',
  'secede secession independence breakaway',
  'diplomat diplomats envoy envoys',
  'plan plans planned intend intention intentions',
  'deny denied denies denial',
  'legal illegal lawful unlawful legitimate illegitimate legitimacy valid invalid',
  'recognise recognize recognition',
  'border borders frontier',
  // votes and opinion
  'vote votes voting voted referendum ballot election elections',
  'poll polls survey surveys',
  // people and places
  'residents resident inhabitants population live lives reside',
  'leader leaders president',
  // capitals for their governments, as news writes them
  'moscow kremlin russia',
  'washington usa',
  'kiev kyiv ukraine',
  'beijing china',
  'london britain',
];

/** One-way relations: the first word's readers often mean the others, but not the reverse. */
const RELATED: Readonly<Record<string, readonly string[]>> = {
  want: ['like', 'demand', 'demands', 'urge', 'expect'],
  wants: ['like', 'demand', 'demands', 'urge', 'expect'],
  attack: ['invade', 'invasion'],
  army: ['invade', 'invasion'],
  people: ['residents', 'population'],
};

/** term → the surface words (one per distinct term) that stand for the same idea. */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = buildExpansions();

function buildExpansions(): Map<string, string[]> {
  const byTerm = new Map<string, Map<string, string>>();
  const relate = (from: string, words: readonly string[]): void => {
    const fromTerm = toTerm(from);
    if (!fromTerm) return;
    let related = byTerm.get(fromTerm);
    if (!related) byTerm.set(fromTerm, (related = new Map()));
    for (const word of words) {
      const term = toTerm(word);
      if (term && term !== fromTerm && !related.has(term)) related.set(term, word);
    }
  };
  for (const group of GROUPS) {
    const words = group.split(/\s+/).filter(Boolean);
    for (const word of words) relate(word, words);
  }
  for (const [word, related] of Object.entries(RELATED)) relate(word, related);
  return new Map([...byTerm].map(([term, related]) => [term, [...related.values()]]));
}

export interface ExpansionGroup {
  /** The question's index term these words stand in for. */
  term: string;
  /** Related words and spelling variants, as words (the index processes them like any query word). */
  words: string[];
}

export interface QueryExpansion {
  groups: ExpansionGroup[];
  /** Index term of each expansion word → the question's term it stands in for. */
  standsFor: Map<string, string>;
}

/** British and American spellings: "recognise" ↔ "recognize", "organisation" ↔ "organization". */
function spellingVariant(word: string): string | null {
  const lower = word.toLowerCase();
  const swapped = lower.replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, 'iz$1');
  if (swapped !== lower) return swapped;
  const back = lower.replace(/(?<=\p{L}{2})iz(e|es|ed|ing|ation|ations)$/u, 'is$1');
  return back !== lower ? back : null;
}

/**
 * The words to add to a question, grouped by the question word they stand for: its related words and
 * its other spelling. `questionWords` are raw tokens of the question (not stemmed). Terms the
 * question already has are never added.
 */
export function expandQuery(questionWords: readonly string[]): QueryExpansion {
  const questionTerms = new Set<string>();
  for (const word of questionWords) {
    const term = toTerm(word);
    if (term) questionTerms.add(term);
  }
  const groups: ExpansionGroup[] = [];
  const standsFor = new Map<string, string>();
  for (const word of questionWords) {
    const term = toTerm(word);
    if (!term || groups.some((group) => group.term === term)) continue;
    const words: string[] = [];
    const variant = spellingVariant(word);
    for (const candidate of [...(variant ? [variant] : []), ...(EXPANSIONS.get(term) ?? [])]) {
      const candidateTerm = toTerm(candidate);
      if (!candidateTerm || questionTerms.has(candidateTerm) || standsFor.has(candidateTerm)) continue;
      standsFor.set(candidateTerm, term);
      words.push(candidate);
    }
    if (words.length > 0) groups.push({ term, words });
  }
  return { groups, standsFor };
}
