import { isNounNotAdjective, isSingularPersonNoun } from './wordClasses.ts';
import { ROLE_NOUNS } from './peopleWords.ts';
import { NAME_ABBREVIATIONS } from './personNames.ts';
import { SMALL_NUMBER_WORDS } from './numbers.ts';

/**
 * The English patterns attribution reads a sentence with: where a speech verb's subject stands
 * ("…, Morel said", "said the top French diplomat"), what may come between them, and what is no subject.
 * Compiled once: these run for every quote of every article.
 */

/**
 * The abbreviations that keep their full stop inside a name ("Capt. Elmer Hagner", "Sen. Walter H.
 * Jones", "Walter Jones Jr."), from the one list in personNames.ts, as a lookbehind alternative.
 */
const NAME_ABBREVIATION_ALTERNATIVES = [...NAME_ABBREVIATIONS].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|');
/** A character of a name phrase: no punctuation, but the full stop of an initial or a title ("Sen. Walter H. Jones"). */
export const NAME_CHAR = String.raw`(?:[^,.;:!?]|(?<=\b(?:\p{Lu}|${NAME_ABBREVIATION_ALTERNATIVES}))\.)`;
export const VERB_FIRST = new RegExp(String.raw`^[\s,:?!]*(?<verb>\p{L}+(?:\s+(?:up|for|out)\b)?)\s+(?<subject>${NAME_CHAR}+)`, 'u');
export const CLOSING_TAIL = new RegExp(String.raw`,\s*(?<subject>${NAME_CHAR}{1,80}?)\s+(?<verb>\p{L}+(?:\s+up)?)\s*[.!?]?\s*$`, 'u');

/** Passive and auxiliary uses are no attribution: "he was told", "it is said". */
/** A participle followed by its agent is passive: "projects proposed by private groups". */
export const PASSIVE_AFTER = /^\s+by\b/iu;

export const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+$/iu;

/**
 * A passive verb form: after a form of "be" ("were said", "he was told": the pronoun kept), or a participle
 * with its agent ("denounced by").
 */
export const PASSIVE_SAYING =
  /\b(?:(?<pronoun>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+(?:\p{Ll}+\s+)?)?(?:was|were|is|are|be|been|being)\s+(?<verb>\p{Ll}+)|\b(?<participle>\p{Ll}+ed)\s+by\b/gu;

export const SUBJECT_CLAUSE = new RegExp(String.raw`^[\s,:?!]*(?<clause>${NAME_CHAR}{1,100})`, 'u');

export const NAME_AT_END = /(?<article>\b(?:the|The)\s+)?(?<name>\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}’'.-]*)*)$/u;
export const DESCRIPTION_AT_END = new RegExp(
  String.raw`\b(?<description>(?:the|his|her|their|its|\p{Lu}[\p{L}]*['’]s)\s+(?:[\p{L}.'’-]+\s+){0,4}(?:${ROLE_NOUNS.join('|')}))$`,
  'iu',
);
export const PRONOUN_AT_END = /(?<!\b(?:before|after|when|while|as|if|although|because|since|until|once|though|whether|that|which|who|whom|what)\s+)\b(?<pronoun>he|she)$/iu;
/** A preposition or a subordinating word right before a name: the name is no subject of a main clause. */
export const NOT_A_SUBJECT_BEFORE =
  /\b(?:in|of|from|at|by|with|for|on|to|about|into|than|if|whether|unless|near|under|across|behind|beside|around|toward|towards|between|among|along|beyond|within|throughout|outside|against|upon|through)\s+$/iu;
/** "she listened to Anthony Liebler describe her", "heard Calenda say": a verb of hearing, its object the speaker of the bare verb after it. */
export const HEARD_SPEAKER_BEFORE = /\b(?:listen(?:s|ed|ing)?\s+to|hear(?:s|d|ing)?|watch(?:es|ed|ing)?)\s+$/iu;
/** "Mr. and Mrs. Black agreed", "John and Mary Black said": the word before "and" may share the name's surname. */
export const PAIRED_NAME_BEFORE = /(?:^|\s)(?<first>\p{Lu}[\p{L}\p{M}’'.-]*)\s+(?:and|or)\s+$/u;

/** Unnamed groups and bodies news attributes to: "US officials said", "The local health service said". */
export const GROUP_AT_END =
  /(?:^|[\s,])(?<group>(?:(?:[Tt]he|some|several|two|three|many)\s+)?(?:(?:local|senior|top|western|regional|federal|state|city|(?!(?:But|And|Yet|So|Then|Also|Still|Now|When|After|Before|While|The)\b)\p{Lu}[\p{L}.]*)\s+){0,3}(?:officials|diplomats|sources|analysts|experts|authorities|police|prosecutors|investigators|residents|witnesses|lawmakers|organisers|organizers|health service|health ministry|ministry|government|embassy|military|army|spokesman|spokeswoman|spokesmen|people|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men)))$/u;

/** ", president of the National Audubon Society," / ", as he entered the jury room," — an aside between subject and verb. */
export const APPOSITIVE_AT_END =
  /,\s*(?:(?:\p{Ll}|(?:who|which|as|in|after|before|when|while|a|an)\b)[^,]{0,120}|[^,]{0,80}\s\p{Ll}+)(?:,\s*(?:who|which|whose|where|as|after|before|when|while)\b[^,]{0,120})?,\s*$/u;

export const NAME_BEFORE_ASIDE =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(?<name>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4}(?:\s+of\s+\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,2})?|(?<![,;]\s*)[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*|(?:[Tt]he|Other|Some|Several|Many|Two|Three|Four|Five)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:officials|experts|authorities|prosecutors|investigators|residents|witnesses|lawmakers|spokesmen|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men|ives|ees)))\s*$/u;

