import { BODY_NAME_AT, INTRO_WORD, LOWER_BODY_AT, OPENS_WITH_IT } from '../lang/en/attributionPatterns.ts';
import { isOrganisationName, ORGANISATION_HEADS } from '../lang/en/organisations.ts';

/**
 * What "it" before a speech verb means: "The Tax Court rejected this view. It said …", "On July 14 the
 * Security Council … voted the resolution …. Vague in wording, it called for …". It is the body opening
 * the sentence before, or an earlier one that every sentence since continues with "it". Only within a
 * paragraph (news names the body again after a break), and only a body: "it" is never a person.
 */
export class BodyReference {
  /** This paragraph's sentences so far (quotes masked), the current one last. */
  private readonly sentences: string[] = [];

  nextParagraph(): void {
    this.sentences.length = 0;
  }

  nextSentence(masked: string): void {
    this.sentences.push(masked);
  }

  /** The words naming the body "it" stands for in the current sentence, or null. */
  referent(): string | null {
    for (let index = this.sentences.length - 2; index >= 0; index--) {
      const sentence = this.sentences[index] ?? '';
      const body = openingBody(sentence);
      if (body) return body;
      // "Although the resolution might have been …, it was considerably tougher …": still the same body.
      if (!OPENS_WITH_IT.test(sentence)) return null;
    }
    return null;
  }
}

/** How far into a sentence an opening phrase ("On Feb. 21", "In 1922,") may run before its subject. */
const INTRO_REACH = 60;

/**
 * The body a sentence opens with as its subject: "The Tax Court rejected …", "On Feb. 21 the council
 * passed …", "On July 14 the Security Council—with … abstaining—voted …". Tried at the sentence's start,
 * after an opening phrase of a time or place, and after an opening clause's comma.
 */
export function openingBody(sentence: string): string | null {
  const starts = [sentence.search(/\S/)];
  const opening = sentence.slice(0, INTRO_REACH);
  if (INTRO_WORD.test(opening)) for (const match of opening.matchAll(/\s(?=[Tt]he\s|\p{Lu})/gu)) starts.push((match.index ?? 0) + 1);
  const comma = opening.indexOf(', ');
  if (comma > 0) starts.push(comma + 2);
  for (const start of starts) {
    if (start < 0) continue;
    BODY_NAME_AT.lastIndex = start;
    const name = BODY_NAME_AT.exec(sentence)?.groups?.name;
    if (name && isOrganisationName(name)) return sentence.slice(start, start + (BODY_NAME_AT.lastIndex - start)).trim();
    const lower = lowerCaseBodyAt(sentence, start);
    if (lower) return lower;
  }
  return null;
}

/** "the council", "the state supreme court": "the", up to two modifiers and a body's head word (the longest that fits), then a verb or an aside. */
function lowerCaseBodyAt(sentence: string, start: number): string | null {
  LOWER_BODY_AT.lastIndex = start;
  const phrase = LOWER_BODY_AT.exec(sentence)?.[0] ?? '';
  const words = [...phrase.matchAll(/\p{L}[\p{L}-]*/gu)];
  for (let count = words.length; count > 1; count--) {
    const head = words[count - 1];
    if (!head || !ORGANISATION_HEADS.has(head[0])) continue;
    const end = start + (head.index ?? 0) + head[0].length;
    if (AFTER_SUBJECT.test(sentence.slice(end, end + 3))) return sentence.slice(start, end);
  }
  return null;
}

/** What follows a subject: its verb (lower case) or an aside ("the Security Council—with …—voted"). */
const AFTER_SUBJECT = /^(?:\s*[—–,(]|\s+\p{Ll})/u;
