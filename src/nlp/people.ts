import { genderOfFirstName, isGivenName } from '../lang/en/firstNames.ts';
import { ARTICLE_BEFORE, genderOfWords, MARRIED_WOMAN_HONORIFICS } from '../lang/en/peopleWords.ts';
import { initialsOf, nameKey } from '../domain/nameKey.ts';
import {
  CAPITALISED_NAME_RUN,
  descriptionKeys,
  placeOfKey,
  roleHeadKeys,
  isPlaceWord,
  LEADING_THE,
  POSSESSIVE_SUFFIX,
  splitTitle,
  THE_IN_KEY,
  TITLE_QUALIFIER_AT_END,
} from '../lang/en/names.ts';
import { isOrganisationName } from '../lang/en/organisations.ts';
import { INDEFINITE_DESCRIPTION, INDEFINITE_DESCRIPTOR, introducesPerson } from '../lang/en/attributionPatterns.ts';
import { soleBareNamed } from './bareSurname.ts';
import { givenNameRecurs } from './givenNameRecurs.ts';
import { givenAndMarriedInOneParagraph } from './twoWomen.ts';
import { opensSentenceOnly, splitAtPossessive, splitAtSentenceEnd } from './nameRuns.ts';
import { nameParts, namesCompatible, partsWithTitles, withTitleGender } from './personName.ts';
import { boundedMemo } from '../domain/boundedMemo.ts';

const PLAIN_WORD = /^[a-z]+$/;
const WORD_IN_RUN = /\S+/g;
const ASCII_WORD = /^[A-Za-z]+$/;

/** A capitalised run of a text and where it starts. */
export interface CapitalisedWord {
  at: number;
  word: string;
}

/** A person (or organisation) as an article refers to them. */
export interface ArticlePerson {
  kind: 'person' | 'organization';
  /** The fullest form of the name seen in the article ("Paul Morel", "the Guardian"). */
  name: string;
  /** Titles seen before the name ("French Foreign Minister"). */
  titles: Set<string>;
  /** Every surface form used for them, for aliases. */
  surfaceForms: Set<string>;
}

/** The people an article names, found before attribution so descriptions and surnames can be resolved. */
export class ArticlePeople {
  private readonly people: ArticlePerson[] = [];
  /** People by surname key, organisations by name: lookups stay constant-time with thousands of people. */
  private readonly bySurname = new Map<string, ArticlePerson[]>();
  private readonly organizations = new Map<string, ArticlePerson>();
  /** Each scanned text's capitalised runs with their offsets: who a sentence names, without reading it again. */
  private readonly capitalised = new Map<string, CapitalisedWord[]>();

