const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** US time zones as printed by US news sites; anything else is kept as text only. */
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', MSK: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const DATE_PATTERN =
  /^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?:,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<ampm>[AaPp]\.?[Mm]\.?)?(?:\s+(?<zone>[A-Z]{2,5}))?)?$/;

/** True when the whole line is a date like "Mar 16, 2014 2:11 PM CDT". */
export function isDateLine(line: string): boolean {
  return parseNewsDate(line.trim()) !== null;
}

/**
 * Parses the date formats news pages print ("Mar 14, 2014 12:34 PM CDT", "March 14, 2014").
 * Returns an ISO 8601 string (with the zone's offset when it is known), or null.
 */
export function parseNewsDate(text: string): string | null {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match?.groups) return null;
  const { month: monthName = '', day = '', year = '', hour, minute, ampm, zone } = match.groups;
  const month = MONTHS[monthName.toLowerCase().slice(0, monthName.toLowerCase().startsWith('sept') ? 4 : 3)];
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
  const offset = zone ? ZONE_OFFSETS[zone] ?? '' : '';
  return `${datePart}T${pad(hours)}:${minute}${offset}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
