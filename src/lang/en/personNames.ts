/**
 * Pieces of English personal names that are not the given name or the surname: generational
 * suffixes ("Walter Jones Jr."), so the surname is the word before them.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);
