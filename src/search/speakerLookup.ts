import type { Speaker } from '../domain/types.ts';
import { initialsOf, nameKey } from '../domain/nameKey.ts';
import { isGivenName } from '../lang/en/firstNames.ts';
import { ARTICLE_WORDS, descriptionKeys, INDEFINITE_ARTICLES, isTitleKey, isTitleWord, opensWithIndefiniteArticle } from '../lang/en/names.ts';
import { sameGivenName } from '../lang/en/nicknames.ts';
import { NAME_SUFFIXES } from '../lang/en/personNames.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import { soundsAlike } from '../lang/en/soundsLike.ts';
import { isWordNetWord, namesPeople } from '../lang/en/wordnet.ts';
import { editDistance } from './vocabulary.ts';
import { genderClash } from './speakerGender.ts';

/**
 * Finds the speaker a user means: "Morel", "paul morel", "France's foreign minister" or a typo
 * ("Lavorv"). Returns candidates best first; an empty list means nobody is close.
 */
export function findSpeakers(speakers: readonly Speaker[], query: string): Speaker[] {
  return scoredSpeakers(speakers, query).map((entry) => entry.speaker);
}

/**
 * The speaker a query means, or the people it could equally mean: "Thompson" when the articles quote
 * G. David Thompson and Llewellyn E. Thompson is either, and showing one of them would put the other's
 * name on what the user asked for. Bodies and groups are chosen as before ("the council").
 */
export type SpeakerPick = { kind: 'one'; speaker: Speaker; others: Speaker[] } | { kind: 'several'; candidates: Speaker[] } | { kind: 'none' };

export function pickSpeaker(speakers: readonly Speaker[], query: string): SpeakerPick {
  const scored = scoredSpeakers(speakers, query);
  const [best, second] = scored;
  if (!best) return { kind: 'none' };
  // One word is a surname, however exactly one speaker's alias spells it: every person it names is a candidate.
  const oneWord = !nameKey(query).includes(' ');
  const tied = scored.filter((entry) => entry.speaker.kind === 'person' && (oneWord ? entry.score >= SURNAME_MATCH : entry.score === best.score));
  if (second && best.speaker.kind === 'person' && tied.length >= 2 && (oneWord || best.score < EXACT_NAME))
    return { kind: 'several', candidates: tied.map((entry) => entry.speaker) };
  // Namesakes never merged ("the writer" of two articles, "Udall" of two): no fuller name tells them
  // apart, so the user picks, told where each is quoted, rather than getting the busier one.
  // So are people introduced alike ("a boy", "a nineteen-year-old boy") that a query fits equally ("boy"): nothing
  // in the words the text gave them tells which one the user means.
  const alike = (speaker: Speaker) => nameKey(speaker.name) === nameKey(best.speaker.name) || (introducedSomeone(speaker) && introducedSomeone(best.speaker));
  const namesakes = scored.filter((entry) => entry.score === best.score && alike(entry.speaker));
  if (namesakes.length >= 2) return { kind: 'several', candidates: namesakes.map((entry) => entry.speaker) };
  return { kind: 'one', speaker: best.speaker, others: scored.slice(1, 4).map((entry) => entry.speaker) };
}

/** Someone an indefinite description introduced ("a girl", "One boy"): each such speaker is another person. */
function introducedSomeone(speaker: Speaker): boolean {
  return speaker.kind === 'organization' && opensWithIndefiniteArticle(speaker.name);
}

/** The score of a query that is one of the speaker's names: never ambiguous. */
const EXACT_NAME = 100;
/** The score of a query whose every word is a word of the name ("morel", "paul morel"). */
const SURNAME_MATCH = 80;
/** The most a person scores, matched only once the query's title is dropped, when another was matched with it. */
const TITLE_DROPPED = SURNAME_MATCH - 2;

