/**
 * A spreadsheet's date or time cell as text: ISO 8601, a date, a time of day, or both. Workbooks
 * store wall-clock values, handed over here as UTC dates; a time alone sits on the spreadsheet
 * epoch, 1899-12-30 (or the day after, past midnight), and is written as the time only.
 */
export function isoDate(date: Date): string {
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, date.getUTCSeconds() ? 19 : 16);
  if (day === '1899-12-30' || day === '1899-12-31') return time;
  return time === '00:00' ? day : `${day}T${time}`;
}

/** The spreadsheet epoch: a time of day alone is that long after it. */
export const SHEET_EPOCH_MS = Date.UTC(1899, 11, 30);
