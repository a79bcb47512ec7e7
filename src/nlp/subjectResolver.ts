import {
  BODY_AT_END,
  BODY_HEAD,
  CAPITAL_THE,
  DESCRIPTION_AT_END,
  DETERMINED_GROUP_AT_END,
  GROUP_AT_END,
  GROUP_PHRASE,
  IT_AT_END,
  LEADING_NAME,
  LOWER_CASE_BODY,
  NAME_AFTER_VERB,
  NAME_AT_END,
  POSSESSIVE_DESCRIPTION,
  PRONOUN_AT_END,
  STARTS_WITH_DETERMINER,
  STARTS_WITH_LOWER_THE,
  STARTS_WITH_THE,
  THE_AND_HEAD,
  THE_AND_ONE_WORD,
  INDEFINITE_DESCRIPTION,
  NEGATIVE_SUBJECT,
} from '../lang/en/attributionPatterns.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { isPlaceWord, LEADING_THE, splitTitle } from '../lang/en/names.ts';
import { COMPANY_SUFFIXES, isOrganisationName, ORGANISATION_HEADS, STREET_WORDS } from '../lang/en/organisations.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import { namesPeople } from '../lang/en/wordnet.ts';
import { INSTITUTION_WORDS, PRONOUN_GENDER, PRONOUNS, TITLE_WORDS } from '../lang/en/peopleWords.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import { BodyReference } from './bodyReference.ts';
import { pronounSubject } from './sentencePronoun.ts';
import { describedSpeaker } from './describedSpeaker.ts';
import { indefiniteKind } from './indefiniteKind.ts';
import { unnamedOccurrence } from './unnamedOccurrence.ts';
import { unnamedPerson } from './mentions.ts';
import { type ArticlePeople, type ArticlePerson, genderOf, trimRun } from './people.ts';
import { nameSubject } from './nameSubject.ts';
import { namesNoPeople } from './posSubject.ts';
import { nameParts } from './personName.ts';

/** Capitalised single words that are bodies, not people, when they "say" something. */
const INSTITUTIONS: ReadonlySet<string> = new Set(INSTITUTION_WORDS);

/** Function words ending a capitalised run: "Thompson himself", "Palmer of" (never a role: "One Republican senator"). */
const TRAILING_FUNCTION_WORDS = /(?:\s+(?:himself|herself|themselves|itself|of|and|or|the|a|an|to|in|at|on|for|with))+$/u;

/**
 * A capitalised run that cannot name a speaker: a street ("Aiken Street"), a company-form suffix alone
 * ("Inc"), or one function word capitalised at a sentence's start ("Some predict", "Nobody's mentioned it").
 */
