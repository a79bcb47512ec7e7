/**
 * How English questions ask: the words that only frame a question ("what happened", "name the…"),
 * and the kind of answer a question wants (a number, a sum of money, a time, a place, a length of
 * time, a reason, a person) with the
 * pattern a sentence holding such an answer matches.
 */

import { MONTH_NAMES, monthAbbreviations, WEEKDAY_NAMES } from './calendar.ts';
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { SMALL_NUMBER_WORDS } from './numbers.ts';
import { isNoun } from './wordnet.ts';

/**
 * Modals that are no stop words (they are nouns and names too: "his will", "May", "Will Rogers") but, opening a
 * question ("will moscow send…", "may the council…"), are only its auxiliary: they say nothing of what is asked.
 */
export const OPENING_MODALS: ReadonlySet<string> = new Set(['will', 'may', 'might', 'must', 'shall']);

/**
 * Words that frame a question without saying what it is about. They are searched like any word,
 * but a passage lacking them can still answer, so they never make a question "not covered".
 */
export const FRAMING_WORDS: ReadonlySet<string> = new Set(
  `happen happened happens happening name names named kind kinds type types sort sorts way ways reason reasons
  mean means meant explain explained describe described main get got give gave given make made go going went take took
  people person someone somebody anyone one ones exactly really actually according currently still ever
  whats who's whose`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMBER_WORDS = String.raw`\d[\d,.]*|\b(?:${SMALL_NUMBER_WORDS.join('|')}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|percent|several|score)\b`;
const TIME_WORDS = String.raw`\b(?:${WEEKDAY_NAMES.join('|')}|weekend|${MONTH_NAMES.join('|')}|jan|feb|aug|sept?|oct|nov|dec|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|week|month|year|ago|earlier|later|soon|next|last|\d{4}|since|until|o'clock|a\.m|p\.m)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\b`;
const DURATION_WORDS = String.raw`(?:\d+|\b(?:a|an|${SMALL_NUMBER_WORDS.join('|')}|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|many|hundreds?|thousands?|dozens?))[\s-]+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\b(?:overnight|all\s+night|all\s+day)\b`;
/** A street address: "29th Street and Eighth Avenue", "41 Garden Hills Drive", "Main St.". */
const STREET_WORDS = String.raw`(?:\b\d+(?:st|nd|rd|th)?|\p{Lu}[\p{Ll}'’]+)\s+(?:Street|Avenue|Road|Boulevard|Drive|Lane|Square|St\.|Ave\.|Blvd\.)`;
/** "in Geneva", "at the Capitol", "of Chardon", "(Cal.)": a capitalised place after a preposition of place, or a state in brackets. */
const PLACE_WORDS = String.raw`\b(?:in|at|near|outside|inside|from|of|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*|\(\p{Lu}\p{L}*\.?\)|\bnative\b|${STREET_WORDS}`;

/**
 * A purpose stated with an infinitive: "called a halt at 9 A.M. to enable out-of-town members to catch a plane", "so as
 * to", "in an effort to". (To allow, permit, avoid, prevent, ensure: each fits so many windows of a story that half B
 * lost an answer from its top ten.)
 */
const PURPOSE_WORDS = String.raw`to\s+enable|so\s+as\s+to|in\s+an\s+effort\s+to`;
const REASON_WORDS = String.raw`\b(?:because|since|due\s+to|owing\s+to|as\s+a\s+result|so\s+that|in\s+order\s+to|reasons?|result\s+of|caused|causes?|after|so|for\s+(?:fear|lack)|${PURPOSE_WORDS})\b`;
/** Title abbreviations as written before a name ("Gov", "Mrs"): their full stop ends no sentence. */
const TITLES_BEFORE_NAMES = Object.keys(TITLE_ABBREVIATIONS)
  .map((title) => title.charAt(0).toUpperCase() + title.slice(1))
  .join('|');
/**
 * A name of two capitalised words ("Nick Skorich", "Kansas City"), not at the start of the sentence;
 * after a title's full stop it is a name all the same ("Gov. Price Daniel", "Mrs. Grace Butcher").
 */
const PERSON_WORDS = String.raw`(?<!^)(?<!(?<!\b(?:${TITLES_BEFORE_NAMES}))[.!?]\s)\b\p{Lu}[\p{Ll}'’]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+)*`;

/** An age: "Ethel Gee, 46,", "a 27-year-old housewife", "aged 60", "at the age of 28", "67 years old". */
const AGE_WORDS = String.raw`\b[\p{L}\d]+(?:-[\p{L}\d]+)*-years?-old\b|\baged?\s+\d{1,3}\b|\bage\s+of\s+(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?)\b|\b\d{1,3}\s+years?\s+old\b|,\s*\d{1,3}\s*,|\bin\s+(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`;
/** A height or length of a person or thing: "6 feet 2", "six-foot", "5 ft.", "190 centimeters". */
const HEIGHT_WORDS = String.raw`(?:\d+|\b(?:${SMALL_NUMBER_WORDS.join('|')}|eleven|twelve|twenty|thirty|forty|fifty|hundred))[\s-]*(?:feet|foot|ft|inches|inch|in\.|meters?|metres?|centimeters?|centimetres?|cm|yards?)\b`;

const MONEY_WORDS = String.raw`\$\s?\d[\d,.]*|\b\d[\d,.]*\s*(?:dollars?|cents?|pounds?)\b|\b(?:dollars?|cents?)\b|\b(?:million|billion)\b`;
/** Words that make "how much" a question about money ("how much did it cost", "how much aid"). */
const ABOUT_MONEY =
  /\b(?:money|cost|costs|pay|paid|pays|spend|spent|spends|raise|raised|raises|price|worth|budget|funds?|aid|tax|taxes|salary|fee|fees|fine|bail|earn|earned|sell|sold|buy|bought|owe|owed|bring\s+in)\b/;

/** A month written out or abbreviated ("Sept."). */
const MONTHS = `(?:${[...new Set(MONTH_NAMES.flatMap((month) => [month, ...monthAbbreviations(month)]))].join('|')})\\.?`;
/**
 * A date stated as a date: a month with its day or year ("December 2, 1943", "Jan. 20", "last September 1",
 * "2 May"), a weekday, or a year after "in"/"of" ("in 1913", "the spring of 1913"). The time pattern also takes
 * "night", "later" or "next", which tell of time without saying when.
 */
export const STATED_DATE = new RegExp(
  String.raw`\b${MONTHS}\s+\d{1,2}\b|\b\d{1,2}\s+${MONTHS}\b|\b${MONTHS},?\s+\d{4}\b|\b(?:${WEEKDAY_NAMES.join('|')})\b|\b(?:in|of)\s+\d{4}\b`,
  'i',
);

/** A day of a month: "December 2", "Jan. 20", "2 May". */
export const DAY_OF_MONTH = new RegExp(String.raw`\b${MONTHS}\s+\d{1,2}\b|\b\d{1,2}\s+${MONTHS}\b`, 'i');

/** The pattern a sentence holding each kind of answer matches. */
export const ANSWER_PATTERNS = {
  money: new RegExp(MONEY_WORDS, 'i'),
  age: new RegExp(AGE_WORDS, 'iu'),
  height: new RegExp(HEIGHT_WORDS, 'i'),
  reason: new RegExp(REASON_WORDS, 'i'),
  person: new RegExp(PERSON_WORDS, 'u'),
  number: new RegExp(NUMBER_WORDS, 'i'),
  time: new RegExp(TIME_WORDS, 'i'),
  duration: new RegExp(DURATION_WORDS, 'i'),
  place: new RegExp(PLACE_WORDS, 'u'),
} as const;

export type AnswerKind = keyof typeof ANSWER_PATTERNS;

/** "how many troops…" wants a number, "when is the vote…" a time, "where did they meet" a place; null for other questions. */
export function expectedAnswerKind(question: string): AnswerKind | null {
  const q = question.toLowerCase();
  if (/^\s*how\s+(?:long|much\s+time)\b/.test(q)) return 'duration';
  if (/^\s*how\s+much\b/.test(q) && ABOUT_MONEY.test(q)) return 'money';
  if (/^\s*(?:how\s+old|what\s+age)\b|^\s*at\s+what\s+age\b/.test(q)) return 'age';
  if (/^\s*how\s+tall\b|^\s*what\s+height\b/.test(q)) return 'height';
  if (/^\s*(?:how\s+(?:many|much|big|large|old|far|tall|high|heavy|fast)|what\s+(?:percent(?:age)?|share|number|proportion|size|score|price|amount|age))\b/.test(q))
    return 'number';
  // "in what year", "on what day", "by what date" ask a time as "what year" does.
  if (/^\s*(?:when|(?:(?:in|on|by|during|since|until)\s+)?what\s+(?:day|date|time|year|month|hour))\b|\bwhat\s+time\b/.test(q)) return 'time';
  if (/^\s*where(?:'s|\s)/.test(q)) return 'place';
  if (/^\s*why\b/.test(q)) return 'reason';
  if (/^\s*(?:who|whom)\b/.test(q)) return 'person';
  return null;
}

/**
 * Kinds of answer that a sentence either states or does not: a passage without an age does not say
 * how old anyone is, nor one without any number how many (its pattern already takes "several",
 * "dozens", "half"), however much of the question it holds. Other kinds (a time, a place, a person,
 * a reason) are looser: "later", "in the city" or a cause given without "because" may still answer.
 */
export const STRICT_ANSWER_KINDS: ReadonlySet<AnswerKind> = new Set(['age', 'height', 'number', 'money', 'duration']);

/**
 * How "not covered" names a strict kind of answer no passage gives: "age", "number of votes", "sum".
 * `counted` are the words after "how many" (countedWords); the thing counted is their leading nouns
 * ("home runs" of "home runs hit", "people" of "people live in").
 */
export function nameOfAnswerKind(kind: AnswerKind, counted: readonly string[]): string {
  if (kind === 'number') {
    // The nouns from the first one on ("new members joined" → "members"; an adjective before them is left out).
    const start = counted.findIndex(isNoun);
    const end = start < 0 ? -1 : counted.findIndex((word, index) => index > start && !isNoun(word));
    const thing = start < 0 ? [] : counted.slice(start, end < 0 ? counted.length : end);
    return thing.length > 0 ? `number of ${thing.join(' ')}` : 'number';
  }
  if (kind === 'money') return 'sum';
  if (kind === 'duration') return 'length of time';
  return kind;
}

/**
 * Kinds of answer that are a figure (a count, a sum, a length of time, an age, a height): their
 * patterns need digits, number words or units, so a sentence matching one most likely gives it. The
 * looser kinds match too much to rank by ("next", "in the city", any two capitalised words).
 */
export const FIGURE_ANSWER_KINDS: ReadonlySet<AnswerKind> = new Set(['money', 'number', 'duration', 'age', 'height']);

/**
 * The word that says which kind of answer is wanted ("old" in "how old is…", "many" in "how many"):
 * it frames the question rather than naming what it is about, and the answer rarely repeats it.
 */
export function answerKindWord(question: string): string | null {
  return /^\s*how\s+(old|tall|far|long|big|large|high|heavy|fast|much|many)\b/i.exec(question)?.[1]?.toLowerCase() ?? null;
}

/** Words that end the counted phrase of "how many X did…": an auxiliary or a pronoun after it. */
const AFTER_COUNTED = /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shall|there|they|he|she|it|we|you|i)$/;

/**
 * What a "how many"/"how much" question counts ("how many votes did…" → ["votes"], "how many theater
 * owners is…" → ["theater", "owners"]): a sentence giving a number of something else does not answer it.
 */
export function countedWords(question: string): string[] {
  const match = /^\s*how\s+(?:many|much)\s+(.*)$/i.exec(question);
  // "how much money…": the sum itself is the answer's kind (ANSWER_PATTERNS.money), not a word to find.
  if (!match?.[1] || expectedAnswerKind(question) === 'money') return [];
  const words: string[] = [];
  for (const word of match[1].toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) {
    if (!word || AFTER_COUNTED.test(word)) break;
    words.push(word);
  }
  return words.slice(0, 4);
}

/**
 * A sentence that cannot stand alone: it opens with a pronoun or a connective ("Yet he hinted…"),
 * so the sentence before it says who or what it is about.
 */
export const LEANS_ON_PREVIOUS =
  /^(?:[“"‘']\s*)?(?:he|she|it|they|this|that|these|those|his|her|its|their|yet|but|however|meanwhile|also|still|and|so|then|there|the\s+(?:same|latter|former))\b/i;

/** "he said", "they added": a quote attributed only by a pronoun. */
export const PRONOUN_ATTRIBUTION = /\b(he|she|they)\s+(?:also\s+)?(?:said|says|added|told|warned|hinted|insisted|declared|argued)\b/i;
