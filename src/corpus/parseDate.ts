import { monthNumber, NEWS_DATE_LINE, TIME_ZONE_OFFSETS } from '../lang/en/newsDates.ts';

/** True when the whole line is a date like "Mar 16, 2014 2:11 PM CDT". */
export function isDateLine(line: string): boolean {
  return parseNewsDate(line.trim()) !== null;
}

/**
 * Parses the date formats news pages print ("Mar 14, 2014 12:34 PM CDT", "March 14, 2014").
 * Returns an ISO 8601 string (with the zone's offset when it is known), or null.
 */
export function parseNewsDate(text: string): string | null {
  const match = NEWS_DATE_LINE.exec(text.trim());
  if (!match?.groups) return null;
  const { month: monthName = '', day = '', year = '', hour, minute, ampm, zone } = match.groups;
  const month = monthNumber(monthName);
  const dayNumber = Number(day);
  if (!month || dayNumber < 1 || dayNumber > 31) return null;
  const datePart = `${year}-${pad(month)}-${pad(dayNumber)}`;
  if (hour === undefined || minute === undefined) return datePart;
  let hours = Number(hour);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (hours === 12) hours = pm ? 12 : 0;
    else if (pm) hours += 12;
  }
  if (hours > 23 || Number(minute) > 59) return datePart;
  const offset = zone ? (TIME_ZONE_OFFSETS[zone] ?? '') : '';
  return `${datePart}T${pad(hours)}:${minute}${offset}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
