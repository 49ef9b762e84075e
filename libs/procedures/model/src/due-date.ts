/**
 * Working days and due dates (hạn trả kết quả). Dates are ISO `YYYY-MM-DD` calendar days in
 * Vietnam, which keeps UTC+7 all year (no daylight saving), so the arithmetic needs no time-zone data.
 */

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const toEpochDay = (isoDate: string): number => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
const fromEpochDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The calendar day in Vietnam on which an instant falls: `2020-06-26T18:00:00Z` → `2020-06-27`. */
export function vietnamDateOf(isoDateTime: string): string {
  const instant = Date.parse(isoDateTime);
  if (Number.isNaN(instant)) throw new RangeError(`Not a date-time: ${isoDateTime}`);
  return new Date(instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** A day the one-stop desk works: not a Saturday, Sunday or listed public holiday. */
export function isWorkingDay(isoDate: string, holidays: ReadonlySet<string> | readonly string[] = []): boolean {
  const weekday = weekdayOf(isoDate);
  const off = holidays instanceof Set ? holidays.has(isoDate) : (holidays as readonly string[]).includes(isoDate);
  return weekday !== 0 && weekday !== 6 && !off;
}

/**
 * The day `workingDays` working days after `fromDate`, counting from the next day (the day of
 * receipt does not count). With 0, the first working day on or after `fromDate`: a dossier
 * received online on a Sunday is due, at the earliest, on Monday.
 */
export function addWorkingDays(fromDate: string, workingDays: number, holidays: readonly string[] = []): string {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError('Working days are a whole number, 0 or more');
  const off = new Set(holidays);
  let day = toEpochDay(fromDate);
  if (Number.isNaN(day)) throw new RangeError(`Not a date: ${fromDate}`);
  if (workingDays === 0) {
    while (!isWorkingDay(fromEpochDay(day), off)) day += 1;
    return fromEpochDay(day);
  }
  for (let left = workingDays; left > 0; ) {
    day += 1;
    if (isWorkingDay(fromEpochDay(day), off)) left -= 1;
  }
  return fromEpochDay(day);
}

/** The due date of a dossier received at `receivedAt` with a time limit of `workingDays`. */
export function dueDateFor(receivedAt: string, workingDays: number, holidays: readonly string[] = []): string {
  return addWorkingDays(vietnamDateOf(receivedAt), workingDays, holidays);
}
