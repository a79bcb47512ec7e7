import { readFileSync } from 'node:fs';

/**
 * English given names and their nicknames ("James" → "Jim", "Arnold" → "Arnie", "John" → "Jon"),
 * from the hand-curated carltonnorthern/nicknames data set (names.csv, Apache-2.0, vendored in
 * vendor/nicknames with its licence: it is not published on npm). A reader who asks for "James Kern" means the
 * "Jim Kern" of the text.
 */

/** Each name's direct relations, both ways: a canonical name to its nicknames and back. Read on first use. */
let related: Map<string, Set<string>> | null = null;

function relations(): Map<string, Set<string>> {
  if (related) return related;
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    let set = map.get(from);
    if (!set) map.set(from, (set = new Set()));
    set.add(to);
  };
  const csv = readFileSync(new URL('../../../vendor/nicknames/names.csv', import.meta.url), 'utf8');
  for (const line of csv.split('\n').slice(1)) {
    const [name, relationship, nickname] = line.trim().toLowerCase().split(',');
    if (!name || !nickname || relationship !== 'has_nickname') continue;
    link(name, nickname);
    link(nickname, name);
  }
  related = map;
  return map;
}

/**
 * Whether two given names (lower case) name the same person: equal, or one a nickname of the other.
 * Two nicknames of one name are not enough ("Al" and "Bert" are both "Albert", and other names too).
 */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || (relations().get(a)?.has(b) ?? false);
}
