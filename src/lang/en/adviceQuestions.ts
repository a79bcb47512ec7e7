/**
 * Questions that ask the bot for instructions or a recommendation for the asker: "how do I file my
 * taxes", "how do you charge an electric car", "how to get rid of fruit flies", "what podcasts would you
 * recommend", "should I get a booster". A general "you" inside a question about a story ("what do you
 * have to bring to the party") is none of these: only the opening "how do/can/should I/you/we", "how
 * to", "should I/we", "what is the best way to" and "you('d|would) recommend" ask for advice.
 */
export const ASKS_FOR_ADVICE =
  /^\s*(?:how\s+(?:do|does|can|could|should|would|shall)\s+(?:i|you|we|one)\b|how\s+to\b|(?:should|can|could)\s+(?:i|we)\b|what(?:['’]s|\s+is|\s+are)\s+the\s+(?:best|easiest|quickest|safest)\s+ways?\s+to\b)|\byou(?:['’]d|\s+would)?\s+recommend\b/i;

/**
 * A question whose subject is the asker ("who should I ask if my land suits the crops", "who can we call"): it asks
 * where to turn, which an office or an agency answers as well as a person.
 */
export const ASKER_IS_SUBJECT = /\b(?:should|can|could|do|would|must|shall)\s+(?:i|we)\b/i;