export const BODY_AT_END = /(?:^|[\s,])(?<body>[Tt]he\s+(?:(?:\p{Ll}[\p{L}.-]*|\p{Lu}[\p{L}.-]*)\s+){0,4}\p{Ll}+(?:\s+of\s+\p{Ll}+)?)$/u;

/** "said today.", "said in an interview." — the words a closing attribution may trail. */
export const TRAILING_ADVERBIAL =
  /(?:\s+(?:today|yesterday|tonight|tomorrow|later|earlier|recently|again|afterward|afterwards|here|there|(?:last|this|on|early|late)\s+\p{L}+|in\s+(?:an?|the|his|her)\s+\p{L}+(?:\s+\p{L}+)?))+(?=\s*[.!?]?\s*$)/u;

/** Between a speech verb and the quote it introduces: a word or two and "that" at most ("declared afterward that “…”"). */
export const INTRODUCES_QUOTE = /^[\s,:]*(?:\p{Ll}+\s+){0,2}(?:that\s+)?[\s:,]*$/u;

/** A sentence opening with the speech verb, its subject after it, then the quote: "Said he: “…”", "Says Smith: “…”". */
export const INVERTED_INTRODUCTION = /^\s*(?<verb>\p{Lu}\p{Ll}+)\s+(?<subject>he|she|\p{Lu}[\p{L}.'’ -]{0,60}?)\s*:\s*$/u;

/** What opens the subject of an inverted closing verb (", says Ramsey.", ", said he"): a name or a pronoun. */
export const INVERTED_SUBJECT_START = /^\s+(?:\p{Lu}|(?:he|she)\b)/u;

/**
 * A name opening a clause, then a comma: what "according to" follows is an aside between a subject
 * and its verb ("how Congressman Martin, according to the Daily Labor Report, defends …"), never "the
 * rally in the capital, according to police".
 */
export const SUBJECT_BEFORE_ASIDE = /(?:^|[.;:]\s+|\b(?:how|that|while|when|because|if)\s+)(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*\s*,\s*$/u;

/** A "that"-clause after a verb that mostly takes an object ("asked that …"): reported speech after all. */
export const THAT_FOLLOWS = /^\s*that\b/iu;

/** "according to": a source named after it, never a subject before it. */
export const ACCORDING_TO = /^according\s+to$/i;

/** "…and warned": a verb sharing the subject of an earlier one. */
export const COORDINATED_BEFORE = /\b(?:and|but|or)$/i;

/** A present participle ("adding", "saying"); "was assuring" with its form of "be" is a finite verb, no participle. */
export const PARTICIPLE = /^\S+ing$/i;

/** A form of "be" right before a participle, making it a finite verb: "was assuring", "were demanding". */
export const PROGRESSIVE_BE = /\b(?:was|were|is|are|been)\s+$/u;

/** The particle of a two-word speech verb ("summed up", "called for", "according to"). */
export const VERB_PARTICLE = /^\s+(up|for|out|to)\b/;

/** "according to …" cites a source; it names no subject before it. */
export const ACCORDING = /^according/iu;

/** The unquoted clause after "said that" (quotes are masked as runs of spaces). */
export const REPORTED_THAT_START = /^\s*(?:\w+\s+)?that\s+/u;

/** A phrase opening with "the" (any case). */
export const STARTS_WITH_THE_U = /^the\s/iu;

/** A phrase opening with a possessive ("Brazil's foreign minister"). */
export const POSSESSIVE_START = /^\S+['’]s\s/u;

/** Lower-case particles inside names ("Charles de Gaulle", "Ludwig van Beethoven"). */
export const NAME_PARTICLE = /^(?:of|de|van|von|der|la|le|du|da|bin|al)$/u;

/** The clause after a verb ("says John Staiger, vice president"), and the one after its comma. */
export const NAME_AFTER_VERB = new RegExp(String.raw`^\s*(?<clause>${NAME_CHAR}+)(?<comma>,\s*(?<next>(?:[^,.;:!?]|(?<=\b\p{Lu})\.)+))?`, 'u');

/** A phrase opening with a lower-case "the". */
export const STARTS_WITH_LOWER_THE = /^the\s/u;

/** A name at the start of a phrase; a firm's name runs over its ampersand ("Standard & Poor's"). */
export const LEADING_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'.-]*\s*(?:&\s*)?)+/u;

/** A sentence-initial "The", lower-cased inside a name ("the local health service"). */
export const CAPITAL_THE = /^The\b/;

/** The head noun of a body's name ("court" of "the state supreme court", "bureau of mines"). */
export const BODY_HEAD = /(\p{L}+)(?:\s+of\s+\p{L}+)?$/u;

/** "the court": "the" and one word. */
export const THE_AND_ONE_WORD = /^the\s+\p{L}+$/iu;

/** "The Service", "the court": "the" and the head word of a body named earlier. */
export const THE_AND_HEAD = /^the\s+(?<head>\p{L}+)$/iu;

/** A description opening with a determiner ("the top French diplomat", "his spokesman"). */
export const STARTS_WITH_DETERMINER = /^(the|his|her|their|its)\s/i;

/** A description opening with a possessive name ("Brazil's foreign minister"). */
export const POSSESSIVE_DESCRIPTION = /^\p{Lu}[\p{L}]*['’]s\s+\p{Ll}/u;

/**
 * A description opening with an indefinite determiner or a count ("One Republican senator", "a White House
 * aide", "another official", "two senators"): it brings in someone the article has not named, never the
 * senator or aide it named before.
 */
export const INDEFINITE_DESCRIPTION = new RegExp(String.raw`^(?:a|an|another|some|several|many|any|${SMALL_NUMBER_WORDS.join('|')}|\d+)\s`, 'i');

/** "an Australian friend", "a Texan": a capitalised descriptor after an indefinite article, and the lower-case word after it (people.ts decides whether it heads a person). */
export const INDEFINITE_DESCRIPTOR = /\b(?:a|an|another)\s+(\p{Lu}\p{Ll}+)\b(?:\s+(\p{Ll}+))?/gu;

/** After "an Australian": nothing, a person ("friend") or a verb ("said") introduces someone; "an American team" introduces none. */
export function introducesPerson(next: string | undefined): boolean {
  return !next || isSingularPersonNoun(next) || !isNounNotAdjective(next);
}

/**
 * "No one complained", "Nobody suggested", "Neither man said": a denial that anybody said it, not a speaker;
 * nor is a lone "One" ("One had it that …", "as one says"), the generic pronoun.
 */
export const NEGATIVE_SUBJECT = /^(?:(?:no\s+one|nobody|none|neither|no)\b|one$)/i;

/** A phrase opening with "the". */
export const STARTS_WITH_THE = /^the\s/i;

/** Punctuation that ends a reported clause: a verb after it may have a subject of its own. */
export const CLAUSE_BREAK = /[,;:—–()]/;

/** Scare quotes after an article or possessive: "the “skyjackers”", "an “inviolate” sanctuary". */
export const NAMED_THING_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s*$/i;

/** Modals and negations between a subject and a speech verb: "might declare", "has not said", "never told" state nothing. */
export const NOT_A_STATEMENT: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'should', 'will', 'shall', 'can', 'must', 'not', "n't", 'never', "'d", "'ll"]);

/** An aside that names a role ("president of the National Audubon Society", "a farmer from Palm Desert"), not a clause ("who …", "as he …"). */
export const ROLE_ASIDE = /^(?!(?:who|which|whom|whose|as|in|after|before|when|while|where|though|although|if)\b)(?:an?\s+|the\s+)?\p{Ll}[\p{L}-]*(?:\s+[\p{L}.'’-]+){0,8}$/u;

/**
 * A speaker described, not named: "the taxpayer", "the gas station man", "our staff man", "a visitor",
 * "one U.S. official", "the Washington announcement". A determiner, up to four modifiers, a lower-case head.
 * ("his lawyer" is somebody's: it names no one on its own.)
 */
export const DESCRIBED_SPEAKER =
  /^(?:the|a|an|one|our|some|several|many|most|two|three|four|five)\s+(?:(?!(?:who|which|that|whom|whose|and|or|of|in|at|on|to|for|with|by|from|had|has|have|was|were|is|are|did|does|do|not|never|would|could|might|may|should|will|shall|can|must)\b)[\p{L}.'’-]+\s+){0,4}(?<head>\p{Ll}[\p{L}-]*)$/iu;

/** Heads of a described subject that stand for no speaker: "the other said", "the latter noted", "the same holds". */
export const NOT_A_DESCRIBED_HEAD: ReadonlySet<string> = new Set(
  'one other others latter former same rest first second last time way year day week fact idea result thing things something nothing everything'.split(' '),
);

/**
 * An unnamed group with no article: "dealers", "Agriculture Department economists", "farm equipment
 * manufacturers and dealers". Up to three modifiers (capitalised or not) and a plural head, or two heads joined by "and".
 */
export const GROUP_PHRASE =
  /^(?:(?:[\p{L}.'’-]+\s+){0,3})(?:\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men|ives|als|ees)\s+and\s+)?(?<head>officials|diplomats|sources|analysts|experts|authorities|prosecutors|investigators|residents|witnesses|lawmakers|organisers|organizers|spokesmen|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men|ives|als|ees))$/u;

/** A group named with a determiner and lower-case modifiers: "the farm equipment manufacturers and dealers say". */
export const DETERMINED_GROUP_AT_END =
  /(?:^|[\s,])(?<group>(?:[Tt]he|some|several|many|most|all)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men|ives|ees)\s+and\s+)?(?:officials|experts|authorities|prosecutors|investigators|residents|witnesses|lawmakers|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men|ives|ees)))$/u;

/** A plural noun naming a group of people: "dealers", "economists", "officials" (the subject of "dealers report"). */
export const PLURAL_GROUP_WORD = /^(?:officials|experts|authorities|sources|\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|men|ives|ees))$/u;

/** A body named in lower case after "according to": "the board of health", "the weather bureau". */
export const LOWER_CASE_BODY = /^the\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}+(?:\s+of\s+\p{Ll}+)?$/u;

/** Words that open a reported clause right after a speech verb: "said that …", "asked whether …", "declared: …" (never "when": "added two more in the fifth when …"). */
export const REPORTED_CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'whether', ':']);

/** Question words right after a speech verb open what was said: "told how", "asked why". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'where', 'when', 'who']);

/** Prepositions after a speech verb that introduce what was said: "warned of", "hinted at", "spoke about". */
export const CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'about']);

/** Subordinating words that are also prepositions: "since August 1", "after the talks". */
export const PREPOSITION_LIKE: ReadonlySet<string> = new Set(['since', 'after', 'before', 'until']);

/**
 * Words opening a relative or adverbial clause, however they are tagged ("when" is often an adverb):
 * the verb after them is not the reported clause's ("added two more in the fifth when McAuliffe dropped …").
 */
export const SUBORDINATE_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'where',
  'because',
  'if',
  'although',
  'though',
  'unless',
  'whereas',
]);

