/** The number words one to ten, in order: counts written out in words ("two senators", "three hundred"). */
export const SMALL_NUMBER_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Words that make a number a share of something ("two-thirds vote", "half the crowd"), not a count or a size of it. */
export const FRACTION_WORDS: ReadonlySet<string> = new Set([
  'half',
  'halves',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fourth',
  'fourths',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'eighth',
  'eighths',
  'tenth',
  'tenths',
]);

/** A question asking how much OF something ("how much of exploration costs will the government pay"): a part of it, said as a share. */
export const ASKS_A_SHARE = /^\s*how\s+much\s+of\b/i;

/** A percentage: "50 per cent", "10 percent", "12%". */
export const PER_CENT = /\d\s*(?:%|per\s*cent\b|percent\b)/i;
