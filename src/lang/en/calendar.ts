/**
 * The English names of the months and the days of the week: the one list that news dates
 * (newsDates.ts), abbreviations (abbreviations.ts), answer patterns (questionWords.ts) and name
 * boundaries (peopleWords.ts) are built from.
 */

/** January to December, in order: a month's number is its index plus one. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Monday to Sunday. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A month's usual abbreviation: its first three letters ("Jan."), and "Sept." beside "Sep.". */
export function monthAbbreviations(month: string): string[] {
  const short = month.slice(0, 3);
  return month === 'september' ? [short, 'sept'] : [short];
}
