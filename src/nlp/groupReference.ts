import { PLURAL_GROUP_WORD } from '../lang/en/attributionPatterns.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import type { ArticlePerson } from './people.ts';
import { isPluralPerson } from './pluralPeople.ts';

/**
 * Who "they" is before a speech verb: "A frequent pitfall …, experts warn, is …. In that event, they note, …".
 * The group that spoke in the sentence before (bodies are noted once a sentence is read, so never one of this
 * sentence), when it was the last body to speak and its name
 * ends in a plural of people ("experts", "Fiat officials"); further back, or after a body of another kind,
 * "they" could be anyone plural the text named, and stays unattributed.
 */
export class GroupReference {
  private sentence = 0;
  private last: { body: ArticlePerson; sentence: number } | null = null;

  nextSentence(): void {
    this.sentence++;
  }

  /** A body that spoke in the current sentence. */
  noteBody(body: ArticlePerson): void {
    this.last = { body, sentence: this.sentence };
  }

  startStory(): void {
    this.last = null;
  }

  referent(phrase: string): SubjectMatch | null {
    const last = this.last;
    const head = last?.body.name.split(/\s+/).pop() ?? '';
    const group = last && this.sentence - last.sentence <= 1 && (PLURAL_GROUP_WORD.test(head) || isPluralPerson(head));
    return group ? { speaker: last.body, method: 'pronoun', phrase } : null;
  }
}
