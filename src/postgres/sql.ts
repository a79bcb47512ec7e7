/** Small pieces every query module of this backend shares. */

/** Runs one statement, turning "the database went away" into IndexUnavailableError (postgresIndex.ts). */
export type Query = <Row extends object>(sql: string, values?: unknown[]) => Promise<Row[]>;

/**
 * The first string after every string that starts with `prefix`, in byte order (what the pattern
 * operators compare; UTF-8's byte order is code point order): the last character, plus one.
 */
export function prefixUpperBound(prefix: string): string | null {
  const characters = [...prefix];
  const last = characters.pop();
  if (last === undefined) return null;
  let next = (last.codePointAt(0) ?? 0) + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000; // surrogates are not characters
  if (next > 0x10ffff) return prefixUpperBound(characters.join(''));
  return characters.join('') + String.fromCodePoint(next);
}
