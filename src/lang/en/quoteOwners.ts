/**
 * English forms that name whose words a quotation is without a speech verb of their own: "in the
 * words of Anatole France, “…”", "in Mr. Kennedy's own words, is “…”", "to quote Smith: “…”",
 * "President Kennedy's invitation said, “…”", "according to a tip from Dr. Robert C. Miller".
 * Compiled once; attribution tries them only for a quote no speech verb has claimed.
 */

/** A name as these forms write it: capitalised words with initials and title abbreviations ("Dr. Robert C. Miller"). */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?\p{Lu}[\p{L}\p{M}’'.-]*){0,4}`;

/** A few lower-case words between the form and the quote: "who, in X's own words, is “…”". */
const LINK = String.raw`(?:\s*[,:]?\s*(?:\p{Ll}+\s+){0,3})?[\s,:]*$`;

/**
 * "in the words of X, “…”", "in the immortal words of X", "in X's (own) words, is “…”", "to quote X: “…”",
 * "as Trustee Chairman Glen A. Lloyd put it, “…”", right before the quote (a few linking words allowed).
 */
export const WORDS_OF_BEFORE = new RegExp(
  String.raw`(?:\b[Ii]n\s+the\s+(?:\p{Ll}+\s+){0,2}words\s+of\s+(?<of>${NAME})|\b[Ii]n\s+(?<own>${NAME})['’]s?\s+(?:own\s+)?words|\b[Tt]o\s+quote\s+(?<quoted>${NAME})|\b[Aa]s\s+(?<put>${NAME}|he|she)\s+(?:put|puts|had\s+put)\s+it)${LINK}`,
  'u',
);

/**
 * What someone wrote or issued, speaking for them: "President Kennedy's invitation to the master
 * said", "the company's statement said". Never a person ("Smith's lawyer said" is the lawyer's).
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  'letter',
  'letters',
  'statement',
  'statements',
  'message',
  'telegram',
  'cable',
  'invitation',
  'memo',
  'memorandum',
  'note',
  'speech',
  'address',
  'announcement',
  'testimony',
  'affidavit',
  'proclamation',
  'order',
  'decision',
  'opinion',
  'ruling',
  'brief',
  'petition',
  'complaint',
  'report',
  'book',
  'article',
  'column',
  'editorial',
  'words',
  'remarks',
];

/**
 * "President Kennedy's invitation to the Spanish-born master" standing right before a speech verb:
 * the owner is the one whose words they are. The phrase after the noun holds no clause break.
 */
export const POSSESSIVE_DOCUMENT_AT_END = new RegExp(
  String.raw`(?:^|[\s,;:—(])(?<owner>${NAME})['’]s?\s+(?:(?:own|latest|new|first|last|formal|written|prepared|signed|annual|special|opening)\s+)?(?:${DOCUMENT_NOUNS.join('|')})(?:\s+(?:to|of|on|for|from|at|about|before)\s+[^,;:—()]{1,60})?\s*$`,
  'u',
);

/** "according to a tip from Dr. Robert C. Miller", "according to a statement by X": the person behind the source. */
export const SOURCE_FROM = new RegExp(String.raw`^\s*(?:an?|the|his|her)\s+(?:\p{Ll}+\s+){1,2}(?:from|by|of)\s+(?<name>${NAME})`, 'u');

/**
 * A clause ending in a colon that says it gives someone's words, with no speech verb of its own:
 * "summed it up neatly:", "set forth his view … in these words:", "put it this way:", "as follows:".
 */
export const INTRODUCING_WORDS =
  /\b(?:words|views?|as\s+follows|put\s+it|summ(?:ed|ing|s)\s+(?:it|them|this|that|things)\s+up|summed\s+up|in\s+(?:a|his|her|their)\s+(?:letter|statement|message|telegram|speech|reply))\b/iu;

/**
 * Inside a quote, a short introduction, a colon and a single quote mark opening the nested words (the
 * closing mark may be missing when the outer quote runs on): "Said Secretary Hodges: ' It's …",
 * "Hodges predicted: ' I think … '".
 */
export const NESTED_QUOTE = /(?:^|[.!?]\s+)(?<intro>[^.!?:'‘’]{3,80}?):\s*['‘]\s*(?<inner>[^'‘’]*(?:['’]\p{L}[^'‘’]*)*?)\s*['’]?\s*$/u;