function scoredSpeakers(speakers: readonly Speaker[], query: string): Array<{ speaker: Speaker; score: number }> {
  const wanted = nameKey(query);
  if (!wanted) return [];
  const wantedWords = wanted.split(' ');
  // "Mr. Buchheister", "Sen. Jones": an honorific or title the text never used with the name must not hide it.
  // "Mrs. William H. Long, Jr.": a generational suffix the text left out must not hide the name either.
  const titlesDropped = wantedWords.filter((word) => !isTitleWord(word) && !isTitleKey(word) && !NAME_SUFFIXES.has(word));
  // "partner Guerin", "coach Royal": a word for a person's role before the name, that is nobody's given name (WordNet
  // files it under persons; "Dean" is also a given name), is a title too. Only before it: "Kennedy Administration" is a body.
  let roleWords = 0;
  while (roleWords < titlesDropped.length - 1 && isRoleWord(titlesDropped[roleWords] ?? '')) roleWords++;
  // "a secretary": with the title gone, the article left is no name ("Mr. A" is not what was asked for).
  const nameOnly = titlesDropped.slice(roleWords).filter((word) => !ARTICLE_WORDS.has(word));
  // "the Hearst press": a title word after a name is the head of a noun phrase the name qualifies, no person's title.
  const lastWord = wantedWords[wantedWords.length - 1] ?? '';
  const titleAfterName = titlesDropped.length > 0 && !titlesDropped.includes(lastWord) && !NAME_SUFFIXES.has(lastWord);
  const scored: Array<{ speaker: Speaker; score: number }> = [];
  const titleDropped = new Set<Speaker>();
  // "JFK", "I.R.S.": the initials of a name's capitalised words ("John F. Kennedy", "Internal Revenue Service").
  const bareQuery = query.trim().replace(/^the\s+/i, '');
  const initialism = INITIALISM.test(bareQuery) ? bareQuery.replace(/[.\s]/g, '').toLowerCase() : null;
  for (const speaker of speakers) {
    let score = matchScore(speaker, wanted, wantedWords, query);
    // "AMA", "the A.M.A.": capitals are an abbreviation, never the start or a typo of a word ("Amateur linguists").
    if (initialism && score > 0 && score < SURNAME_MATCH) score = 0;
    // Only a person's name is asked for with a title the text never used: "Security Council" is not "the city council".
    if (score === 0 && speaker.kind === 'person' && nameOnly.length > 0 && nameOnly.length < wantedWords.length && !titleAfterName) {
      score = matchScore(speaker, nameOnly.join(' '), nameOnly, nameOnly.join(' ')) - 1;
      titleDropped.add(speaker);
    }
    // A body is far more often called by its initials than a person: "CAB" is the Civil Aeronautics Board before Charles A. Black.
    if (score === 0 && initialism && speakerInitials(speaker).includes(initialism)) score = speaker.kind === 'organization' ? 76 : 75;
    if (score > 0 && !genderClash(speaker, query)) scored.push({ speaker, score });
  }
  return givenNameFirst(titledFirst(scored, titleDropped), nameOnly).sort((a, b) => b.score - a.score || b.speaker.quoteCount - a.speaker.quoteCount);
}

/**
 * "Director Walker" is Gallery Director John Walker, whom the text gave that title, not Jack Walker found by his alias
 * "Walker" once the title is dropped: a person matched only without the query's title ranks below every person matched
 * with it, unless both bear one name (two "Udall"s no full name told apart may be one man).
 */
function titledFirst(scored: Array<{ speaker: Speaker; score: number }>, titleDropped: ReadonlySet<Speaker>): Array<{ speaker: Speaker; score: number }> {
  if (titleDropped.size === 0) return scored;
  const titled = scored.filter((entry) => entry.speaker.kind === 'person' && !titleDropped.has(entry.speaker) && entry.score >= SURNAME_MATCH);
  if (titled.length === 0) return scored;
  const titledNames = new Set(titled.map((entry) => nameKey(entry.speaker.name)));
  return scored.map((entry) =>
    titleDropped.has(entry.speaker) && !titledNames.has(nameKey(entry.speaker.name)) ? { speaker: entry.speaker, score: Math.min(entry.score, TITLE_DROPPED) } : entry,
  );
}

/**
 * "Lizzy Borden" is the Lizzie Borden of the text, not the "Mrs. Borden" it names by surname alone: a person the text
 * gave no given name is found by the surname only while no namesake's given name fits the one asked (then that one is).
 */
function givenNameFirst(scored: Array<{ speaker: Speaker; score: number }>, nameOnly: readonly string[]): Array<{ speaker: Speaker; score: number }> {
  if (nameOnly.length < 2) return scored;
  const surname = nameOnly[nameOnly.length - 1] ?? '';
  const personal = (speaker: Speaker) =>
    nameKey(speaker.name)
      .split(' ')
      .filter((word) => !isTitleKey(word));
  const bareOnly = (speaker: Speaker) => speaker.kind === 'person' && personal(speaker).join(' ') === surname;
  const namesake = scored.filter((entry) => !bareOnly(entry.speaker) && personal(entry.speaker).length > 1 && personal(entry.speaker).pop() === surname);
  if (namesake.length === 0) return scored;
  const best = Math.max(...namesake.map((entry) => entry.score));
  return scored.map((entry) => (bareOnly(entry.speaker) && entry.score >= best ? { speaker: entry.speaker, score: best - 1 } : entry));
}