/**
 * Words opening a subordinate clause before its subject, capitalised at a sentence's start: "How Maxwell recounts …
 * is a moving experience", "Although I suggested …", "Whatever Hans believed …" (never "as": "As Smith said, …" attributes).
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  ...SUBORDINATE_CLAUSE_WORDS,
  'how',
  'what',
  'whatever',
  'whoever',
  'whether',
  'why',
  'since',
  'until',
  'once',
  'whenever',
]);

/** "…, and that its president admitted …": a clause inside the first report, not a report of its own (coordinatedReports.ts). */
export const CLAUSE_IN_REPORT_START = /^(?:that|which|who|whom|whose|if|when|because|as|since|whether|what|how|why)\b/iu;

/** A subject naming someone: a determiner, a possessive, a pronoun or a capitalised word first. */
export const NOUN_PHRASE_START = /^(?:(?:the|a|an|one|some|many|most|few|another|other|others|each|neither|none|no|his|her|their|its|my|our|he|she|they|we|I)\b|\p{Lu})/u;

/** An aside opening with a subject pronoun: "he said", "they told reporters". */
export const SUBJECT_PRONOUN_FIRST = /^(?:he|she|they|we|it|I)\s/u;

/** A conjunction or adverb opening the clause, then a subject pronoun: "But he further", "and then she". */
export const PRONOUN_AFTER_OPENER = /^\S+\s+(?:\p{Ll}+\s+)?(?:he|she|they)\s+\p{Ll}+\s*$/u;

