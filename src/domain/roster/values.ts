/*
 * Reading single cell values the way schools write them. Each function returns the normalised
 * value, or `undefined` when the value is not acceptable (the caller reports the error).
 */

export type Gender = 'v' | 'm' | 'x';

const GENDERS: Record<string, Gender | null> = {
  v: 'v', vrouw: 'v', vrouwelijk: 'v', f: 'v', female: 'v', woman: 'v', meisje: 'v', girl: 'v',
  m: 'm', man: 'm', mannelijk: 'm', male: 'm', jongen: 'm', boy: 'm',
  x: 'x', anders: 'x', overig: 'x', o: 'x', other: 'x', divers: 'x', nonbinair: 'x', nonbinary: 'x', neutraal: 'x', genderneutraal: 'x',
  // "Not recorded" is not a gender: it is stored as unknown.
  onbekend: null, unknown: null, u: null, '-': null, '': null,
};

export function parseGender(input: string): Gender | null | undefined {
  const key = input.trim().toLowerCase().replace(/[\s_-]+(?=\S)/g, '');
  return key in GENDERS ? GENDERS[key] : undefined;
}

/** Deliberately simple: one @, no spaces, a dot in the domain. The mail server is the real test. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function parseEmail(input: string): string | undefined {
  const email = input.trim().toLowerCase();
  return EMAIL.test(email) ? email : undefined;
}

/** "2025-2026" (also "2025/2026" or "2025/26"); the years must follow each other. */
export function parseSchoolYear(input: string): string | undefined {
  const m = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(input.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
  return end === start + 1 ? `${start}-${end}` : undefined;
}

/** Trims and collapses inner whitespace, as names come from many hands. */
export function cleanText(input: string): string {
  return input.trim().replace(/\s+/g, ' ');
}
