import { CAPITAL_THE, DESCRIBED_SPEAKER, NOT_A_DESCRIBED_HEAD, STARTS_WITH_THE } from '../lang/en/attributionPatterns.ts';
import { PRONOUNS } from '../lang/en/peopleWords.ts';
import { isNounNotAdjective } from '../lang/en/wordClasses.ts';
import { namesPeople, nounKinds } from '../lang/en/wordnet.ts';
import type { ArticlePeople, ArticlePerson } from './people.ts';

/**
 * A speaker described, not named ("the taxpayer testified", "our staff man cabled", "a visitor said"),
 * that no person of the article fits: a speaker of its own, never anybody's "he" (it may be anyone).
 * `namedBefore`: the story has named somebody; `nearby`: somebody was named or spoke in this paragraph
 * or the one before. Returns the speaker, the phrase's head and the name it was given, or null.
 */
/** A relative clause and what follows it. */
const RELATIVE_CLAUSE = /\s+(?:who|whom|whose|which|that)\b.*$/su;

export function describedSpeaker(
  phrase: string,
  people: ArticlePeople,
  namedBefore: boolean,
  nearby: () => boolean,
): { speaker: ArticlePerson; head: string; name: string } | null {
  const head = DESCRIBED_SPEAKER.exec(phrase)?.groups?.head;
  if (!head || NOT_A_DESCRIBED_HEAD.has(head) || PRONOUNS.has(head) || !namesPeople(head)) return null;
  // "the elder man told Rickards" after the hijacker was named is most likely him: a definite description of one
  // person, once the story has named anybody, is left unattributed rather than made someone new, unless nouns alone
  // name a kind of person and nobody was named in reach ("said the gas station man").
  // ("The court ruled" names a body, not a person: the head's commonest sense says which.)
  if (STARTS_WITH_THE.test(phrase) && !/s$/.test(head) && nounKinds(head, 1)[0] === 'person' && namedBefore && (!namesAKind(phrase) || nearby())) return null;
  // "One manufacturer who held an allegedly basic patent": the relative clause describes; the name ends before it.
  const name = phrase
    .replace(RELATIVE_CLAUSE, '')
    .replace(CAPITAL_THE, 'the')
    .replace(/^Our\b/, 'our');
  return { speaker: people.addOrganization(name), head, name };
}

/**
 * Whether a definite description names a kind of person by nouns alone ("the gas station man", "the
 * food expert"): a noun compound picks out somebody by what they do, as a new character is introduced,
 * while an epithet with an adjective ("the handsome food expert", "the elder man") or a bare head ("the
 * girl") more often stands for someone already named. Only the words between "the" and the head count.
 */
export function namesAKind(phrase: string): boolean {
  const modifiers = phrase.split(/\s+/).slice(1, -1);
  return modifiers.length > 0 && modifiers.every((word) => /^\p{Ll}+$/u.test(word) && isNounNotAdjective(word));
}
