import { GROUP_SOURCE } from '../lang/en/attributionPatterns.ts';
import type { SubjectMatch } from './attributionTypes.ts';
import type { SubjectResolver } from './subjectResolver.ts';

/**
 * A group of people as the source after "according to": "according to their witnesses", "according to
 * many critics", "according to department officials". What is said is the group's (a determiner of number
 * stays in its name, a possessive does not: "their witnesses" are "witnesses"). Only a plural head: "according
 * to the text", "according to present plans" name no people, and the resolver's WordNet test says so.
 */
export function groupSource(after: string, subjects: SubjectResolver): SubjectMatch | null {
  const found = GROUP_SOURCE.exec(after)?.groups;
  if (!found?.group) return null;
  const phrase = found.quantity ? `${found.quantity} ${found.group}` : found.group;
  const resolved = subjects.resolveSubject(phrase, 'after');
  return resolved?.speaker?.kind === 'organization' ? resolved : null;
}