/** A subject pronoun before a word that is a noun as often as a verb makes it a verb: "they note", "we estimate". */
export const PLURAL_SUBJECT_PRONOUN = /(?:^|[^\p{L}])(?:[Tt]hey|[Ww]e)$/u;

/** A clause opening with a subordinating word, after an adverb or two: "Thus when Premier Khrushchev intimated …". */
export const SUBORDINATE_CLAUSE_START = /^\s*(?:\p{L}+\s+){0,2}?(?:when|whenever|if|as|after|before|while|although|though|because|since|until|unless|once)\s/iu;

/** The agent of a passive speech verb: "was explained by Thurman Arnold". */
export const PASSIVE_AGENT = /^\s+by\s+(?=\p{Lu})/u;

/**
 * Right after a quote, a name, an aside opening in lower case or a number, and a speech verb that ends
 * the clause: "“…,” Gov. Harold Wexley, a Republican, said.", "“…”, Wexley, 58, said today." Never
 * "“…,” Smith, Jones and Brown said" (the aside opens with a capital).
 */
export const NAME_ASIDE_VERB = new RegExp(
  String.raw`^[\s,]*(?<name>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4}),\s*(?<aside>(?:\p{Ll}|\p{N})[^,;:.!?“”"]{0,100}(?:,\s*(?:\p{Ll}|\p{N})[^,;:.!?“”"]{0,60})?),\s*(?<verb>\p{Ll}+)\s*(?:[,.;!?]|\s+(?:today|yesterday|tonight|later|earlier|again|afterward|(?:in|at|on|to|after|before|between|during|with|from|while|when|as)\s)|$)`,
  'u',
);