  /** The capitalised words of a scanned text between two offsets that are some person's surname, in order. */
  surnamesIn(text: string, start: number, end: number): CapitalisedWord[] {
    const words = this.capitalised.get(text);
    const found: CapitalisedWord[] = [];
    if (!words || this.bySurname.size === 0) return found;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle]?.at ?? 0) < start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < words.length; index++) {
      const entry = words[index];
      if (!entry || entry.at >= end) break;
      if (!/\s/.test(entry.word)) {
        if (this.hasSurname(entry.word)) found.push(entry);
        continue;
      }
      // A run of several words ("Capt. Byron D. Rickards"): each word with its own offset.
      for (const word of entry.word.matchAll(WORD_IN_RUN)) if (this.hasSurname(word[0])) found.push({ at: entry.at + (word.index ?? 0), word: word[0] });
    }
    return found;
  }

  /** People by their first full given name: features call people by it ("Mary complained"). */
  private readonly byGiven = new Map<string, ArticlePerson[]>();

  /** Scans texts for "Title First Last" and "First Last" names whose surname recurs alone. */
  static scan(texts: string[]): ArticlePeople {
    const people = new ArticlePeople();
    const found: Array<{ run: string; text: string; at: number; first: boolean }> = [];
    const loneWords = new Map<string, number>();
    const countLone = (run: string) => {
      // Plain letters fold by lower-casing alone; nameKey's Unicode folding is for the rest.
      const key = ASCII_WORD.test(run) ? run.toLowerCase() : nameKey(run.replace(POSSESSIVE_SUFFIX, ''));
      loneWords.set(key, (loneWords.get(key) ?? 0) + 1);
    };
    for (const text of texts) {
      const words: CapitalisedWord[] = [];
      people.capitalised.set(text, words);
      for (const match of text.matchAll(CAPITALISED_NAME_RUN)) {
        const whole = match[0];
        const at = match.index ?? 0;
        words.push({ at, word: whole });
        // Most runs are one word ("The", "Smith"): they only count how often a surname stands alone.
        if (!/\s/.test(whole)) {
          const run = trimRun(whole);
          if (run) countLone(run);
          continue;
        }
        splitAtPossessive(whole)
          .flatMap(splitAtSentenceEnd)
          .forEach((part, index) => {
            const run = trimRun(part);
            if (!run) return;
            if (!/\s/.test(run)) countLone(run);
            else {
              // "Miss Baldrige", "President Kennedy": a surname after a title recurs as surely as one alone.
              if (nameParts(run).given.length === 0) countLone(run.slice(run.lastIndexOf(' ') + 1));
              found.push({ run, text, at, first: index === 0 });
            }
          });
      }
    }
    people.loneWords = loneWords;
    for (const text of texts) for (const [, word = '', next] of text.matchAll(INDEFINITE_DESCRIPTOR)) if (introducesPerson(next)) people.introducedKinds.add(word.toLowerCase());
    for (const { run, text, at, first } of found) {
      const { title, name, owner } = splitTitle(run);
      // "at the Masters Palmer and Player did": a run after an article names a thing, unless a title opens it ("the Rev. John Smith").
      const afterArticle = first && ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 6), at));
      if (afterArticle && !title && !owner && !isOrganisationName(run)) continue;
      const nameWords = name.split(/\s+/).filter(Boolean);
      if (nameWords.length === 0 || nameWords.length > 3) continue;
      // "the Internal Revenue Service": known as a body, so a later "the Service said" can name it.
      if (isOrganisationName(run)) {
        if (run.split(/\s+/).length >= 2) people.addOrganization(run);
        continue;
      }
      if (nameWords.some((word) => isPlaceWord(word)) && !(nameWords.length > 1 && isGivenName(nameWords[0] ?? '') && !isPlaceWord(nameWords[0] ?? ''))) continue;
      const surname = nameKey(nameWords[nameWords.length - 1] ?? '');
      // "American Negroes", "British Conservatives": a nationality alone is no title, and one word after it a group.
      const titled = (title !== '' && /\p{Lu}/u.test(title) && !(nameWords.length === 1 && title.split(/\s+/).every(isPlaceWord))) || (owner && nameWords.length > 1);
      const recurs = nameWords.length >= 2 && ((loneWords.get(surname) ?? 0) > 0 || givenNameRecurs(nameWords, (key) => loneWords.get(key) ?? 0));
      const qualifier = titled && first ? titleQualifier(text, at) : '';
      if (titled || recurs) people.addPerson(name, qualifier ? `${qualifier} ${title}` : title, run);
    }
    return people;
  }

  /** The article's byline, when it names one: who "I" is. */
  byline: string | null = null;
  private writerPerson: ArticlePerson | undefined;

  /**
   * Who "I" is outside quotes: the writer. The byline's person when the article names one ("By John
   * Smith"), else a speaker of the article called "the writer" (never merged with another article's).
   */
  writer(): ArticlePerson {
    if (this.writerPerson) return this.writerPerson;
    const byline = this.byline?.replace(/^by\s+/i, '').trim() ?? '';
    const named = BYLINE_NAME.test(byline) && !isOrganisationName(byline);
    this.writerPerson = named ? this.addPerson(byline, '', byline) : this.addOrganization(WRITER);
    return this.writerPerson;
  }

  all(): readonly ArticlePerson[] {
    return this.people;
  }

  addPerson(name: string, title: string, surfaceForm: string): ArticlePerson {
    const existing = this.lookupName(name, title);
    if (existing && existing !== 'ambiguous') {
      if (name.split(/\s+/).length > existing.name.split(/\s+/).length) existing.name = name;
      if (title) existing.titles.add(title);
      if (nameParts(surfaceForm).surname === nameParts(existing.name).surname) existing.surfaceForms.add(surfaceForm);
      return existing;
    }
    const person: ArticlePerson = { kind: 'person', name, titles: new Set(title ? [title] : []), surfaceForms: new Set([surfaceForm]) };
    this.people.push(person);
    const parts = nameParts(name);
    const bucket = this.bySurname.get(parts.surname);
    if (bucket) bucket.push(person);
    else this.bySurname.set(parts.surname, [person]);
    const given = parts.given.find((word) => word.length > 1);
    if (given) this.byGiven.set(given, [...(this.byGiven.get(given) ?? []), person]);
    return person;
  }

  addOrganization(name: string): ArticlePerson {
    const key = nameKey(name.replace(LEADING_THE, ''));
    const existing = this.organizations.get(key);
    if (existing) return existing;
    // "The Revenue Service said" after "the Internal Revenue Service": the body named in full before, if only one ends so;
    // "The NLRB said" after "a National Labor Relations Board election": the one whose capitals spell it.
    const acronym = name.replace(LEADING_THE, '').replace(/\./g, '');
    const fuller = ACRONYM.test(acronym) ? this.organisationInitials.get(acronym.toLowerCase()) : this.organisationEndings.get(key);
    if (fuller && fuller !== 'ambiguous') {
      fuller.surfaceForms.add(name);
      return fuller;
    }
    const organization: ArticlePerson = { kind: 'organization', name, titles: new Set(), surfaceForms: new Set([name]) };
    this.people.push(organization);
    this.organizations.set(key, organization);
    const initials = initialsOf(name);
    if (initials.length >= 2) {
      const known = this.organisationInitials.get(initials);
      this.organisationInitials.set(initials, known && known !== organization ? 'ambiguous' : organization);
    }
    // Its last two words and more, so that a shorter mention finds it (bounded by the name's length).
    const words = key.split(' ');
    for (let start = 1; start <= words.length - 2; start++) {
      const ending = words.slice(start).join(' ');
      const known = this.organisationEndings.get(ending);
      this.organisationEndings.set(ending, known && known !== organization ? 'ambiguous' : organization);
    }
    return organization;
  }

  /** Organisations by the endings of their names ("revenue service" → the Internal Revenue Service); two ending alike are ambiguous. */
  private readonly organisationEndings = new Map<string, ArticlePerson | 'ambiguous'>();
  /** Organisations by the initials of their capitalised words ("nlrb"), for a later acronym. */
  private readonly organisationInitials = new Map<string, ArticlePerson | 'ambiguous'>();

  /**
   * The organisation whose name ends in this word ("the Service" → "The Revenue Service"), when the
   * article names exactly one: with two courts, "the court" could be either ('ambiguous').
   */
  organisationWithHead(head: string): ArticlePerson | 'ambiguous' | undefined {
    const wanted = nameKey(head);
    const found = new Map<string, ArticlePerson>();
    for (const entry of this.organizations.values()) {
      const words = nameKey(entry.name).replace(THE_IN_KEY, '').split(' ');
      if (words.length >= 2 && words[words.length - 1] === wanted) found.set(words.join(' '), entry);
    }
    return found.size === 1 ? [...found.values()][0] : found.size > 1 ? 'ambiguous' : undefined;
  }

  /** Whether some person of the article has this surname ("Morel", "Morel's"). */
  hasSurname(word: string): boolean {
    // Plain lower-case letters are their own key: no need to fold them.
    const lower = word.toLowerCase();
    if (PLAIN_WORD.test(lower)) return this.bySurname.has(lower);
    return this.bySurname.has(nameParts(word).surname);
  }

  /** Every person of the article with this surname ("Rickards" → Byron D. Rickards and Captain Rickards). */
  withSurname(word: string): readonly ArticlePerson[] {
    const lower = word.toLowerCase(); // a plain word is its own key, as in hasSurname
    return this.bySurname.get(PLAIN_WORD.test(lower) ? lower : nameParts(word).surname) ?? [];
  }

  /** "Morel", "Paul Morel" → the person; an unambiguous surname, or a compatible full name. */
  findByName(name: string, title = ''): ArticlePerson | undefined {
    const found = this.lookupName(name, title);
    return found === 'ambiguous' ? undefined : found;
  }

  /**
   * The person a name refers to, by surname and compatible given names (personName.ts). A bare
   * surname shared by two different people of the article is 'ambiguous': guessing would put a
   * quote under the wrong one.
   */
  lookupName(name: string, title = ''): ArticlePerson | 'ambiguous' | undefined {
    const wanted = withTitleGender(nameParts(name), title);
    if (!wanted.surname) return undefined;
    const married = marriedHonorific(`${title} ${name}`);
    const candidates = (this.bySurname.get(wanted.surname) ?? []).filter(
      (person) => namesCompatible(wanted.gender ? partsWithTitles(person.name, person.titles) : nameParts(person.name), wanted) && !(married && this.calledByGivenName(person)),
    );
    if (candidates.length === 0 && wanted.given.length === 0 && !title) {
      // A lone word no one has as surname but someone has as first name: that person, if only one has it.
      const byGiven = this.byGiven.get(wanted.surname) ?? [];
      return byGiven.length === 1 ? byGiven[0] : byGiven.length > 1 ? 'ambiguous' : undefined;
    }
    if (candidates.length <= 1) return candidates[0];
    // A full name picks the person with the same given name; a bare surname among several is ambiguous.
    const exact = candidates.filter((person) => nameParts(person.name).given[0] === wanted.given[0] && wanted.given.length > 0);
    if (exact.length >= 1) return exact[0];
    const distinct = candidates.filter((person) => nameParts(person.name).given.length > 0);
    if (distinct.length >= 2 && title) {
      // "President Kennedy" among several Kennedys: the one introduced with that title, if only one was.
      const keys = [...descriptionKeys(title)];
      const titled = distinct.filter((person) => [...person.titles].some((own) => keys.some((key) => descriptionKeys(own).has(key))));
      if (titled.length === 1) return titled[0];
    }
    // "Hengesbach said:" when the other Hengesbach is "Mrs." at every mention: bareSurname.ts.
    if (distinct.length >= 2) return (wanted.given.length === 0 && !title ? soleBareNamed(distinct) : undefined) ?? 'ambiguous';
    // "Wright said" beside a "Mr. Wright" and a "Miriam Noel Wright": a bare surname is a man's in this writing (women are "Mrs. Wright").
    const sole = distinct.length === 1 ? distinct[0] : undefined;
    if (sole && genderOf(sole) === 'female' && candidates.some((other) => other !== sole && genderOf(other) === 'male')) return 'ambiguous';
    return distinct[0] ?? candidates[0];
  }

  /** Capitalised descriptors an indefinite article introduced someone by ("an Australian friend" → "australian"). */
  private readonly introducedKinds = new Set<string>();

  /** How often each word stands alone as a capitalised run in the article (scan): a given name alone is how it calls someone. */
  private loneWords = new Map<string, number>();

  /** calledByGivenName's answers by "given surname": whether one paragraph names the woman by each. */
  private readonly twoWomen = new Map<string, boolean>();

  /** "Lizzie stated" beside "Mrs. Borden" in one paragraph: the text calls this person by a given name alone, as a daughter, and the "Mrs." is another woman. */
  private calledByGivenName(person: ArticlePerson): boolean {
    const { given, surname } = nameParts(person.name);
    const first = given.find((word) => word.length > 1);
    if (first === undefined || (this.loneWords.get(first) ?? 0) === 0) return false;
    // Once per given name and surname: a long article of "Mrs. Smith said" asks at every attribution.
    const key = `${first} ${surname}`;
    let twoWomen = this.twoWomen.get(key);
    if (twoWomen === undefined) this.twoWomen.set(key, (twoWomen = givenAndMarriedInOneParagraph(this.capitalised, first, surname)));
    return twoWomen;
  }

  /** "the top French diplomat", "France's foreign minister" → the person whose titles share the most role and country words. */
  findByDescription(description: string, preferred?: ArticlePerson | null): ArticlePerson | undefined {
    if (INDEFINITE_DESCRIPTION.test(description)) return undefined;
    // "the Australian Charles Bean" … "an Australian friend" … "The Australian asked": a description the text gave someone else too names neither.
    const words = description.toLowerCase().split(/\s+/).slice(1);
    if (words.length > 0 && words.every((word) => this.introducedKinds.has(word))) return undefined;
    const wanted = descriptionKeys(description);
    const wantedHead = roleHeadKeys(description);
    const places = [...wanted].filter((key) => placeOfKey(key));
    let best: ArticlePerson | undefined;
    let bestScore = 0;
    for (const person of this.people) {
      if (person.kind !== 'person') continue;
      const have = new Set<string>();
      for (const title of person.titles) for (const key of descriptionKeys(title)) have.add(key);
      // The role itself must fit ("the council" is not its "Council President"), and no country may differ
      // ("Canada's Minister of External Affairs" is not the Soviet Premier).
      if (![...person.titles].some((title) => [...roleHeadKeys(title)].some((key) => wantedHead.has(key)))) continue;
      if (places.some((place) => !have.has(place))) continue;
      let score = 0;
      for (const key of wanted) if (have.has(key)) score++;
      if (score > bestScore || (score === bestScore && score > 0 && person === preferred)) {
        best = person;
        bestScore = score;
      }
    }
    return best;
  }
}

