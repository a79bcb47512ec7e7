import { BEAT_NEGATION, BEAT_PRONOUN_SUBJECT, BEAT_RELATIVE } from '../lang/en/directQuotes.ts';
import { isCommunicationVerb } from '../lang/en/communicationVerbs.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { isTitleWord } from '../lang/en/names.ts';
import { PRONOUN_GENDER } from '../lang/en/peopleWords.ts';
import type { SubjectMatch, TextBlock } from './attributionTypes.ts';
import { subjectsOf } from './mentions.ts';
import { genderOf, type ArticlePeople, type ArticlePerson } from './people.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { nextClauseStart, wordCount } from './quoteText.ts';
import { isVerb, speechVerbsIn } from './speechVerbScan.ts';

/**
 * "Gross swung his swivel chair. “Well, how could that have been?? I don't consider that he was prejudged …”":
 * a quote with no tag at all, opening the sentence right after one whose subject is a person the article
 * knows, in the same paragraph, is that person's — the sentence before is the speaker's gesture (an action
 * beat), as features and interviews write a turn without "he said". Only when:
 * - nothing outside quotes stands in the quote's sentences (no "he said", no reporter's words that could
 *   make it someone else's or a title);
 * - the sentence before holds no quote and no speech verb (those have their own rules), opens with the
 *   known person's name (a given name or a title first when it is more than a surname: "Central Asia is
 *   sunk …" names nobody), and hands the action to nobody else: no negation ("George did not reply."), no
 *   relative clause ("…, who shrugged it off."), no pronoun subject that may be another person;
 * - the quote is more than a word (a sign, a name, a scare-quoted word read out is nobody's statement), does not
 *   name the person (“Hello, Julie, how are you”?? is said to Julie), and no tag follows it in the next sentence
 *   (“You bastard”!! The Anniston catcher screamed.).
 */
export function actionBeatOwner(block: TextBlock, masked: string, sentenceIndex: number, span: QuoteSpan, people: ArticlePeople): SubjectMatch | null {
  const sentence = block.sentences[sentenceIndex];
  const beat = block.sentences[sentenceIndex - 1];
  if (!sentence || !beat || block.section !== 'body' || wordCount(span.text) < 2) return null;
  if (/\S/.test(masked.slice(sentence.start, span.open))) return null;
  // Every sentence the quote reaches into, up to the one holding its closing mark, is quote alone.
  let end = sentence.end;
  for (let index = sentenceIndex; index < block.sentences.length; index++) {
    const next = block.sentences[index];
    if (!next || next.start >= span.close) break;
    end = next.end;
  }
  if (/\p{L}/u.test(masked.slice(sentence.start, end)) || taggedAfter(masked.slice(end, end + TAG_REACH))) return null;
  const beatText = block.text.slice(beat.start, beat.end);
  if (/[“”"]/.test(beatText) || BEAT_NEGATION.test(beatText) || BEAT_RELATIVE.test(beatText) || speechVerbsIn(beatText).length > 0) return null;
  const clauseEnd = nextClauseStart(masked, beat.start, beat.end);
  const found = subjectsOf(masked, { ...beat, end: clauseEnd < 0 ? beat.end : clauseEnd }, people, block.tokens);
  const person = found.length === 1 ? found[0] : undefined;
  const opening = openingName(beatText.trimStart(), person);
  if (!person || !opening || !pronounsFit(beatText, person) || namesAddressee(span.text, person)) return null;
  return { speaker: person, method: 'named', phrase: opening };
}

/** The words opening the sentence up to the person's surname, when they are all the person's name or titles ("Mr. Herford"). */
function openingName(text: string, person: ArticlePerson | undefined): string | null {
  if (!person) return null;
  const nameWords = person.name.split(/\s+/);
  const surname = nameWords[nameWords.length - 1] ?? '';
  const first = nameWords[0] ?? '';
  // "Dirty Reactionary", "Unlike Susan": a name of several words is a person's when a given name, an initial or a title opens it.
  if (nameWords.length > 1 && !isGivenName(first) && !/^\p{Lu}\.$/u.test(first) && person.titles.size === 0) return null;
  const words = text.split(/\s+/).slice(0, 5);
  const at = words.findIndex((word) => word.replace(/(?:['’]s|[’',.;:])$/u, '') === surname);
  if (at < 0) return null;
  const before = words.slice(0, at);
  return before.every((word) => nameWords.includes(word) || isTitleWord(word)) ? words.slice(0, at + 1).join(' ') : null;
}

/** A pronoun subject in the gesture is the person only when their gender is known to be its own. */
function pronounsFit(text: string, person: ArticlePerson): boolean {
  const gender = genderOf(person);
  for (const match of text.matchAll(BEAT_PRONOUN_SUBJECT)) {
    const pronoun = match.groups?.pronoun ?? '';
    const wanted = PRONOUN_GENDER.get(pronoun.toLowerCase());
    if (!wanted || wanted !== gender) return false;
  }
  return true;
}

/** How much of the sentence after the quote is read for a tag of its own. */
const TAG_REACH = 60;

/**
 * "The Anniston catcher screamed.", "Mike yelled to the catcher.": a verb of speaking among the next sentence's first
 * words, after its subject (a past form of a verb WordNet files under communication, or one of the speech verbs).
 */
function taggedAfter(next: string): boolean {
  const words = next.trim().split(/\s+/).slice(1, 5);
  return words.some((word) => {
    const bare = word.replace(/[^\p{L}]/gu, '');
    return /^\p{Ll}/u.test(bare) && (isVerb(bare) || (bare.endsWith('ed') && isCommunicationVerb(bare)));
  });
}

/** The person's own name inside the quote: they are spoken to ("Sure, Andy, …" is not Andy's). */
function namesAddressee(quoted: string, person: ArticlePerson): boolean {
  const words = new Set(quoted.split(/[^\p{L}'’-]+/u));
  return person.name.split(/\s+/).some((part) => part.length > 2 && words.has(part));
}