/**
 * A person described by role, not named, as a sentence's subject: "Last night the Mayor visited Mr. Buckley",
 * "The senator also toured the plant". The role, then a lower-case word (a verb), not "'s", a comma, a
 * preposition ("The late Secretary of State John Foster Dulles") or a relative pronoun. Before "the", an
 * adverbial of up to three words ("Last night"), never a pronoun, a preposition or a past verb: in "He goes to
 * the chief", "Smith visited the mayor" the role is an object. (No "i" flag: it would let \p{Ll} match capitals.)
 */
export const DESCRIBED_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?!(?:He|She|They|It|We|I|You|To|With|At|For|From|By|Of|On|In|Into|Like|After|Before)\b)\p{L}+\s+(?:(?!(?:to|with|at|for|from|by|of|on|in|into|he|she|they|it|we|you|him|her|them|and|or|but)\b)\p{Ll}+(?<!ed)\s+){0,2}?)?[Tt]he\s+(?:[\p{L}.'’-]+\s+){0,2}?(?:${ROLE_NOUNS.map((role) => `[${role[0] ?? ''}${(role[0] ?? '').toUpperCase()}]${role.slice(1)}`).join('|')})(?=\s+(?!(?:of|for|to|in|at|on|from|and|or|who|whose|whom|that|himself|herself)\b)\p{Ll})`,
  'u',
);

/** A full name opening a sentence as its subject: a capitalised word, initials, one or two more, then a comma or a verb. */
export const FULL_NAME_SUBJECT = /^\s*(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*,|\s+\p{Ll})/u;

/** A person described by role, not named, opening a reported clause: "(that) the Soviet leader's mood …", "a White House aide …". */
export const DESCRIBED_ROLE = new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,3}?(?:that\s+)?(?:the|a|an)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:${ROLE_NOUNS.join('|')})\b`, 'iu');

/** "was quoted in a profile as saying", "quoted Smith as saying": the verb of someone else's report of a person's words. */
export const QUOTED_AS_SAYING =
  /(?:\b(?<aux>was|were|is|are|been)\s+quoted|\bquoted\s+(?<who>[^,;:.!?]{1,60}?))(?:\s+(?:in|by|on)\s+[^,;:!?]{1,60}?)?\s+as\s+(?<verb>saying|telling|declaring|stating|writing)\b/iu;

/** A sentence that is only a subject and its verb: "Corrigan asked.", "the mayor said." (after a quote ending in "?"/"!"). */
export const SHORT_ATTRIBUTION =
  /^(?:(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,3}|(?:[Hh]e|[Ss]he|[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?))\s+(?<verb>\p{Ll}+)\s*[.!]?$/u;

/** An opening phrase of time or place before a sentence's subject: "On Feb. 21 the council passed …", "Last Friday the White House …". */
export const INTRO_WORD = /^\s*(?:On|In|At|During|After|Before|Last|Early|Late|Earlier|Later|Then|Meanwhile|Thus|But|And|Yet|Also|Since|Until|By)\b/u;

/** A capitalised body's name at a sentence's subject, then its verb or an aside: "The Tax Court rejected", "the Security Council—with …". */
export const BODY_NAME_AT = /(?:[Tt]he\s+)?(?<name>(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+){0,5}\p{Lu}[\p{L}\p{M}'’-]*)(?=\s*[—–,(]|\s+\p{Ll})/uy;

/** "the" and up to three lower-case words at a sentence's subject: a body named in lower case is read from them ("the council passed"). */
export const LOWER_BODY_AT = /[Tt]he\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}/uy;

/** A sentence whose subject is "it", at its start or after an opening clause: "Although …, it was considerably tougher". */
export const OPENS_WITH_IT = /^\s*(?:[^,;:—“”]{1,80},\s+)?[Ii]t\s+\p{Ll}/u;

/** "it" right before a speech verb, never inside a subordinate clause ("what it said was …"). */
export const IT_AT_END = /(?<!\b(?:before|after|when|while|as|if|although|because|since|until|once|though|whether|that|which|who|whom|what)\s+)\b[Ii]t$/u;

/**
 * Where a second, coordinated clause with a subject of its own starts: ", altho …", ", but …", ", while …",
 * "; …" (global: the last one before the second verb counts).
 */
export const COORDINATED_CLAUSE = /(?:,\s*(?:but|altho|although|though|while|whereas|yet|and)|;)\s+/giu;

/**
 * A group of people after "according to", up to the punctuation that ends it: "their witnesses,", "many critics.",
 * "department officials". An optional determiner (a possessive is dropped, a number word kept), up to two lower-case
 * modifiers and a lower-case plural head.
 */
export const GROUP_SOURCE =
  /^\s+(?:(?:the|their|his|her|its|our)\s+|(?<quantity>many|some|several|most|other|two|three|four|five)\s+)?(?<group>(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}{3,}s)(?=\s*(?:[,.;:—–)]|$))/u;

/**
 * The addressee of a request and the infinitive of what was requested: "Stevenson to search", "the council to
 * hire", "him to stay". A pronoun, a determiner and up to three words, or a capitalised name of up to three words.
 */
export const OBJECT_THEN_INFINITIVE =
  /^\s+(?:him|her|them|us|me|you|(?:the|his|their|its|our|all|every)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+to\s+\p{Ll}+/u;

/** A question reported after a verb of asking, its addressee a pronoun or none: "asked whether …", "asked her if …". */
export const ASKED_CLAUSE = /^\s+(?:(?:him|her|them|us|me|you)\s+)?(?:whether|if)\s/u;

/**
 * A determiner, up to two lower-case modifiers and a lower-case plural ending a subject that opens its clause: "the
 * liberals", "some stewards" (never an object: "let the girls say grace", "between the armies the pickets …").
 */
export const PLURAL_PEOPLE_AT_END =
  /(?:^\s*|[,;:—]\s*|\b(?:and|but|yet)\s+)(?<group>(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Aa]ll)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}{3,}s)\s*$/u;

/**
 * A subordinate clause opening the sentence, the main clause after it ("When Michelangelo explained why he
 * had come, Rabbi Melzi replied"). Not "as": "As Smith said, …" is an attribution.
 */
export const FRONTED_SUBORDINATE = /^\s*(?:\p{L}+\s+)?(?:when|whenever|if|after|before|while|although|though|because|since|until|unless|once)\s/iu;

/** A subordinate clause right after "that", the that-clause's main clause after it: "so thickly overgrown that when Kearton … called, Ulyate answered". */
export const THAT_THEN_SUBORDINATE = /\bthat\s+(?:when|whenever|if|after|before|while|although|though|because|since|until|unless|once)\s/iu;

/** A subordinate clause of condition: what it reports was never said ("If Depew had told any psychologist …"). */
export const HYPOTHETICAL_SUBORDINATE = /^\s*(?:\p{L}+\s+)?(?:if|unless|whenever)\s/iu;

/** A "that"-clause a few words after a verb: "intimated even before inauguration that …", "noted in 1907 that …". */
export const THAT_CLAUSE_SOON = /^(?:[^,;:.!?]{0,40}?\s)?that\s/iu;

/** An attribution set between commas, then the subject of another clause, at the end of a stretch: "Last May, they said, she ". */
export const PARENTHETICAL_REPORT_BEFORE = /,\s*(?:\p{L}+[.'’]?\s+){0,3}?\p{L}+\s+(?<verb>\p{Ll}+)\s*,\s*(?:\p{L}+[.'’]?\s+){0,3}?\p{L}+\s*$/u;

/** Up to six words before a colon ending the stretch, where a speech verb and its object stand: "who told a Senate committee:". */
export const WORDS_BEFORE_COLON = /(?<words>(?:\s+[\p{L}.'’-]+){1,6})\s*:\s*$/u;

/** "he" or "she": a subject pronoun that names one person of a known gender. */
export const SINGULAR_SUBJECT_PRONOUN = /^(?:he|she)$/iu;

/** A conjunction or relative word right before ", he": "he" then sits in a list or an inner clause ("the plan which, he said, …"), not opening the main clause. */
export const JOINS_INNER_CLAUSE = /^(?:and|or|that|which|who)$/iu;

/**
 * An attribution set off inside the statement it reports, by commas or dashes: what stands before the verb ends in a
 * mark and a short subject ("The human body—he pointed out", "Did she know, he asked"), and what follows opens with
 * a mark, maybe after the person told ("—he informed her—kidney trouble", "he explained—about two million").
 */
export const SET_OFF_TAG_BEFORE = /(?:,|—|–|--)[^,—–]{1,40}$/u;
export const SET_OFF_TAG_AFTER = /^(?:\s+(?:her|him|me|us|them|you))?\s*(?:,|—|–|--)\s*\p{L}/iu;
