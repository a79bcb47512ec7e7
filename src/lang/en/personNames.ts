import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { isGivenName } from './firstNames.ts';

/**
 * Pieces of English personal names that are not the given name or the surname: generational
 * suffixes ("Walter Jones Jr."), so the surname is the word before them.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/**
 * Abbreviations that stand inside a name with their full stop ("Sen. Walter H. Jones", "Mr.
 * Stein", "Atty. Gen. Robert Kennedy", "Walter Jones Jr."): the titles abbreviations.ts lists and
 * the generational suffixes. Any other word ending in a full stop ends a sentence, so a capitalised
 * run never joins "Peru. Perry" into one name.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([...Object.keys(TITLE_ABBREVIATIONS), ...NAME_SUFFIXES]);

/**
 * Whether a run of capitalised words names a person rather than a team, a place or a body: a given
 * name stands before its last word ("State Controller Arthur Levitt", "Helen Shipley"). "Kansas City
 * Athletics", "Junior Achievement" and "Savings Bond" name none; a place named like a person ("New
 * York") is taken for one.
 */
export function namesAPerson(run: string): boolean {
  return run.split(/\s+/).slice(0, -1).some(isGivenName);
}
