import { MONTH_NAMES } from './calendar.ts';

/**
 * How English-language news pages print dates: "Mar 14, 2014 12:34 PM CDT", "March 14, 2014",
 * "Sept. 5, 2013". src/corpus/parseDate.ts turns them into ISO dates.
 */

/** A month's number (1–12) from its name or abbreviation as printed ("March", "Mar", "Sept."), or null. */
export function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  // A month's full name, or a beginning of it of at least three letters: "Mar", "Sept", "Febr".
  const index = MONTH_NAMES.findIndex((month) => month === word || (word.length >= 3 && month.startsWith(word)));
  return index >= 0 ? index + 1 : null;
}

/** Time-zone abbreviations as printed by US and UK news sites; anything else is kept as text only. */
export const TIME_ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: '+00:00',
  GMT: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  MSK: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/** Month day, year [hour:minute [AM|PM] [zone]] — the whole line. */
export const NEWS_DATE_LINE =
  /^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?:,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<ampm>[AaPp]\.?[Mm]\.?)?(?:\s+(?<zone>[A-Z]{2,5}))?)?$/;
