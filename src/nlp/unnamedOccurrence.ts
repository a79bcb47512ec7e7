import { opensWithIndefiniteArticle } from '../lang/en/names.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import type { ArticlePeople, ArticlePerson } from './people.ts';

/**
 * Someone introduced, not named: "a girl", "an Alabamian", "one boy", "another teen-ager". An indefinite
 * description brings in somebody new each time it is written: "“I like the tradition”, a girl said." and, ten
 * paragraphs on, "“When you marry …”, a girl said," are two girls, as "a Yank wrote:" in two letters are two
 * soldiers. Only the same description in the same paragraph is the same person again (a quote split by its tag,
 * a tag read twice). Such a speaker is never merged with anyone, in this article or another (speakerRegistry.ts).
 */
export function describesSomeoneNew(person: ArticlePerson): boolean {
  return person.kind === 'organization' && opensWithIndefiniteArticle(person.name);
}

/** The last person each description introduced in an article, and in which paragraph. */
const introduced = new WeakMap<ArticlePeople, Map<string, { person: ArticlePerson; paragraph: number }>>();

/**
 * The speaker an indefinite description resolved to, made someone new when the same words introduced somebody
 * in another paragraph: the article's registered "a girl" stays the first girl, and each later one is a person
 * of her own (not registered, so no later "a girl" finds her by name).
 */
export function unnamedOccurrence(people: ArticlePeople, match: SubjectMatch, paragraph: number): SubjectMatch {
  const speaker = match.speaker;
  if (!speaker || !describesSomeoneNew(speaker)) return match;
  let seen = introduced.get(people);
  if (!seen) {
    seen = new Map<string, { person: ArticlePerson; paragraph: number }>();
    introduced.set(people, seen);
  }
  const key = speaker.name.toLowerCase();
  const last = seen.get(key);
  if (!last) {
    seen.set(key, { person: speaker, paragraph });
    return match;
  }
  if (last.paragraph === paragraph) return last.person === speaker ? match : { ...match, speaker: last.person };
  const person: ArticlePerson = { kind: 'organization', name: speaker.name, titles: new Set(), surfaceForms: new Set([speaker.name]) };
  seen.set(key, { person, paragraph });
  return { ...match, speaker: person };
}
