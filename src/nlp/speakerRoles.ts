import { isGivenName } from '../lang/en/firstNames.ts';
import { CAPITALISED_NAME_RUN, splitTitle } from '../lang/en/names.ts';
import { ROLE_APPOSITIVE_BEFORE, ROLE_JOINERS, ROLE_PREDICATE, roleHead } from '../lang/en/roles.ts';
import { STOP_WORDS } from '../lang/en/stopWords.ts';
import { nounKinds } from '../lang/en/wordnet.ts';
import { isSingularPersonNoun } from '../lang/en/wordClasses.ts';
import { type ArticlePerson, trimRun } from './people.ts';

/**
 * The roles an article gives a speaker anywhere in it, so that /quote finds them by it: an apposition before the
 * name ("The <role>, <name>, …"), and a capitalised title the name is or is appointed as ("Keo,
 * once a diplomat …, was Commissioner of Rural Affairs", "appoint Philip Coombs of the Ford Foundation as the first
 * Assistant Secretary of State for …"). The role's head (the word before "of", or its last word) must be a noun
 * WordNet files first under persons and no given name. (An apposition after the name, "James O'Gara, managing
 * editor of Commonweal,", was tried: one more description found, but held-out look-ups found the wrong person.)
 * Each capitalised run of the texts is looked up once among the speakers' names, so an article of 100,000
 * speakers stays linear. Runs after attribution: the roles name the speaker, they never decide who said what.
 */
export function addSpeakerRoles(speakers: Iterable<ArticlePerson>, texts: readonly string[]): void {
  const byForm = new Map<string, ArticlePerson>();
  for (const person of speakers) {
    if (person.kind !== 'person') continue;
    // A form two people share ("Smith" for two Smiths) names neither.
    for (const form of new Set([person.name, ...person.surfaceForms])) {
      const known = byForm.get(form);
      if (known === undefined) byForm.set(form, person);
      else if (known !== person) byForm.set(form, SHARED);
    }
  }
  if (byForm.size === 0) return;
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_NAME_RUN)) {
      const run = match[0].replace(/[.’']+$/, '');
      const person = [run, trimRun(run), splitTitle(trimRun(run)).name].map((form) => byForm.get(form)).find((found) => found !== undefined);
      if (!person || person === SHARED) continue;
      const at = match.index ?? 0;
      const end = at + run.length;
      for (const role of [ROLE_APPOSITIVE_BEFORE.exec(text.slice(Math.max(0, at - 80), at))?.groups?.role, ROLE_PREDICATE.exec(text.slice(end, end + 200))?.groups?.role])
        if (role && isRole(role)) person.titles.add(role);
    }
  }
}

/** The mark of a form two speakers share. */
const SHARED: ArticlePerson = { kind: 'person', name: '', titles: new Set(), surfaceForms: new Set() };

/**
 * A noun phrase of two words or more whose head's commonest sense is a person ("managing editor of Commonweal"; not
 * "Dolley Madison House"), with no function word but a joiner ("who said that", "he and his wife" are none). One
 * word ("Director") finds nobody a surname would not.
 */
function isRole(role: string): boolean {
  const head = roleHead(role);
  const words = role.toLowerCase().split(/\s+/);
  const content = words.filter((word) => !ROLE_JOINERS.has(word));
  // One person's role has a singular head: "Of the fifty-two slaves, Giffen …", "The two older boys, Hans and Anders" are groups.
  return content.length >= 2 && nounKinds(head, 1)[0] === 'person' && isSingularPersonNoun(head) && !isGivenName(head) && content.every((word) => !STOP_WORDS.has(word));
}