function matchScore(speaker: Speaker, wanted: string, queryWords: string[], rawQuery: string): number {
  const aliases = [speaker.name, ...speaker.aliases].map(nameKey);
  const bare = (alias: string) => alias.replace(/^the /, '');
  if (aliases.includes(wanted) || aliases.map(bare).includes(bare(wanted))) return 100;
  const aliasWords = new Set(aliases.flatMap((alias) => alias.split(' ')));
  const nameWords = nameKey(speaker.name).replace(/^the /, '').split(' ');
  const organization = speaker.kind === 'organization';
  // "the council", "the White House": a body's name is asked for with or without its article; "a manufacturer" is
  // "One manufacturer", someone described the same way, never a body or group ("Student Council officers").
  // Only "a"/"an" in the query: "another girl" and "one girl" single out someone other than the "a girl" already quoted.
  const article = queryWords[0] === 'the' || (/^an?$/.test(queryWords[0] ?? '') && INDEFINITE_ARTICLES.has(nameWords[0] ?? ''));
  const wantedWords = organization && queryWords.length > 1 && article ? queryWords.slice(1) : queryWords;
  // Every word of the query is a word of the name ("morel", "paul morel").
  // One word asks for a person by surname: "Arnold" is not Arnold Palmer.
  const surnames = new Set(aliases.map((alias) => alias.split(' ').pop() ?? ''));
  const givenOnly = speaker.kind === 'person' && wantedWords.length === 1 && !surnames.has(wantedWords[0] ?? '');
  const head = nameWords[nameWords.length - 1] ?? '';
  // Part of a group of two ("farm equipment manufacturers" of "the farm equipment manufacturers and dealers") fits less
  // than a group of its own ("dealers" for "the dealers").
  const partOfPair = organization && nameWords.includes('and') && !wantedWords.includes('and');
  if (!givenOnly && wantedWords.every((word) => aliasWords.has(word))) return (partOfPair ? 60 : 80) + (wantedWords.includes(head) ? 5 : 0);
  if (speaker.kind === 'person') {
    const byName = personNameScore(nameWords, wantedWords);
    if (byName > 0) return byName;
  }
  // A body asked for by a fuller name than the text used ("Internal Revenue Service" for "the Revenue Service"). Not a
  // group by a fuller description ("university officials" for "officials"): one group's name merges many articles' groups.
  if (organization && nameWords.length >= 2 && nameWords.every((word) => wantedWords.includes(word))) return 70;
  // The start of a name, as typed before autocomplete finishes it ("lav", "serg lav").
  // A whole English word is no unfinished one for a group: "the author" is not "authorities".
  const prefixTargets = givenOnly ? [...surnames] : [...aliasWords];
  const unfinished = (word: string) => word.length >= 3 && !(organization && isWordNetWord(word));
  if (wantedWords.every((word) => unfinished(word) && prefixTargets.some((aliasWord) => aliasWord.startsWith(word)))) return 60;
  // A description matching the titles ("France's foreign minister").
  const wantedKeys = descriptionKeys(rawQuery);
  const titleKeys = new Set(speaker.titles.flatMap((title) => [...descriptionKeys(title)]));
  const shared = [...wantedKeys].filter((key) => titleKeys.has(key)).length;
  // Each word of the query counts once, however many role equivalents it has: "Premier Lumumba" shares one word
  // with "Premier Khrushchev", not three.
  const isShared = (word: string) => [...descriptionKeys(word)].some((key) => titleKeys.has(key));
  const wordsShared = wantedWords.filter(isShared).length;
  const words = wantedWords.filter((word) => descriptionKeys(word).size > 0).length;
  // A name typed in the query that this speaker's titles lack is someone else's: "Premier Lumumba".
  const otherName = rawQuery.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && !isTitleWord(word) && !isShared(word));
  if (shared >= 2 && shared >= wantedKeys.size - 1 && wordsShared >= 2 && wordsShared >= words - 1 && !otherName) return 50 + shared;
  // Typos: each query word close to a name word, within a budget that grows with its length (a short word
  // one letter off is another name: "Moss" is not "Miss", "France" not "Frank"), and a lone word only
  // against the surname, so a typo never lands on someone else's first name or title.
  const surname = nameWords[nameWords.length - 1] ?? '';
  const typoTargets = wantedWords.length === 1 ? [surname] : [...aliasWords];
  let typoDistance = 0;
  for (const word of wantedWords) {
    const budget = typoBudget(word);
    // Four letters: one letter left out or doubled ("pery" → Perry), never one changed ("Moss" is not "Miss").
    const targets = word.length === 4 ? typoTargets.filter((candidate) => candidate.length !== word.length) : typoTargets;
    // Two letters off keep the first one: "Hamilton" is not a typo of "Milton" (it holds a whole other name).
    const distance = (candidate: string) => {
      const found = editDistance(word, candidate, budget);
      return found >= 2 && candidate[0] !== word[0] ? budget + 1 : found;
    };
    const best = aliasWords.has(word) ? 0 : Math.min(budget + 1, ...targets.map(distance));
    if (best > budget) return 0;
    typoDistance += best;
  }
  if (typoDistance > 0 && typoDistance <= 2) return 30 - typoDistance * 5;
  return 0;
}

