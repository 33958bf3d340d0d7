/*
 * Calendar-day arithmetic on YYYY-MM-DD strings. Everything here is in UTC on purpose: due dates
 * and school years are days, not instants, and a local time zone would shift them around midnight
 * and at daylight-saving changes. ISO day strings also compare correctly as plain strings.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a UTC midnight Date, or null when the text is not a real YYYY-MM-DD day. */
export function parseIsoDay(value: string): Date | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 31 April over to 1 May; a round trip catches such non-days.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export function isIsoDay(value: string): boolean {
  return parseIsoDay(value) !== null;
}

/** Like parseIsoDay, but for inputs the caller promises are valid (today, a stored start date). */
export function requireIsoDay(value: string, name: string): Date {
  const date = parseIsoDay(value);
  if (!date) throw new RangeError(`${name} must be a YYYY-MM-DD date, got "${value}"`);
  return date;
}

export function formatIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Whole months later; 31 January + 1 month overflows into March, which callers avoid by using the 1st. */
export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export function daysInMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}
