/*
 * Row errors are stored as a code with parameters and worded only when shown, so the same import
 * reads in Dutch for one admin and in English for another, and the wording can improve later.
 * Values are quoted back to the user, shortened, so they can find the cell.
 */

export type RowErrorCode =
  | 'required'
  | 'too_long'
  | 'invalid_email'
  | 'invalid_gender'
  | 'invalid_date'
  | 'invalid_school_year'
  | 'unknown_programme'
  | 'unknown_counsellor'
  | 'duplicate_student_number'
  | 'duplicate_email'
  | 'email_taken'
  | 'not_a_student'
  | 'unclosed_quote'
  | 'extra_fields';

export interface RowError {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** The column header as in the file; null when the problem is the row as a whole. */
  column: string | null;
  code: RowErrorCode;
  params?: { value?: string; max?: number; otherRow?: number };
}

type Params = NonNullable<RowError['params']>;
type Template = (p: Params) => string;

const show = (v: string | undefined) => {
  const s = v ?? '';
  return `'${s.length > 60 ? `${s.slice(0, 57)}…` : s}'`;
};

const MESSAGES: Record<RowErrorCode, { nl: Template; en: Template }> = {
  required: {
    nl: () => 'Verplichte waarde ontbreekt.',
    en: () => 'Required value is missing.',
  },
  too_long: {
    nl: (p) => `Waarde is te lang (maximaal ${p.max} tekens).`,
    en: (p) => `Value is too long (at most ${p.max} characters).`,
  },
  invalid_email: {
    nl: (p) => `${show(p.value)} is geen geldig e-mailadres.`,
    en: (p) => `${show(p.value)} is not a valid email address.`,
  },
  invalid_gender: {
    nl: (p) => `${show(p.value)} is geen geldig geslacht; gebruik v, m of x.`,
    en: (p) => `${show(p.value)} is not a valid gender; use v (female), m (male) or x.`,
  },
  invalid_date: {
    nl: (p) => `${show(p.value)} is geen geldige datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD.`,
    en: (p) => `${show(p.value)} is not a valid date; use DD-MM-YYYY or YYYY-MM-DD.`,
  },
  invalid_school_year: {
    nl: (p) => `${show(p.value)} is geen geldig schooljaar; gebruik bijvoorbeeld 2025-2026.`,
    en: (p) => `${show(p.value)} is not a valid school year; use e.g. 2025-2026.`,
  },
  unknown_programme: {
    nl: (p) => `Opleiding ${show(p.value)} bestaat niet in deze instelling.`,
    en: (p) => `Programme ${show(p.value)} does not exist in this institution.`,
  },
  unknown_counsellor: {
    nl: (p) => `Er is geen mentor/SLB'er met e-mailadres ${show(p.value)}.`,
    en: (p) => `There is no counsellor with email address ${show(p.value)}.`,
  },
  duplicate_student_number: {
    nl: (p) => `Studentnummer ${show(p.value)} staat ook al in rij ${p.otherRow}.`,
    en: (p) => `Student number ${show(p.value)} also appears in row ${p.otherRow}.`,
  },
  duplicate_email: {
    nl: (p) => `E-mailadres ${show(p.value)} staat ook al in rij ${p.otherRow}.`,
    en: (p) => `Email address ${show(p.value)} also appears in row ${p.otherRow}.`,
  },
  email_taken: {
    nl: (p) => `E-mailadres ${show(p.value)} hoort al bij een ander account.`,
    en: (p) => `Email address ${show(p.value)} already belongs to another account.`,
  },
  not_a_student: {
    nl: (p) => `Studentnummer ${show(p.value)} hoort bij een account dat geen student is.`,
    en: (p) => `Student number ${show(p.value)} belongs to an account that is not a student.`,
  },
  unclosed_quote: {
    nl: () => 'Een aanhalingsteken (") wordt niet afgesloten; de rest van het bestand is mogelijk verkeerd gelezen.',
    en: () => 'A quotation mark (") is not closed; the rest of the file may have been read wrongly.',
  },
  extra_fields: {
    nl: () => 'Deze rij heeft meer kolommen dan de kopregel.',
    en: () => 'This row has more columns than the header.',
  },
};

export function rowErrorMessage(error: Pick<RowError, 'code' | 'params'>, language: 'nl' | 'en'): string {
  return MESSAGES[error.code][language](error.params ?? {});
}
