import { PRONOUN_TAG_AFTER_QUOTE } from '../lang/en/directQuotes.ts';
import { PRONOUN_GENDER } from '../lang/en/peopleWords.ts';
import { nounGender } from '../lang/en/wordClasses.ts';
import { nounKinds } from '../lang/en/wordnet.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { namesAKind } from './describedSpeaker.ts';
import type { ArticlePeople } from './people.ts';
import { tokenAt } from './posSubject.ts';
import { isVerb } from './speechVerbScan.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/** How many sentences after the described subject a "he" may still mean them (the quote's own sentence and its tag). */
const REACH = 2;

/** How far after a quote its tag is looked for: "”?? He asked gloomily." is the next sentence. */
const TAG_REACH = 40;

/** A sentence opening with "The" and a lower-case word: its subject may be a person described, not named. */
const THE_OPENING = /^\s*The\s+\p{Ll}/u;

/** A capitalised word that is not the first of its sentence (nor "I"): someone or something named. */
const NAMED_INSIDE = /[\p{L}\p{N},;:)]\s+(?!I\b)\p{Lu}/u;

/**
 * "The man stuck the nozzle in the gas tank. “What kind of car is it”?? He asked gloomily.": a "he" that
 * finds nobody named (speakerForPronoun) is the person the sentence before described as its subject, when
 * nobody was named since. That person speaks under the description: the article's described speaker with the same head noun ("the man" is the "gas
 * station man" who asked before), else a new one when nouns alone name a kind of person ("the hotel
 * owner"); an epithet ("the elder man") or a bare head with no such speaker stays unattributed, as a
 * described speaker does (describedSpeaker.ts). The gender WordNet gives the head must fit the pronoun.
 */
export class DescribedReferent {
  private last: { text: string; tokens: (() => TaggedTokens) | null; start: number; sentence: number } | null = null;
  private sentence = 0;

  constructor(private readonly people: ArticlePeople) {}

  /** Called for each sentence, quotes masked, before its quotes are read; a paragraph break keeps the subject. */
  noteSentence(text: string, tokens: (() => TaggedTokens) | null, masked: string, span: SentenceSpan): void {
    this.sentence++;
    const words = masked.slice(span.start, span.end);
    if (THE_OPENING.test(words)) this.last = NAMED_INSIDE.test(words) ? null : { text, tokens, start: span.start, sentence: this.sentence };
    else if (this.last && NAMED_INSIDE.test(words)) this.last = null;
  }

  startStory(): void {
    this.last = null;
  }

  /** The described person a tag "“…”, he said" right after the quote means, or null. `after`: the block's text after the quote. */
  afterQuote(after: string): SubjectMatch | null {
    const tag = PRONOUN_TAG_AFTER_QUOTE.exec(after.slice(0, TAG_REACH))?.groups;
    if (!tag?.pronoun || !tag.verb || !isVerb(tag.verb) || !this.last || this.sentence - this.last.sentence > REACH) return null;
    const phrase = this.describedSubject();
    const head = phrase?.split(' ').pop() ?? '';
    if (!phrase || nounKinds(head, 1)[0] !== 'person') return null;
    const gender = nounGender(head);
    if (gender && gender !== PRONOUN_GENDER.get(tag.pronoun.toLowerCase())) return null;
    const known = this.people.organisationWithHead(head);
    if (known === 'ambiguous') return null;
    const speaker = known ?? (namesAKind(phrase) ? this.people.addOrganization(phrase) : null);
    return speaker ? { speaker, method: 'pronoun', phrase: `${tag.pronoun} ${tag.verb}` } : null;
  }

  /** "the gas station man" of "The gas station man sighed unhappily": "the", nouns and adjectives, up to the first verb. */
  private describedSubject(): string | null {
    const tokens = this.last?.tokens?.();
    if (!this.last || !tokens) return null;
    const first = tokenAt(tokens, this.last.start);
    const words: string[] = [];
    for (let index = first + 1; index < tokens.pos.length && words.length <= 4; index++) {
      const pos = tokens.pos[index];
      if (pos === 'VERB' || pos === 'AUX') {
        // The head is a noun ("man"), the words before it nouns or adjectives ("gas station", "elder").
        return tokens.pos[index - 1] === 'NOUN' ? `the ${words.join(' ')}` : null;
      }
      if (pos !== 'NOUN' && pos !== 'ADJ') return null;
      words.push(this.last.text.slice(tokens.start[index] ?? 0, tokens.end[index] ?? 0).toLowerCase());
    }
    return null;
  }
}
