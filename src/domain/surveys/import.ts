import type { CsvRow, ParsedCsv } from '../csv/parse';
import { normalizeHeader } from '../csv/parse';
import { restoreNeutralizedCell } from '../csv/write';
import type { SurveyRowError } from './import-messages';

/*
 * Checks a survey file gathered elsewhere: one row per respondent, one column per item code, and
 * optional group columns. Every problem of every row is reported; the file is then applied whole
 * or not at all, so a half-imported survey can never skew a report.
 */

export const MAX_IMPORT_ROWS = 50_000;
export const MAX_LABEL_LENGTH = 120;
export const GROUP_COLUMNS = ['sector', 'programme', 'cohort', 'gender', 'year'] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

/** Header spellings (normalised: lower case, letters and digits only) accepted for each group column. */
const GROUP_HEADERS: Record<GroupColumn | 'respondent', readonly string[]> = {
  sector: ['sector', 'domein', 'academie'],
  programme: ['programme', 'program', 'opleiding', 'opleidingscode'],
  cohort: ['cohort', 'klas', 'groep'],
  gender: ['gender', 'geslacht', 'sex'],
  year: ['year', 'jaar', 'studiejaar', 'schooljaar', 'meetjaar'],
  respondent: ['respondent', 'respondentid', 'id', 'respondentnummer', 'nummer'],
};

export interface ItemScale {
  min: number;
  max: number;
}

export interface ImportedResponse {
  row: number;
  respondent: string | null;
  groups: Partial<Record<GroupColumn, string>>;
  answers: Record<string, number>;
}

export interface SurveyImportCheck {
  itemColumns: string[];
  groupColumns: GroupColumn[];
  hasRespondentColumn: boolean;
  responses: ImportedResponse[];
  /** Sorted by row. */
  errors: SurveyRowError[];
  invalidRows: number;
}

type Column = { index: number; header: string } & ({ kind: 'item'; code: string } | { kind: 'group'; group: GroupColumn } | { kind: 'respondent' });

function classify(headers: readonly string[], items: ReadonlyMap<string, ItemScale>, errors: SurveyRowError[]): Column[] {
  const itemByKey = new Map([...items.keys()].map((code) => [normalizeHeader(code), code]));
  const seen = new Map<string, string>();
  const columns: Column[] = [];
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    const item = itemByKey.get(key);
    const group = (Object.keys(GROUP_HEADERS) as (GroupColumn | 'respondent')[]).find((g) => GROUP_HEADERS[g].includes(key));
    const identity = item ? `item:${item}` : group ? `group:${group}` : null;
    if (!identity) {
      errors.push({ row: 1, column: header, code: 'unknown_column', params: { value: header } });
      return;
    }
    if (seen.has(identity)) {
      errors.push({ row: 1, column: header, code: 'duplicate_column', params: { value: header } });
      return;
    }
    seen.set(identity, header);
    if (item) columns.push({ index, header, kind: 'item', code: item });
    else if (group === 'respondent') columns.push({ index, header, kind: 'respondent' });
    else if (group) columns.push({ index, header, kind: 'group', group });
  });
  if (!columns.some((c) => c.kind === 'item')) errors.push({ row: 1, column: null, code: 'no_item_columns' });
  return columns;
}

export function checkSurveyFile(parsed: ParsedCsv, items: ReadonlyMap<string, ItemScale>): SurveyImportCheck {
  const errors: SurveyRowError[] = parsed.problems.map((p) => ({ row: p.row, column: null, code: p.code }));
  const columns = classify(parsed.headers, items, errors);
  if (parsed.rows.length > MAX_IMPORT_ROWS) errors.push({ row: 1, column: null, code: 'too_many_rows', params: { limit: MAX_IMPORT_ROWS } });

  const responses: ImportedResponse[] = [];
  const firstRowOf = new Map<string, number>();
  const rows: readonly CsvRow[] = parsed.rows.length > MAX_IMPORT_ROWS ? [] : parsed.rows;
  for (const { row, values } of rows) {
    const before = errors.length;
    const response: ImportedResponse = { row, respondent: null, groups: {}, answers: {} };
    for (const column of columns) {
      const raw = restoreNeutralizedCell((values[column.index] ?? '').trim());
      if (raw === '') continue;
      if (column.kind === 'item') {
        const scale = items.get(column.code);
        if (!scale) continue;
        if (!/^[+-]?\d+$/.test(raw)) errors.push({ row, column: column.header, code: 'not_a_number', params: { value: raw } });
        else {
          const value = Number(raw);
          if (value < scale.min || value > scale.max) errors.push({ row, column: column.header, code: 'outside_scale', params: { value: raw, min: scale.min, max: scale.max } });
          else response.answers[column.code] = value;
        }
      } else if (raw.length > MAX_LABEL_LENGTH) {
        errors.push({ row, column: column.header, code: 'too_long', params: { max: MAX_LABEL_LENGTH } });
      } else if (column.kind === 'respondent') {
        response.respondent = raw;
        const other = firstRowOf.get(raw);
        if (other !== undefined) errors.push({ row, column: column.header, code: 'duplicate_respondent', params: { value: raw, otherRow: other } });
        else firstRowOf.set(raw, row);
      } else response.groups[column.group] = raw;
    }
    if (errors.length === before && Object.keys(response.answers).length === 0) errors.push({ row, column: null, code: 'no_answers' });
    if (errors.length === before) responses.push(response);
  }
  errors.sort((a, b) => a.row - b.row);
  const invalidRows = new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;
  return {
    itemColumns: columns.flatMap((c) => (c.kind === 'item' ? [c.code] : [])),
    groupColumns: columns.flatMap((c) => (c.kind === 'group' ? [c.group] : [])),
    hasRespondentColumn: columns.some((c) => c.kind === 'respondent'),
    responses,
    errors,
    invalidRows,
  };
}
