/** A Dutch school year runs from 1 August to 31 July and is written "2026-2027". */
export function schoolYearOf(date: Date): string {
  const y = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 7 ? y : y - 1;
  return `${start}-${start + 1}`;
}

export function previousSchoolYear(schoolYear: string): string {
  const start = Number(schoolYear.slice(0, 4)) - 1;
  return `${start}-${start + 1}`;
}

export function schoolYearStart(schoolYear: string): string {
  return `${schoolYear.slice(0, 4)}-08-01`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Accepts YYYY-MM-DD and the Dutch DD-MM-YYYY (also with / or .); returns ISO or null. */
export function parseDate(input: string): string | null {
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return isoDate(date);
}

/** "2026-2027" is a school year; "2026-2028" and "2026/2027" are not. */
export function isSchoolYear(value: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(value);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}