/**
 * The lower-case and possessive words news puts before a capitalised title ("Peru’s acting
 * President Ana Ruiz"), which a capitalised run alone misses but descriptions use.
 */
function titleQualifier(text: string, runStart: number): string {
  const before = text.slice(Math.max(0, runStart - 60), runStart);
  const match = TITLE_QUALIFIER_AT_END.exec(before);
  if (!match?.groups?.words) return '';
  return `${match.groups.possessive ?? ''}${match.groups.words}`.trim();
}

/** What the first person outside quotes is called when no byline names the writer. */
export const WRITER = 'the writer';

/** A byline that is a person's name: two to four capitalised words ("John F. Smith"), not "Gazette Staff". */
const BYLINE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** An acronym without its full stops: "NLRB" or "N.L.R.B.". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Drops sentence-initial function words and possessive endings from a capitalised run (each run is trimmed when scanned and again as a subject). */
export const trimRun = boundedMemo(computeTrimRun, 4096);
function computeTrimRun(run: string): string {
  const words = run.split(/\s+/);
  // "Exclaimed Stram", "Asked Willie": an inverted speech verb opening a sentence is no part of the name.
  while (words.length > 0 && opensSentenceOnly(words)) words.shift();
  return words
    .join(' ')
    .replace(/[.’']+$/, '')
    .replace(POSSESSIVE_SUFFIX, '');
}

/** Whether a name or its title holds a married woman's honorific ("Mrs. Borden"). */
function marriedHonorific(phrase: string): boolean {
  return phrase.split(/\s+/).some((word) => MARRIED_WOMAN_HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')));
}

/** Whether a person's titles hold a married woman's honorific. */
export function hasMarriedHonorific(titles: Iterable<string>): boolean {
  for (const title of titles) if (marriedHonorific(title)) return true;
  return false;
}

/** What the text says of a person's gender: an honorific, a gendered title or a common first name. */
export function genderOf(person: ArticlePerson): 'male' | 'female' | null {
  const words = [...person.titles, ...person.surfaceForms].flatMap((text) => text.toLowerCase().replace(/\./g, '').split(/\s+/));
  const told = genderOfWords(words);
  if (told) return told;
  // The first given name that is a word, not an initial ("C. Virgil Martin" → Virgil); a name of one word may be one
  // ("Susan"), when the text never wrote more of it (not "Bea" of "Augustin Cardinal Bea").
  const parts = nameKey(person.name).split(' ');
  const alone = parts.length === 1 && person.titles.size === 0 && [...person.surfaceForms].every((form) => !/\s/.test(form.trim()));
  const given = (parts.length > 1 ? parts.slice(0, -1) : alone ? parts : []).find((word) => word.length > 1);
  return given ? genderOfFirstName(given) : null;
}
