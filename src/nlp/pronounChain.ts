import { CLAUSE_CONJUNCTION_THEN_CAPITAL, GIVEN_NAME_CLAUSE_SUBJECT, NAME_OPENS_SENTENCE, PRONOUN_OPENS_SENTENCE } from '../lang/en/directQuotes.ts';
import { genderOfFirstName, isGivenName } from '../lang/en/firstNames.ts';
import { splitTitle } from '../lang/en/names.ts';
import { describedPersonOpening } from './describedPersonSubject.ts';
import { frontedSubject } from './frontedSubject.ts';
import { isLoneUnknownSurname } from './loneSurnameSubject.ts';
import type { ArticlePeople, ArticlePerson } from './people.ts';
import { tokenAt } from './posSubject.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';
import type { SubjectResolver } from './subjectResolver.ts';

/** How much of a sentence's opening is read for its subject. */
const OPENING = 60;

/**
 * A sentence's named subjects (people the name scan knows, found at its clause openings) are who "he"
 * means next; with none, and no speech verb (those note their own subjects), whom else it is about.
 */
export function noteSubjects(
  named: readonly ArticlePerson[],
  noSpeechVerb: boolean,
  masked: string,
  sentence: SentenceSpan,
  people: ArticlePeople,
  subjects: SubjectResolver,
  tokens: (() => TaggedTokens) | null = null,
): void {
  for (const person of named) subjects.noteSpeaker(person);
  // "Two years ago Thompson offered …": a subject behind a fronted phrase of time.
  const fronted = named.length === 0 ? frontedSubject(masked, sentence, people, tokens) : null;
  if (fronted) subjects.noteSpeaker(fronted);
  else if (named.length === 0 && noSpeechVerb) noteSentenceSubject(masked, sentence, people, subjects, tokens);
  // "Parker, who agreed with much of this criticism, did not …": a speech verb in a relative clause leaves the subject unknown too.
  else if (named.length === 0) noteLoneSurnameOpening(masked, sentence, people, subjects, tokens);
}

/** A sentence opening with a surname alone the article does not know ("Parker, who …"): "he" next may be them (loneSurnameSubject.ts). */
function noteLoneSurnameOpening(masked: string, sentence: SentenceSpan, people: ArticlePeople, subjects: SubjectResolver, tokens: (() => TaggedTokens) | null): boolean {
  const opening = masked.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING));
  const found = NAME_OPENS_SENTENCE.exec(opening);
  const { title, name } = splitTitle(found?.groups?.name ?? '');
  if (!found || !isLoneUnknownSurname(name, title, people)) return false;
  // "Skipping was the alternative", "Alas, …": wink-nlp tags a name PROPN.
  const tagged = tokens?.();
  if (!tagged || tagged.pos[tokenAt(tagged, sentence.start + opening.indexOf(name, found.index))] !== 'PROPN') return false;
  subjects.noteUnknownSubject(isGivenName(name) ? genderOfFirstName(name) : null);
  return true;
}

/**
 * Who a sentence is about, for the "he" that follows, when the name scan found no subject in it (it
 * knows surnames) and it has no speech verb (those note their own subjects). A story keeps talking
 * about its person with "he", and a reader keeps that person in mind:
 * - "Arnold whipped into his second shot. … He tried again and once more sliced out of bounds. He hooked
 *   the next two …" then "“It is possible that I over-corrected”, he said": a sentence whose subject is
 *   "he" or "she" keeps the person the pronoun resolves to current, when that person's gender is known to
 *   fit (with a speech verb's reach and named-since checks: an unsure "he" notes nobody); so does a
 *   person the article knows by a given name ("Arnold whipped …").
 * - "Curt was too involved …. He had to make Jess talk": a subject with a given name alone that the
 *   article does not know (or that two of its people have) is someone "he" may mean, so "he" no longer
 *   reaches past them to Jess.
 */
function noteSentenceSubject(masked: string, sentence: SentenceSpan, people: ArticlePeople, subjects: SubjectResolver, tokens: (() => TaggedTokens) | null): void {
  const opening = masked.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING));
  const pronoun = PRONOUN_OPENS_SENTENCE.exec(opening)?.groups?.pronoun;
  if (pronoun) return subjects.notePronounSubject(pronoun);
  // "A reporter who consulted …": someone the article does not know (an indefinite description is never its titled people).
  const described = describedPersonOpening(opening);
  if (described) return subjects.noteUnknownSubject(described.gender);
  if (noteLoneSurnameOpening(masked, sentence, people, subjects, tokens)) return;
  const run = NAME_OPENS_SENTENCE.exec(opening)?.groups?.name;
  // "Lucius Beebe's book tells …": a possessive is no subject. "President Kennedy said …": the name after the title.
  const { title, name } = splitTitle(run && !/['’]s?$/u.test(run) ? run : '');
  const given = name.split(/\s+/)[0] ?? '';
  if (!isGivenName(given)) return;
  const person = people.lookupName(name, title);
  // A full name the article does not know is a mention of its own ("Charles Thiot, a splendid Georgia soldier, …": mentions.ts).
  if (person === undefined && /\s/.test(name)) return;
  if (person === undefined || person === 'ambiguous') subjects.noteUnknownSubject(person === 'ambiguous' ? null : genderOfFirstName(given));
  else if (person.kind === 'person') subjects.noteSpeaker(person);
}

/**
 * "Mr. Podger was just adding this … when the screen door opened and Pam burst out. “Dad”!! She said": a given
 * name alone the article does not know, subject of a clause inside the sentence, is someone "she" may mean, so
 * "she" no longer reaches past her to an earlier person (as at a sentence's opening: noteSentenceSubject). Noted
 * after the sentence's known subjects, so that it is the latest.
 */
export function noteUnknownClauseSubjects(masked: string, sentence: SentenceSpan, people: ArticlePeople, subjects: SubjectResolver): void {
  const text = masked.slice(sentence.start, sentence.end);
  if (!CLAUSE_CONJUNCTION_THEN_CAPITAL.test(text)) return;
  for (const match of text.matchAll(GIVEN_NAME_CLAUSE_SUBJECT)) {
    const name = match.groups?.name ?? '';
    if (!isGivenName(name)) continue;
    const person = people.lookupName(name);
    if (person === undefined || person === 'ambiguous') subjects.noteUnknownSubject(person === 'ambiguous' ? null : genderOfFirstName(name));
  }
}
