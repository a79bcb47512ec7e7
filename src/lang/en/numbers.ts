/** The number words one to ten, in order: counts written out in words ("two senators", "three hundred"). */
export const SMALL_NUMBER_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
