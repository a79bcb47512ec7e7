import { askedAttribute, type AskedAttribute } from './askedAttribute.ts';

/**
 * Which words of a sentence belong to the noun phrase a noun heads: its modifiers before it ("France's
 * new PRESIDENT", "the Texas Bankers Association PRESIDENT") and what is attached after it by a
 * preposition or as a name ("PRESIDENT of the company", "GOV. Price Daniel of Texas"). A clause word, a
 * verb the stop words know, or a break in the punctuation ends it. Read from the words alone, with no
 * tagger: it need only tell "the president of France" from a president and France said apart
 * ("Harry Rolnick, president of the Byer-Rolnick Hat Corporation …; Roger Vivier, … Paris, France").
 */

/** Words and the punctuation that can end a phrase, in order. */
const TOKEN = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|[,;:—–()"“”!?]/gu;
/** Punctuation that always ends a phrase (a comma ends it unless it joins two names: "Denton, Texas"). */
const BREAK = /^[;:—–()"“”!?]$/;
/** Words that open a clause or are its verb: the phrase ends before them. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  `who whom whose which that when where while because since although though if unless until than as but
  is are was were be been being am has have had having will would shall should can could may might must do does did
  said says told asked added declared announced`.split(/\s+/),
);
/** Words that end the modifiers read backwards: a determiner or a preposition before them opens the phrase. */
const OPENS_PHRASE: ReadonlySet<string> = new Set(
  `the a an this that these those his her its their our my your of for in at on from with by to into about under over and or`.split(/\s+/),
);
/** Prepositions that attach a phrase after the head ("president OF the company", "the senator FROM Paris"). */
const ATTACHES: ReadonlySet<string> = new Set('of for at in from on with to'.split(' '));
/** How many words a phrase reaches before and after its head. */
const BEFORE = 5;
const AFTER = 8;

export function phraseTokens(sentence: string): string[] {
  return sentence.match(TOKEN) ?? [];
}

const capitalised = (token: string | undefined) => token !== undefined && /^\p{Lu}/u.test(token);

/**
 * The words of the phrase headed by the token at `head` (from a sentence's phraseTokens) that may say
 * whose it is: its modifiers before it ("France's new", "Texas Bankers Association") and the words
 * after a preposition that attaches to it ("of the company"). A name right after the head, with no
 * preposition, is the head's own name ("Gov. Price Daniel of Texas": Price Daniel is the governor, Texas
 * is whose).
 */
export function ownerSlots(tokens: readonly string[], head: number): { modifiers: string[]; attached: string[] } {
  const modifiers: string[] = [];
  for (let at = head - 1; at >= 0 && head - at <= BEFORE; at--) {
    const token = tokens[at] ?? '';
    const lower = token.toLowerCase();
    if (BREAK.test(token) || token === ',' || CLAUSE_WORDS.has(lower) || OPENS_PHRASE.has(lower)) break;
    modifiers.unshift(token);
  }
  const attached: string[] = [];
  const next = tokens[head + 1];
  // Only a preposition or a name follows the head in its phrase: "the president visited France" does not make France his.
  if (next === undefined || !(ATTACHES.has(next.toLowerCase()) || capitalised(next))) return { modifiers, attached };
  let preposition = false;
  for (let at = head + 1; at < tokens.length && at - head <= AFTER; at++) {
    const token = tokens[at] ?? '';
    if (BREAK.test(token) || CLAUSE_WORDS.has(token.toLowerCase())) break;
    if (token === ',' && !(capitalised(tokens[at - 1]) && capitalised(tokens[at + 1]))) break;
    if (ATTACHES.has(token.toLowerCase())) preposition = true;
    else if (preposition) attached.push(token);
  }
  return { modifiers, attached };
}

/** "who is/was/'s" opening a question: "who is the N of X" asks for a person by an attribute of X, as "what is the N of X" asks for a value. */
const WHO_IS = /^\s*who(?:['’]?s\b|\s+(?:is|was|are|were|will\s+be)\b)/i;

/**
 * The attribute a question asks of someone or something it names: "what is the N of X", "what is
 * X's N" (askedAttribute), and the same asked with "who" ("who is the president of France", "who's
 * Maryland's new secretary of state"). Null when the question names no owner.
 */
export function attributeOfOwner(question: string): AskedAttribute | null {
  // Asked by three rules of one question (ownerRelation.ts, attributeAnswer.ts): read once.
  if (question !== lastRead.question) {
    const attribute = askedAttribute(WHO_IS.test(question) ? question.replace(WHO_IS, 'what is') : question);
    lastRead = { question, attribute: attribute && attribute.owner.length > 0 ? attribute : null };
  }
  return lastRead.attribute;
}

let lastRead: { question: string; attribute: AskedAttribute | null } = { question: '', attribute: null };
