/** Who a sentence mentions besides its speakers: the people "he" and "she" may mean next. */
import { DESCRIBED_SUBJECT, FULL_NAME_SUBJECT } from '../lang/en/attributionPatterns.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { genderOfWord } from '../lang/en/peopleWords.ts';
import { CLAUSE_SUBJECT_NAME } from '../lang/en/directQuotes.ts';
import { splitTitle } from '../lang/en/names.ts';
import { genderOf, trimRun, type ArticlePeople, type ArticlePerson } from './people.ts';
import { tokenAt } from './posSubject.ts';
import { nextClauseStart } from './quoteText.ts';
import type { SentenceSpan, TaggedTokens } from './sentences.ts';

/** The word before a name, without its full stop ("Mrs. " → "Mrs"). */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/** Someone the article mentions but does not name (or names only here): no entry among its people, never a speaker. */
export function unnamedPerson(name: string): ArticlePerson {
  return { kind: 'person', name, titles: new Set(), surfaceForms: new Set() };
}

/** How many people sharing a surname a mention's honorific is checked against (8,000 Smiths stay cheap). */
const GENDER_CHECKED = 16;

/**
 * The people a surname at this offset of the article's text may be: all with that surname, but
 * "Mrs. Borden" is never the Mr. Borden of the article (the honorific before it says which gender),
 * so "he" after it does not find him.
 */
export function withSurnameAt(people: ArticlePeople, text: string, at: number, word: string): readonly ArticlePerson[] {
  const all = people.withSurname(word);
  const honorific = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
  const wanted = genderOfWord(honorific);
  if (!wanted) return all;
  return all.slice(0, GENDER_CHECKED).filter((person) => (genderOf(person) ?? wanted) === wanted);
}

/** The people noted only as mentions, by article and name: one object each, so "named since" never counts a person twice. */
const mentionsOnly = new WeakMap<ArticlePeople, Map<string, ArticlePerson>>();

function mentionedOnly(people: ArticlePeople, name: string): ArticlePerson {
  let byName = mentionsOnly.get(people);
  if (!byName) mentionsOnly.set(people, (byName = new Map<string, ArticlePerson>()));
  let person = byName.get(name);
  if (!person) byName.set(name, (person = unnamedPerson(name)));
  return person;
}

/**
 * "Last night the Mayor visited Mr. Buckley. Apparently he believes …": a person described by role as a
 * sentence's subject is who "he" may mean next, so the one person named beside them is no longer a sure
 * "he". The person the article gave that role, else someone the article's people do not hold. (A full name so
 * noted may still be the one person a later "he" can mean, and speak.)
 */
export function describedSubject(sentence: string, people: ArticlePeople): ArticlePerson[] {
  const named = FULL_NAME_SUBJECT.exec(sentence)?.groups?.name;
  // "Charles Thiot, a splendid Georgia soldier, differed … Near the end of his service he wrote": a full name
  // opening the sentence is a person the article names once; "he" may be them, whoever spoke before.
  if (named && isGivenName(named.split(/\s+/)[0] ?? '') && !people.findByName(named)) return [mentionedOnly(people, named)];
  const phrase = DESCRIBED_SUBJECT.exec(sentence)?.[0];
  if (!phrase) return [];
  const described = phrase.replace(/^.*?\bthe\s/isu, 'the ');
  return [people.findByDescription(described) ?? mentionedOnly(people, described)];
}

/**
 * Known people standing as subjects in a sentence: a name opening a clause and followed by a comma or a
 * lower-case word (a verb); never "of Mr. Houtz" or "the Navy's Polaris missile", nor a name after a
 * preposition opening the clause ("Like Burnet, he deplores …": wink-nlp tags "Like" ADP). Only names the
 * article already knows: nothing is created here.
 */
export function subjectsOf(masked: string, sentence: SentenceSpan, people: ArticlePeople, tokens: (() => TaggedTokens) | null): ArticlePerson[] {
  const found: ArticlePerson[] = [];
  // Only clause openings are tried (the sentence's start and each comma, semicolon, colon or dash),
  // with a sticky pattern: a regex over every capitalised word of every sentence costs too much.
  for (let at = sentence.start; at >= 0 && at < sentence.end;) {
    while (at < sentence.end && /\s/.test(masked[at] ?? '')) at++;
    CLAUSE_SUBJECT_NAME.lastIndex = at;
    const subject = CLAUSE_SUBJECT_NAME.exec(masked);
    const run = subject?.groups?.name;
    // Most capitalised words are no known surname: look only those up that are.
    if (run && at + subject[0].length <= sentence.end && people.hasSurname(run.slice(run.lastIndexOf(' ') + 1)) && !opensWithPreposition(tokens, at)) {
      const { title, name } = splitTitle(trimRun(run));
      const person = name ? people.lookupName(name, title) : undefined;
      if (person && person !== 'ambiguous' && person.kind === 'person' && !found.includes(person)) found.push(person);
    }
    const next = nextClauseStart(masked, at, sentence.end);
    if (next < 0) break;
    at = next;
  }
  return found;
}

function opensWithPreposition(tokens: (() => TaggedTokens) | null, at: number): boolean {
  const tagged = tokens?.();
  return tagged ? tagged.pos[tokenAt(tagged, at)] === 'ADP' : false;
}
