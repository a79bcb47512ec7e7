/**
 * How English questions ask: the words that only frame a question ("what happened", "name the…"),
 * and the kind of answer a question wants (a number, a sum of money, a time, a place, a length of
 * time, a reason, a person) with the
 * pattern a sentence holding such an answer matches.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';

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

const NUMBER_WORDS = String.raw`\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|percent|several|score)\b`;
const TIME_WORDS = String.raw`\b(?:${WEEKDAY_NAMES.join('|')}|weekend|${MONTH_NAMES.join('|')}|jan|feb|aug|sept?|oct|nov|dec|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|week|month|year|ago|earlier|later|soon|next|last|\d{4}|since|until|o'clock|a\.m|p\.m)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\b`;
const DURATION_WORDS = String.raw`(?:\d+|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|many|hundreds?|thousands?|dozens?))[\s-]+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\b(?:overnight|all\s+night|all\s+day)\b`;
/** "in London", "at the Capitol", "of Chardon", "(Cal.)": a capitalised place after a preposition of place, or a state in brackets. */
const PLACE_WORDS = String.raw`\b(?:in|at|near|outside|inside|from|of|to)\s+(?:the\s+)?\p{Lu}|\(\p{Lu}\p{L}*\.?\)|\bnative\b`;

const REASON_WORDS = String.raw`\b(?:because|since|due\s+to|owing\s+to|as\s+a\s+result|so\s+that|in\s+order\s+to|reasons?|result\s+of|caused|causes?|after|so|for\s+(?:fear|lack))\b`;
/** A name of two capitalised words ("Nick Skorich", "Kansas City"), not at the start of the sentence. */
const PERSON_WORDS = String.raw`(?<!^)(?<![.!?]\s)\b\p{Lu}[\p{Ll}'’]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’]+`;

const MONEY_WORDS = String.raw`\$\s?\d|\b\d[\d,.]*\s*(?:dollars?|cents?|pounds?)\b|\b(?:dollars?|cents?)\b|\b(?:million|billion)\b`;
/** Words that make "how much" a question about money ("how much did it cost", "how much aid"). */
const ABOUT_MONEY =
  /\b(?:money|cost|costs|pay|paid|pays|spend|spent|spends|raise|raised|raises|price|worth|budget|funds?|aid|tax|taxes|salary|fee|fees|fine|bail|earn|earned|sell|sold|buy|bought|owe|owed|bring\s+in)\b/;

/** The pattern a sentence holding each kind of answer matches. */
export const ANSWER_PATTERNS = {
  money: new RegExp(MONEY_WORDS, 'i'),
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
  if (/^\s*(?:how\s+(?:many|much|big|large|old|far|tall|high|heavy|fast)|what\s+(?:percent(?:age)?|share|number|proportion|size|score|price|amount|age))\b/.test(q))
    return 'number';
  if (/^\s*(?:when|what\s+(?:day|date|time|year|month|hour))\b|\bwhat\s+time\b/.test(q)) return 'time';
  if (/^\s*where(?:'s|\s)/.test(q)) return 'place';
  if (/^\s*why\b/.test(q)) return 'reason';
  if (/^\s*(?:who|whom)\b/.test(q)) return 'person';
  return null;
}

/**
 * A sentence that cannot stand alone: it opens with a pronoun or a connective ("Yet he hinted…"),
 * so the sentence before it says who or what it is about.
 */
export const LEANS_ON_PREVIOUS =
  /^(?:[“"‘']\s*)?(?:he|she|it|they|this|that|these|those|his|her|its|their|yet|but|however|meanwhile|also|still|and|so|then|there|the\s+(?:same|latter|former))\b/i;

/** "he said", "they added": a quote attributed only by a pronoun. */
export const PRONOUN_ATTRIBUTION = /\b(he|she|they)\s+(?:also\s+)?(?:said|says|added|told|warned|hinted|insisted|declared|argued)\b/i;
