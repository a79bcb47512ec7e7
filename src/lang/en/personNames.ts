/**
 * Pieces of English personal names that are not the given name or the surname: generational
 * suffixes ("Walter Jones Jr."), so the surname is the word before them.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/**
 * Abbreviations that stand inside a name with their full stop ("Sen. Walter H. Jones", "Mr.
 * Stein", "Atty. Gen. Robert Kennedy"); any other word ending in a full stop ends a sentence, so a
 * capitalised run never joins "Russia. Kerry" into one name.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'gen',
  'col',
  'lt',
  'capt',
  'cmdr',
  'maj',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'sen',
  'rep',
  'gov',
  'rev',
  'msgr',
  'atty',
  'supt',
  'prof',
  'hon',
  'det',
  'insp',
  'jr',
  'sr',
  'st',
  'mt',
  'ft',
  'gens',
  'sens',
  'reps',
]);
