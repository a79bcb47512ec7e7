/** Closed-class English words that attribution reads by their grammar. */

/**
 * Closed-class words that open a sentence before a name and are never part of it: auxiliaries opening a
 * question ("Would Papa like it?", "Had Krim known"), focusing adverbs ("Only Mary knew", "Even Rector"),
 * "now", "here", "there", "then" ("Here Keys and others …": no "Here Keys" beside Ancel Keys), determiners ("All
 * Martin") and interjections ("Oh Eugenia"). Not "will", "may": given names too ("Will Rogers").
 */
export const GRAMMAR_OPENERS: readonly string[] = [
  'would',
  'could',
  'should',
  'might',
  'must',
  'shall',
  'can',
  'did',
  'does',
  'do',
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
  'only',
  'even',
  'just',
  'all',
  'both',
  'now',
  'here',
  'there',
  'then',
  'oh',
  'ah',
];

/** "told himself", "said to herself": a speech verb's object that makes it thought. */
export const REFLEXIVE_PRONOUNS: readonly string[] = ['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves'];

/**
 * Speech verbs that, with a reflexive object, are thought ("told himself", "said to herself", "promised
 * himself"); verbs naming a sound ("yelled to himself", "muttered to himself") are still heard.
 */
export const SILENT_WITH_REFLEXIVE =
  /^(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|promis(?:e|es|ed|ing)|remind(?:s|ed|ing)?|assur(?:e|es|ed|ing)|warn(?:s|ed|ing)?|repeat(?:s|ed|ing)?)$/;