/**
 * A person asked for by a given name the text spells another way, or never gives:
 * - "James Kern" for the "Jim Kern" of the text, "Arnie Palmer" for Arnold Palmer: one name a
 *   nickname of the other (nicknames.ts), the surname the same;
 * - "Dwight Eisenhower" or "Letitia Baldridge" for a person the text names only by surname and
 *   title ("Eisenhower", "Miss Baldrige"): the surname decides, spelt right or a typo off, and the
 *   words before it must be given names or initials, so "Tank Eisenhower" is nobody;
 * - "Ed J. Leigh" for Ed J. Lee: the given names the text's own, the surname spelt as it sounds.
 * Scored under a name whose every word the text used (80), so a fully named namesake wins.
 */
function personNameScore(nameWords: string[], wantedWords: string[]): number {
  const personal = nameWords.filter((word) => !isTitleKey(word));
  const asked = wantedWords.filter((word) => !isTitleKey(word));
  const surname = personal[personal.length - 1];
  const askedSurname = asked[asked.length - 1];
  if (!surname || !askedSurname || asked.length < 2) return 0;
  const askedGiven = asked.slice(0, -1);
  const given = personal.slice(0, -1);
  if (given.length === 0) {
    if (!askedGiven.every((word) => word.length === 1 || isGivenName(word))) return 0;
    const distance = askedSurname === surname ? 0 : editDistance(askedSurname, surname, typoBudget(askedSurname));
    return distance === 0 ? 65 : distance <= typoBudget(askedSurname) ? 25 : 0;
  }
  const known = new Set(given);
  const nicknamed = askedGiven.filter((word) => !known.has(word));
  if (askedSurname === surname) {
    if (nicknamed.length > 0 && nicknamed.every((word) => word.length > 1 && given.some((name) => sameGivenName(word, name)))) return 75;
    // "Anthony Gregorio" for Antone F. Gregorio, "George Grey Hunter": a given name spelt as it sounds, its first letter
    // right, as sure as a one-letter typo (25).
    const spelt = (word: string) => word.length > 1 && given.some((name) => name[0] === word[0] && soundsAlike(word, name));
    return nicknamed.length > 0 && nicknamed.every(spelt) ? 25 : 0;
  }
  // "Ed J. Leigh" for Ed J. Lee: a surname spelt as it sounds, and every given name or initial the text's own. As sure
  // as a one-letter typo of the whole name (25): "Walter Clarke" is Walter E. Clark, not Kenneth Clark by the surname alone.
  const givenAgree = askedGiven.every((word) => given.some((name) => name === word || (word.length === 1 && name.startsWith(word)) || sameGivenName(word, name)));
  return givenAgree && soundsAlike(askedSurname, surname) ? 25 : 0;
}

/** A common noun for a person ("partner", "coach", "lawyer") that is no given name. */
function isRoleWord(word: string): boolean {
  return namesPeople(word) && !isGivenName(word);
}

/** Autocomplete: speakers whose name or alias has a word starting with each typed word, most quoted first. */
export function suggestSpeakers(speakers: readonly Speaker[], typed: string, limit: number): Speaker[] {
  const prefixWords = nameKey(typed).split(' ').filter(Boolean);
  const byCount = [...speakers].sort((a, b) => b.statementCount - a.statementCount || b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  if (prefixWords.length === 0) return byCount.slice(0, limit);
  const matching = byCount.filter((speaker) => {
    const words = [speaker.name, ...speaker.aliases].flatMap((alias) => nameKey(alias).split(' '));
    return prefixWords.every((prefix) => words.some((word) => word.startsWith(prefix)));
  });
  if (matching.length > 0) return matching.slice(0, limit);
  return findSpeakers(speakers, typed).slice(0, limit);
}

/** Edits a typed word may be off by: none under four letters, one up to seven, two from eight. */
function typoBudget(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/** A query of two to five capital letters, with or without full stops: "JFK", "I.R.S.". */
const INITIALISM = /^(?:\p{Lu}\.?){2,5}$/u;

/**
 * The initials of each name and alias: capitalised words only, so "the" and "of" do not count; and again without
 * capitalised function words, which some initials skip ("Food And Drug Administration" is the FDA) and others keep (DOJ).
 */
function speakerInitials(speaker: Speaker): string[] {
  const names = [speaker.name, ...speaker.aliases];
  const withoutFunctionWords = (name: string) =>
    name
      .split(/\s+/)
      .filter((word) => !STOP_WORDS.has(word.toLowerCase()))
      .join(' ');
  return [...names.map(initialsOf), ...names.map((name) => initialsOf(withoutFunctionWords(name)))];
}