function namesNoSpeaker(run: string): boolean {
  const words = run.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (words.length >= 2 && STREET_WORDS.has(last)) return true;
  // Capitalised, not upper case: "US" is a country, "Some" a determiner.
  return words.length === 1 && (COMPANY_SUFFIXES.has(last) || (/^\p{Lu}\p{Ll}+['’]?$/u.test(words[0] ?? '') && STOP_WORDS.has(last)));
}

/**
 * "Rep. James Cotten of Weatherford", "Malcolm MacDonald of Britain": a person with the place they come
 * from; the name is what stands before "of". A body keeps its "of" ("University of Georgia", "Secretary of State").
 */
function withoutHometown(run: string): string {
  const at = HOMETOWN.exec(run)?.index;
  if (at === undefined) return run;
  const before = run.slice(0, at);
  const { title, name } = splitTitle(before);
  const person = !isOrganisationName(before) && (name.split(/\s+/).length >= 2 || (title !== '' && name !== ''));
  return person ? before : run;
}

/** " of Weatherford", " of New York" closing a capitalised run. */
const HOMETOWN = /\s+of(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)+$/u;

/** How many paragraphs back a pronoun may find its person. */
const PRONOUN_REACH = 1;

/** How many recent speakers a pronoun may resolve to. */
const RECENT_SPEAKERS = 32;

/**
 * Turns the subject of a speech verb ("he", "the top French diplomat", "French Foreign Minister Paul
 * Morel", "the Guardian") into a speaker of the article, remembering who spoke last for "he said".
 */
export class SubjectResolver {
  /** People who spoke, most recent last: "he" and "she" resolve to the latest one of a fitting gender. */
  private readonly recentSpeakers: ArticlePerson[] = [];

  private get lastSpeaker(): ArticlePerson | null {
    return this.recentSpeakers[this.recentSpeakers.length - 1] ?? null;
  }

  /** The paragraph each recent speaker was last named or quoted in. */
  private readonly notedIn = new Map<ArticlePerson, number>();
  private paragraph = 0;

  /** Called for each block: "he" reaches back only PRONOUN_REACH paragraphs. */
  nextParagraph(): void {
    this.paragraph++;
    this.bodies.nextParagraph();
  }

  /** The body "it" stands for: "The Tax Court rejected this view. It said …". */
  private readonly bodies = new BodyReference();

  /** Called for each sentence, quotes masked, before its speech verbs are read. */
  nextSentence(masked: string): void {
    this.bodies.nextSentence(masked);
  }

  /** "It said …": the body opening the sentence before (never a person); null when there is none. */
  private itsBody(phrase: string): SubjectMatch | null {
    const body = this.bodies.referent();
    const resolved = body ? this.resolveSubject(body, 'before') : null;
    return resolved?.speaker?.kind === 'organization' ? { ...resolved, method: 'pronoun', phrase } : null;
  }

  /** When each person was last named anywhere in a sentence, and last noted as a subject or speaker (one clock). */
  private clock = 0;
  private readonly lastMention = new Map<ArticlePerson, number>();
  private readonly lastNoted = new Map<ArticlePerson, number>();
  private readonly recentMentions: ArticlePerson[] = [];

  /** A person named in a sentence but not its subject ("…, the elder man told Rickards"): "he" may be them too. */
  noteMention(person: ArticlePerson): void {
    this.lastMention.set(person, ++this.clock);
    this.mentionedIn.set(person, this.paragraph);
    const index = this.recentMentions.indexOf(person);
    if (index >= 0) this.recentMentions.splice(index, 1);
    this.recentMentions.push(person);
    if (this.recentMentions.length > RECENT_SPEAKERS) this.recentMentions.shift();
  }

  noteSpeaker(person: ArticlePerson): void {
    this.lastNoted.set(person, ++this.clock);
    this.notedIn.set(person, this.paragraph);
    const index = this.recentSpeakers.indexOf(person);
    if (index >= 0) this.recentSpeakers.splice(index, 1);
    this.recentSpeakers.push(person);
    // Pronouns reach back a few speakers at most; a bounded list keeps articles with thousands of speakers linear.
    if (this.recentSpeakers.length > RECENT_SPEAKERS) this.recentSpeakers.shift();
  }

  /** Bodies that spoke lately, with the paragraph they spoke in: "the court" after two courts were named. */
  private readonly recentBodies: Array<{ body: ArticlePerson; paragraph: number }> = [];

  noteBody(body: ArticlePerson): void {
    const index = this.recentBodies.findIndex((entry) => entry.body === body);
    if (index >= 0) this.recentBodies.splice(index, 1);
    this.recentBodies.push({ body, paragraph: this.paragraph });
    if (this.recentBodies.length > RECENT_SPEAKERS) this.recentBodies.shift();
  }

  private recentBodyWithHead(head: string): ArticlePerson | undefined {
    const wanted = head.toLowerCase();
    for (let index = this.recentBodies.length - 1; index >= 0; index--) {
      const entry = this.recentBodies[index];
      if (!entry || this.paragraph - entry.paragraph > PRONOUN_REACH) break;
      if ((entry.body.name.split(/\s+/).pop() ?? '').toLowerCase() === wanted) return entry.body;
    }
    return undefined;
  }

  /** Genders learnt from pronouns already resolved in this article ("he said" → Wagner is a he). */
  private readonly pronounGender = new Map<ArticlePerson, 'male' | 'female'>();

  /** "she" never resolves to a man nor "he" to a woman; unknown genders fit both, known ones first. */
  private speakerForPronoun(wanted: 'male' | 'female', learn = true): ArticlePerson | null {
    let chosen: ArticlePerson | null = null;
    let fallback: ArticlePerson | null = null;
    for (let index = this.recentSpeakers.length - 1; index >= 0 && !chosen; index--) {
      const person = this.recentSpeakers[index];
      if (!person) continue;
      // News names its speaker again within a paragraph or two; a "he" further on is someone not named lately.
      if (this.paragraph - (this.notedIn.get(person) ?? -Infinity) > PRONOUN_REACH) break;
      const gender = genderOf(person) ?? this.pronounGender.get(person) ?? null;
      if (gender === wanted) chosen = person;
      else if (gender === null && wanted === 'male')
        chosen = person; // news "he" mostly follows the last speaker
      else if (gender === null) fallback ??= person;
    }
    chosen ??= fallback ?? this.soleMention(wanted);
    // Another person of a fitting gender named since: "he" could be either, and a guess is worse than nothing.
    if (chosen && (this.namedSince(chosen, wanted) || (this.unknownSubjectAt.get(wanted) ?? 0) > (this.lastNoted.get(chosen) ?? 0))) return null;
    if (chosen && genderOf(chosen) === null && learn) this.pronounGender.set(chosen, wanted);
    return chosen;
  }

  /** "Curt was too involved …": someone the article does not know is the subject, whom "he" may mean (by gender, when). */
  private readonly unknownSubjectAt = new Map<'male' | 'female', number>();
  noteUnknownSubject(gender: 'male' | 'female' | null): void {
    this.clock++;
    for (const wanted of ['male', 'female'] as const) if (gender === null || gender === wanted) this.unknownSubjectAt.set(wanted, this.clock);
  }

  /** "He tried again …": the subject's person, noted only when their gender is known to fit ("She pushed wartorn nations …"). */
  notePronounSubject(pronoun: string): void {
    const wanted = PRONOUN_GENDER.get(pronoun.toLowerCase());
    const person = wanted ? this.speakerForPronoun(wanted, false) : null;
    if (person && (genderOf(person) ?? this.pronounGender.get(person)) === wanted) this.noteSpeaker(person);
  }

  /**
   * No speaker or subject in reach: the one person of a fitting gender named in this paragraph ("… an
   * article … by Mr. Eric Johnston, entitled “…”. He says: “…”"), when nobody else who could be "he" was.
   */
  private soleMention(wanted: 'male' | 'female'): ArticlePerson | null {
    let sole: ArticlePerson | null = null;
    for (let index = this.recentMentions.length - 1; index >= 0; index--) {
      const other = this.recentMentions[index];
      if (!other || this.paragraph !== this.mentionedIn.get(other)) break;
      const gender = genderOf(other) ?? this.pronounGender.get(other) ?? null;
      if (other.kind !== 'person' || (gender !== null && gender !== wanted)) continue;
      if (sole) return null;
      sole = other;
    }
    // Only a surely named person: a given name or an initial first, or a surname alone after a title ("President Kennedy");
    // "Also Lucy", "Here Wright", "Between Strasbourg" are no names to guess with.
    const words = sole?.name.split(/\s+/) ?? [];
    const titled = [...(sole?.titles ?? [])].some((title) => title.split(/\s+/).some((word) => TITLE_WORDS.has(word.toLowerCase()) && !STOP_WORDS.has(word.toLowerCase())));
    if (sole && !(words.length > 1 ? isGivenName(words[0] ?? '') || /^\p{Lu}\.$/u.test(words[0] ?? '') : titled)) return null;
    // Counted as noted now, so that "named since" does not rule it out at once.
    if (sole) this.lastNoted.set(sole, this.lastMention.get(sole) ?? 0);
    return sole;
  }

  /** The paragraph each person was last named in. */
  private readonly mentionedIn = new Map<ArticlePerson, number>();

  private namedSince(chosen: ArticlePerson, wanted: 'male' | 'female'): boolean {
    const since = this.lastNoted.get(chosen) ?? 0;
    for (let index = this.recentMentions.length - 1; index >= 0; index--) {
      const other = this.recentMentions[index];
      if (!other || (this.lastMention.get(other) ?? 0) <= since) break;
      if (other === chosen || other.kind !== 'person') continue;
      const gender = genderOf(other) ?? this.pronounGender.get(other) ?? null;
      if (gender === null || gender === wanted) return true;
    }
    return false;
  }

  constructor(private readonly people: ArticlePeople) {}

  /**
   * A new story in the same file (a news roundup's "—Consumer spending edged down …"): "he" and
   * "she" never reach back into the story before.
   */
  startStory(): void {
    this.recentSpeakers.length = 0;
    this.recentMentions.length = 0;
    this.recentBodies.length = 0;
  }

  /**
   * The speaker named after a verb: "says John Staiger, vice president", "according to Leavitt",
   * "according to decorator consultant, Leland Alden". A title or description before the name is skipped.
   */
  subjectAfter(after: string, allowDescription: boolean): SubjectMatch | null {
    const clause = NAME_AFTER_VERB.exec(after);
    let phrase = (clause?.groups?.clause ?? '').trim();
    // "decorator consultant, Leland Alden": a lower-case description, then the name after the comma.
    if (allowDescription && /^\p{Ll}/u.test(phrase) && !STARTS_WITH_LOWER_THE.test(phrase) && clause?.groups?.next && /^\p{Lu}/u.test(clause.groups.next.trim()))
      phrase = clause.groups.next.trim();
    // "according to the board of health": a body named in lower case.
    if (LOWER_CASE_BODY.test(phrase)) return this.lowerCaseBody(phrase);
    // "Standard & Poor's": a firm's name runs over its ampersand.
    const name = LEADING_NAME.exec(phrase)?.[0]?.trim();
    // "according to Western estimates": one capitalised word before a lower-case noun modifies it (not "Christ's invitation").
    if (!name || (allowDescription && /^\p{Lu}[^\s'’&]*\s+\p{Ll}/u.test(phrase) && !isOrganisationName(name))) return null;
    const resolved = this.resolveSubject(name, 'after');
    return resolved?.speaker ? resolved : null;
  }

  subjectAtEnd(text: string): SubjectMatch | null {
    const pronoun = PRONOUN_AT_END.exec(text);
    if (pronoun?.groups?.pronoun) return pronounSubject(text, pronoun.groups.pronoun, this, this.people);
    if (IT_AT_END.test(text)) return this.itsBody('it');
    const description = DESCRIPTION_AT_END.exec(text);
    if (description?.groups?.description && !/\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(text.replace(/\s+$/, '').split(/\s+/).pop() ?? '')) {
      return this.resolveSubject(description.groups.description, 'before');
    }
    const name = NAME_AT_END.exec(text);
    if (name?.groups?.name) {
      // "Developments in Cuba and Laos suggested", "John Smith of Houston, Tex., said", "How Maxwell recounts": nameSubject.ts.
      const found = nameSubject(text, name.index, name.groups.name, name.groups.article ?? '');
      if (typeof found === 'string') return this.resolveSubject(found, 'before');
      return found && ('hometownBefore' in found ? this.subjectAtEnd(found.hometownBefore) : { speaker: null, method: 'none', phrase: name.groups.name });
    }
    const group = DETERMINED_GROUP_AT_END.exec(text) ?? GROUP_AT_END.exec(text);
    // "none of these papers says", "The actual power requirements indicated": a plural that names no people is no group.
    if (group?.groups?.group && !namesNoPeople(group.groups.group.split(/\s+/).pop() ?? '')) {
      const phrase = group.groups.group.replace(CAPITAL_THE, 'the');
      return { speaker: this.people.addOrganization(phrase), method: 'named', phrase };
    }
    // "The weather bureau has estimated", "the state supreme court ruled": a body named in lower case.
    const body = BODY_AT_END.exec(text)?.groups?.body;
    if (body && ORGANISATION_HEADS.has((BODY_HEAD.exec(body)?.[1] ?? '').toLowerCase())) {
      const phrase = body.replace(CAPITAL_THE, 'the');
      // "The magazine reported": a body of its own when the article named none with that head word (WordNet files a
      // magazine under things, not people); with one named it is that one, with two a guess.
      const resolved = THE_AND_ONE_WORD.test(phrase) ? this.resolveSubject(phrase, 'before') : null;
      if (resolved || (THE_AND_ONE_WORD.test(phrase) && this.people.organisationWithHead(phrase.slice(4)) !== undefined)) return resolved;
      return { speaker: this.people.addOrganization(phrase), method: 'named', phrase };
    }
    return null;
  }

  /** "the board of health", "the weather bureau": a body, when its head word is one ("board", "bureau"). */
  private lowerCaseBody(phrase: string): SubjectMatch | null {
    if (!ORGANISATION_HEADS.has((BODY_HEAD.exec(phrase)?.[1] ?? '').toLowerCase())) return null;
    const resolved = THE_AND_ONE_WORD.test(phrase) ? this.resolveSubject(phrase, 'before') : null;
    return resolved ?? { speaker: this.people.addOrganization(phrase), method: 'named', phrase };
  }

  /** A speaker described, not named ("the taxpayer testified", "a visitor said"): describedSpeaker.ts. */
  private described(phrase: string): SubjectMatch | null {
    const near = () =>
      [...this.recentSpeakers, ...this.recentMentions].some((p) => this.paragraph - Math.max(this.notedIn.get(p) ?? -2, this.mentionedIn.get(p) ?? -2) <= PRONOUN_REACH);
    const found = describedSpeaker(phrase, this.people, this.recentSpeakers.length > 0, near);
    // "One Republican senator told …. His reply, he said, …": "he" may be the one described, so not anybody named before.
    if (found && !/s$/.test(found.head)) this.noteMention(unnamedPerson(found.name));
    return found ? { speaker: found.speaker, method: 'named', phrase } : null;
  }

  /** Turns "he", "the top French diplomat", "French Foreign Minister Paul Morel" or "the Guardian" into a speaker. */
  resolveSubject(phrase: string, position: 'before' | 'after'): SubjectMatch | null {
    const cleaned = phrase.replace(/^[\s,]+|[\s,]+$/g, '');
    if (!cleaned || cleaned.split(/\s+/).length > 8) return null;
    const lower = cleaned.toLowerCase();
    // "“No”, I said": outside quotes, "I" is the writer.
    if (cleaned === 'I') return { speaker: this.people.writer(), method: 'named', phrase: cleaned };
    if (lower === 'it') return this.itsBody(cleaned);
    if (PRONOUNS.has(lower)) {
      const gender = PRONOUN_GENDER.get(lower);
      if (!gender) return null;
      const speaker = this.speakerForPronoun(gender);
      return speaker ? { speaker, method: 'pronoun', phrase: cleaned } : null;
    }
    if (NEGATIVE_SUBJECT.test(cleaned)) return null;
    // "One Republican senator", "a White House aide": someone unnamed, never the senator the article named.
    const indefinite = INDEFINITE_DESCRIPTION.test(cleaned) && /^\p{Ll}/u.test(cleaned.split(/\s+/).pop() ?? '') ? this.described(cleaned) : indefiniteKind(cleaned, this.people);
    if (indefinite) return unnamedOccurrence(this.people, indefinite, this.paragraph);
    // "The Service", "the court": a body named earlier in the article by a name ending in that word.
    const bodyHead = THE_AND_HEAD.exec(cleaned)?.groups?.head;
    if (bodyHead && ORGANISATION_HEADS.has(bodyHead.toLowerCase())) {
      const named = this.people.organisationWithHead(bodyHead);
      // With two courts named, "the court" is the one that spoke last, in this paragraph or the one before (an anaphor, no alias).
      const body = named === 'ambiguous' ? this.recentBodyWithHead(bodyHead) : named;
      if (body) return { speaker: body, method: named === 'ambiguous' ? 'pronoun' : 'title', phrase: cleaned };
      // Some other court was named: a new "the court" would be a guess.
      if (named === 'ambiguous') return null;
    }
    const startsWithDeterminer = STARTS_WITH_DETERMINER.test(cleaned) || POSSESSIVE_DESCRIPTION.test(cleaned);
    const lastWord = cleaned.split(/\s+/).pop() ?? '';
    if (startsWithDeterminer && /^\p{Ll}/u.test(lastWord)) {
      const person = this.people.findByDescription(cleaned, this.lastSpeaker);
      if (person) return { speaker: person, method: 'title', phrase: cleaned };
      return this.described(cleaned);
    }
    const withoutArticle = cleaned.replace(LEADING_THE, '');
    // "…, dealers report.", "Agriculture Department economists estimate": an unnamed group.
    if (GROUP_PHRASE.test(cleaned) && /^\p{Ll}/u.test(lastWord) && namesPeople(lastWord))
      return { speaker: this.people.addOrganization(cleaned), method: 'named', phrase: cleaned };
    if (!/^\p{Lu}/u.test(withoutArticle)) return this.described(cleaned);
    // "Thompson himself", "Palmer of": lower-case words after a name are no part of it.
    const run = withoutHometown(trimRun(withoutArticle).replace(TRAILING_FUNCTION_WORDS, ''));
    if (!run || namesNoSpeaker(run)) return null;
    const { title, name } = splitTitle(run);
    const found = this.people.lookupName(name || run, title);
    // A bare surname two people of the article share: guessing would put the quote under the wrong one.
    if (found === 'ambiguous') return null;
    const known = found;
    if (known) {
      // "says Jack Martin" after a bare "Martin": the fuller name is the person's name from now on.
      if (name && name.split(/\s+/).length > known.name.split(/\s+/).length) known.name = name;
      if (title) known.titles.add(title);
      // "Mary" for Mary Black is no alias: as a surname it would find her for anyone asking for a Mr. Mary.
      if (nameParts(run).surname === nameParts(known.name).surname) known.surfaceForms.add(run);
      return { speaker: known, method: 'named', phrase: cleaned };
    }
    const words = (name || run).split(/\s+/);
    if (STARTS_WITH_THE.test(cleaned) || !name) {
      // "the President": a title alone names the person the article gave that title, when there is one.
      const titled = this.people.findByDescription(cleaned, this.lastSpeaker);
      if (titled && !name) return { speaker: titled, method: 'title', phrase: cleaned };
      // "Capt", "Gov": one title word without "the" and without a name is nobody the article named.
      if (!name && !STARTS_WITH_THE.test(cleaned) && !/\s/.test(run) && !isPlaceWord(run)) return null;
      return { speaker: this.people.addOrganization(STARTS_WITH_THE.test(cleaned) ? `the ${run}` : run), method: 'named', phrase: cleaned };
    }
    // "the National Audubon Society", "Draper, Gaither & Anderson": bodies speak too, but are nobody's "he".
    if (isOrganisationName(run)) return { speaker: this.people.addOrganization(STARTS_WITH_THE.test(cleaned) ? `the ${run}` : run), method: 'named', phrase: cleaned };
    if (words.length >= 2 || title) return { speaker: this.people.addPerson(name, title, run), method: 'named', phrase: cleaned };
    // A single unknown capitalised word is a surname ("Hemphill said", "said Smith") unless it is a
    // place or an institution speaking for one ("Paris said", "Police said").
    return position === 'after' || !(isPlaceWord(run) || INSTITUTIONS.has(run.toLowerCase()))
      ? { speaker: this.people.addPerson(name, '', run), method: 'named', phrase: cleaned }
      : { speaker: this.people.addOrganization(run), method: 'named', phrase: cleaned };
  }
}
