/**
 * English patterns for direct quotes and who says them: a subject opening a clause, the asides news
 * puts between a name and its verb, the marks that introduce a quotation. Compiled once.
 */

/**
 * A capitalised name followed by a comma or a lower-case word: a likely subject; after a possessive and
 * up to two lower-case words too ("Britain's balding Ace Driver Stirling Moss, 31, all but smothered …").
 * Sticky: tried at clause openings only.
 */
export const CLAUSE_SUBJECT_NAME =
  /(?:\p{Lu}[\p{L}\p{M}.-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?(?<name>\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4})(?=,|\s+(?!(?:and|or|nor|of|in|on|at|to|for|from|with|by|as|than)\b)\p{Ll})/uy;

/** An aside of a number between a name and its verb: an age, a height, a weight ("31", "6-3", "195 pounds"). */
export const NUMBER_ASIDE_AT_END = /,\s*\p{N}[^,]{0,30},\s*$/u;

/** What may stand before a name that opens a clause: nothing, or a comma, semicolon or colon (and "the"). */
export const CLAUSE_OPENING_BEFORE = /(?:^|[,;:]\s*)(?:[Tt]he\s+)?$/u;

/** A colon or a dash closing a sentence: what follows is what it introduces ("as follows—"). */
export const INTRODUCING_MARK_AT_END = /[:—]\s*$/u;

/**
 * A sentence opening with a speech verb, a name after it and an aside before the colon: "Says Wallace F.
 * Jannsen, director of the FDA's Division of Public Information:".
 */
export const INVERTED_INTRODUCTION_WITH_ASIDE =
  /^\s*(?<verb>\p{Lu}\p{Ll}+)\s+(?<subject>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}),\s*(?<aside>(?:\p{Ll}|\p{N})[^:;“”"]{0,120}?)\s*:\s*$/u;

/**
 * Right after a quote, a subject and a verb of going on speaking that close the clause: "“Yes”, Gross went
 * on, “…”", "“…”, he continued.", "“…”, continued Mr. Smith." ("He continued his work" is no attribution.)
 */
export const GOES_ON_AFTER_QUOTE =
  /^[\s,]*(?:(?<subject>[Hh]e|[Ss]he|(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s+(?:continued|continues|went\s+on|goes\s+on)|(?:continued|went\s+on)\s+(?<inverted>[Hh]e|[Ss]he|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}))(?:\s+\p{Ll}+ly)?\s*(?:[,.;!?]|$)/u;

/** A relative clause of speech right before a quote: "…, who declared: “…”", "…, who said, “…”". */
export const WHO_SAID_AT_END = /,\s*who\s+(?:\p{Ll}+\s+){0,2}?(?<verb>\p{Ll}+)\s*[:,]\s*$/u;

/** A phrase ending in an indefinite description with a capitalised head: "a modest Methodist", "an American". */
export const INDEFINITE_DESCRIPTION_AT_END = /\b(?:[Aa]|[Aa]n)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*$/u;

/**
 * A sentence whose subject is "he" or "she" and a lower-case word after it (a verb), maybe after a
 * conjunction: "He tried again and once more sliced out of bounds.", "But he also achieved …".
 */
export const PRONOUN_OPENS_SENTENCE = /^\s*(?:(?:But|And|So|Yet|Then)\s+)?(?<pronoun>[Hh]e|[Ss]he)\s+\p{Ll}/u;

/**
 * A sentence opening with an indefinite determiner and up to four words more ("A reporter who consulted …",
 * "One man …"): where a person described, not named, may stand as the subject.
 */
export const DETERMINER_OPENS_SENTENCE = /^\s*(?:(?:But|And|So|Yet|Then)\s+)?(?:A|An|One)\s+(?<words>(?:[\p{L}'’-]+,?\s+){0,3}[\p{L}'’-]+,?)/u;

/**
 * A capitalised run opening a sentence, maybe after a conjunction, then a comma or a lower-case word: "Curt
 * was too involved …" (not a pair: "Elaine and Poet returned together").
 */
export const NAME_OPENS_SENTENCE = /^\s*(?:(?:But|And|So|Yet|Then)\s+)?(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})(?=,|\s+\p{Ll})(?!\s+(?:and|or)\s)/u;

/** Words English titles may leave in lower case (or capitalise): "Waiting for Godot", "Hail To The Chief". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'is',
  'de',
  'la',
  'le',
  'von',
  'van',
]);

/** Words that open speech, never a title: "That's the Colonel", "I Know", "You Bet", "My God". */
const SPEECH_OPENING = /^(?:I|I['’]\p{L}+|You|We|He|She|It|They|My|Our|\p{L}+['’](?:s|m|d|ll|ve|re))$/u;

/**
 * Whether quoted words are a title or a name, not speech: two to eight words in title case, without
 * sentence or clause punctuation ("Organic Gardening", "Knight Must Fall", "Waiting For Godot"). Speech
 * opens with one capital only ("Get in", "About 35") or with a pronoun ("That's the Colonel").
 */
export function isTitleOfWork(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[.!?;:,]/.test(quoted) || SPEECH_OPENING.test(words[0] ?? '')) return false;
  let capitalised = 0;
  for (const word of words.slice(1)) {
    if (!/^\p{L}/u.test(word)) return false;
    if (/^\p{Lu}/u.test(word)) {
      if (!TITLE_SMALL_WORDS.has(word.toLowerCase())) capitalised++;
    } else if (!TITLE_SMALL_WORDS.has(word)) return false;
  }
  return capitalised > 0 && /^\p{Lu}/u.test(words[0] ?? '');
}

/**
 * Whether quoted words are in title case: one to eight words, each capitalised but the small words of titles
 * ("Observations", "Young Turks", "Toccata for the Young"), without clause punctuation or a pronoun opening speech.
 */
export function inTitleCase(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  if (words.length > 8 || /[.!?;:,]/.test(quoted) || SPEECH_OPENING.test(words[0] ?? '') || !/^\p{Lu}\p{Ll}/u.test(words[0] ?? '')) return false;
  return words.slice(1).every((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL_WORDS.has(word));
}

/**
 * A subordinate clause whose subject is "he" or "she", its speech verb and a colon introducing the quote:
 * ", as he had hinted upon his arrival:", "when he declared:" (a few words between verb and colon).
 */
export const SUBORDINATE_PRONOUN_INTRODUCES =
  /\b(?:as|when|where|after|since)\s+(?<pronoun>he|she)\s+(?:(?:had|has|have|was|is|would|will|once|then|later|first|also)\s+){0,2}(?<verb>\p{Ll}+)\b[^:.;!?“”"]{0,60}:\s*$/u;

/** A pronoun and a verb right after a quote: "“Same thing,” he said", "“What kind of car is it”?? He asked gloomily." */
export const PRONOUN_TAG_AFTER_QUOTE = /^[\s”"’'?!.,]*(?<pronoun>[Hh]e|[Ss]he)\s+(?<verb>\p{Ll}+)/u;

/** A verb then its subject after a quote, up to the next comma or full stop: ", said the Pentagon's announcement,". */
export const DOCUMENT_AFTER_QUOTE = /^[\s”"’',?!]*(?<verb>\p{Ll}+)\s+(?<subject>(?:the\s+)?[^,.;:!?“”"]{2,80}?)\s*(?:[,.;:!?]|$)/u;

/** A conjunction opening a clause inside a sentence, then a capitalised word: "… and Pam", "… when Curt". */
export const CLAUSE_CONJUNCTION_THEN_CAPITAL = /\b(?:and|but|when|while|until|as|before|after|then)\s+\p{Lu}/u;

/** A given name alone (maybe) opening a clause inside a sentence, a lower-case verb after it: "… when the screen door opened and Pam burst out." */
export const GIVEN_NAME_CLAUSE_SUBJECT = /\b(?:and|but|when|while|until|as|before|after|then)\s+(?<name>\p{Lu}\p{Ll}+)\s+(?!(?:and|or|of|to|in|at|on|for|with|by)\b)\p{Ll}/gu;

/**
 * What rules a sentence out as the speaker's gesture before an untagged quote (actionBeat.ts): a negation ("George did
 * not reply."), a relative clause that hands the action to someone else ("Madden took up this point with Garth, who
 * shrugged it off."), or a pronoun subject inside it ("Holden noticed … how she chewed").
 */
export const BEAT_NEGATION = /\b(?:not|never|no|nobody|nothing)\b|n[’']t\b/i;
export const BEAT_RELATIVE = /\b(?:who|whom|whose)\b/i;
export const BEAT_PRONOUN_SUBJECT = /\b(?<pronoun>he|she|they|I|we)\b/gi;

/**
 * An indefinite description whose head is capitalised: "A Yank", "An Alabamian", "Another Yank", "an ailing Yank",
 * "Still another Yank", "A third Confederate". Group "head": the last word.
 */
export const INDEFINITE_KIND = /^(?:(?:[Ss]till|[Yy]et)\s+)?(?:[Aa]n?|[Aa]nother)\s+(?:\p{Ll}+\s+){0,2}(?<head>\p{Lu}\p{Ll}+)$/u;

/** A subject announcing somebody else than the one before: "Another reported that …", "A third wrote", "Another Yankee became …". */
export const ANOTHER_ONE_OPENING = /^\W*(?:(?:still|yet)\s+)?(?:another|a\s+(?:second|third|fourth|fifth))\b/iu;

/** An indefinite determiner and up to two lower-case words before a capitalised head: "an ailing " of "an ailing Yank". */
export const INDEFINITE_BEFORE_HEAD = /(?<=^|[\s,;:(])(?:(?:[Ss]till|[Yy]et)\s+)?(?:[Aa]n?|[Aa]nother)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** A capitalised run after one to four words with no punctuation, before a lower-case word: "Two years ago Thompson offered". */
export const FRONTED_NAME = /^\s*(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,5})(?=\s+\p{Ll})/u;
