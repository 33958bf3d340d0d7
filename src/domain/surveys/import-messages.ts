/*
 * Problems in an imported survey file, stored as a code with parameters and worded only when shown
 * (as the roster import does), so one report reads in Dutch for one manager and in English for another.
 */

export type SurveyRowErrorCode =
  | 'unknown_column'
  | 'duplicate_column'
  | 'no_item_columns'
  | 'not_a_number'
  | 'outside_scale'
  | 'duplicate_respondent'
  | 'respondent_imported'
  | 'too_long'
  | 'too_many_rows'
  | 'no_answers'
  | 'unclosed_quote'
  | 'extra_fields';

export interface SurveyRowError {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** The column header as in the file; null when the problem is the row or file as a whole. */
  column: string | null;
  code: SurveyRowErrorCode;
  params?: { value?: string; min?: number; max?: number; otherRow?: number; limit?: number };
}

type Params = NonNullable<SurveyRowError['params']>;
type Template = (p: Params) => string;

const show = (v: string | undefined) => {
  const s = v ?? '';
  return `'${s.length > 60 ? `${s.slice(0, 57)}…` : s}'`;
};

const MESSAGES: Record<SurveyRowErrorCode, { nl: Template; en: Template }> = {
  unknown_column: {
    nl: (p) => `Kolom ${show(p.value)} is geen vraagcode van deze campagne en geen groepskolom (sector, opleiding, cohort, geslacht, jaar, respondent).`,
    en: (p) => `Column ${show(p.value)} is not an item code of this campaign nor a group column (sector, programme, cohort, gender, year, respondent).`,
  },
  duplicate_column: {
    nl: (p) => `Kolom ${show(p.value)} komt twee keer voor.`,
    en: (p) => `Column ${show(p.value)} occurs twice.`,
  },
  no_item_columns: {
    nl: () => 'Het bestand heeft geen enkele kolom met een vraagcode van deze campagne.',
    en: () => 'The file has no column with an item code of this campaign.',
  },
  not_a_number: {
    nl: (p) => `${show(p.value)} is geen geheel getal.`,
    en: (p) => `${show(p.value)} is not a whole number.`,
  },
  outside_scale: {
    nl: (p) => `${show(p.value)} ligt buiten de antwoordschaal ${p.min}–${p.max}.`,
    en: (p) => `${show(p.value)} is outside the answer scale ${p.min}–${p.max}.`,
  },
  duplicate_respondent: {
    nl: (p) => `Respondent ${show(p.value)} staat ook al in rij ${p.otherRow}.`,
    en: (p) => `Respondent ${show(p.value)} also appears in row ${p.otherRow}.`,
  },
  respondent_imported: {
    nl: (p) => `Respondent ${show(p.value)} is al eerder in deze campagne geïmporteerd.`,
    en: (p) => `Respondent ${show(p.value)} was already imported into this campaign.`,
  },
  too_long: {
    nl: (p) => `Waarde is te lang (maximaal ${p.max} tekens).`,
    en: (p) => `Value is too long (at most ${p.max} characters).`,
  },
  too_many_rows: {
    nl: (p) => `Het bestand heeft meer dan ${p.limit} rijen; splits het in delen.`,
    en: (p) => `The file has more than ${p.limit} rows; split it into parts.`,
  },
  no_answers: {
    nl: () => 'Deze rij bevat geen enkel antwoord.',
    en: () => 'This row contains no answers at all.',
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

export function surveyRowErrorMessage(error: Pick<SurveyRowError, 'code' | 'params'>, language: 'nl' | 'en'): string {
  return MESSAGES[error.code][language](error.params ?? {});
}
