import type { CsvProblem, CsvRow } from '../csv/parse';
import { restoreNeutralizedCell } from '../csv/write';
import { parseDate, schoolYearOf } from '../dates/school-year';
import { MAX_LENGTH, REQUIRED_FIELDS, ROSTER_FIELDS, type RosterField, type RosterMapping } from './fields';
import type { RowError } from './messages';
import { cleanText, parseEmail, parseGender, parseSchoolYear, type Gender } from './values';

/*
 * Checks every row of a roster file against the mapping and what the institution already has.
 * Every problem of every row is reported (row number, column header, what is wrong); a row with
 * any problem never becomes a record, so nothing is dropped without being listed.
 */

export interface RosterLookups {
  /** Programme code or name, upper case → programme id. */
  programmes: ReadonlyMap<string, string>;
  /** Counsellor e-mail, lower case → user id. */
  counsellors: ReadonlyMap<string, string>;
  /** E-mail (lower case) of an existing account → its student number in this institution, or null for any other account. */
  emailOwners: ReadonlyMap<string, string | null>;
  /** Student numbers held by accounts in this institution that are not students. */
  nonStudentNumbers: ReadonlySet<string>;
}

export interface RosterRecord {
  row: number;
  studentNumber: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  email: string | null;
  gender: Gender | null;
  programmeId: string;
  cohortName: string;
  schoolYear: string;
  startDate: string;
  counsellorId: string | null;
}

export interface RosterValidation {
  records: RosterRecord[];
  /** Sorted by row. */
  errors: RowError[];
  /** Rows with at least one error. */
  invalidRows: Set<number>;
}

/** Required fields without a column, and mapped headers that the file does not have. */
export function mappingProblems(mapping: RosterMapping, headers: readonly string[]) {
  const missing = REQUIRED_FIELDS.filter((f) => !mapping[f]);
  const unknownHeaders = ROSTER_FIELDS.filter((f) => mapping[f] && !headers.includes(mapping[f] ?? '')).map((f) => ({
    field: f,
    header: mapping[f] ?? '',
  }));
  return { missing, unknownHeaders };
}

type Reader = (values: readonly string[], field: RosterField) => string;

function reader(headers: readonly string[], mapping: RosterMapping): Reader {
  const index = new Map<RosterField, number>();
  for (const f of ROSTER_FIELDS) {
    const header = mapping[f];
    const i = header ? headers.indexOf(header) : -1;
    if (i >= 0) index.set(f, i);
  }
  return (values, field) => {
    const i = index.get(field);
    // A value our own export protected against formula injection comes back as it was.
    return i === undefined ? '' : restoreNeutralizedCell((values[i] ?? '').trim());
  };
}

/** The values to look up in the database before validating: e-mails, student numbers, counsellors. */
export function lookupKeys(rows: readonly CsvRow[], headers: readonly string[], mapping: RosterMapping) {
  const read = reader(headers, mapping);
  const emails = new Set<string>();
  const studentNumbers = new Set<string>();
  const counsellorEmails = new Set<string>();
  for (const { values } of rows) {
    const email = parseEmail(read(values, 'email'));
    if (email) emails.add(email);
    const number = read(values, 'studentNumber');
    if (number) studentNumbers.add(number);
    const counsellor = parseEmail(read(values, 'counsellorEmail'));
    if (counsellor) counsellorEmails.add(counsellor);
  }
  return { emails: [...emails], studentNumbers: [...studentNumbers], counsellorEmails: [...counsellorEmails] };
}

export function validateRows(
  rows: readonly CsvRow[],
  headers: readonly string[],
  mapping: RosterMapping,
  lookups: RosterLookups,
  options: { today: string; problems?: readonly CsvProblem[] },
): RosterValidation {
  const read = reader(headers, mapping);
  const errors: RowError[] = (options.problems ?? []).map((p) => ({ row: p.row, column: null, code: p.code }));
  const candidates: RosterRecord[] = [];

  for (const { row, values } of rows) {
    const before = errors.length;
    const fail = (field: RosterField, code: RowError['code'], params?: RowError['params']) =>
      errors.push({ row, column: mapping[field] ?? null, code, ...(params ? { params } : {}) });
    const text = (field: RosterField): string => {
      const value = cleanText(read(values, field));
      if (value === '' && REQUIRED_FIELDS.includes(field)) fail(field, 'required');
      else if (value.length > MAX_LENGTH[field]) fail(field, 'too_long', { max: MAX_LENGTH[field] });
      return value;
    };

    const studentNumber = text('studentNumber');
    const firstName = text('firstName');
    const namePrefix = text('namePrefix');
    const lastName = text('lastName');
    const cohortName = text('cohortName');

    const programmeCode = text('programmeCode');
    const programmeId = lookups.programmes.get(programmeCode.toUpperCase());
    if (programmeCode && !programmeId) fail('programmeCode', 'unknown_programme', { value: programmeCode });

    const emailText = text('email');
    const email = emailText ? parseEmail(emailText) : null;
    if (email === undefined) fail('email', 'invalid_email', { value: emailText });

    const genderText = text('gender');
    const gender = parseGender(genderText);
    if (gender === undefined) fail('gender', 'invalid_gender', { value: genderText });

    const startText = text('startDate');
    const startDate = startText ? parseDate(startText) : options.today;
    if (startDate === null) fail('startDate', 'invalid_date', { value: startText });

    const yearText = text('schoolYear');
    const schoolYear = yearText ? parseSchoolYear(yearText) : schoolYearOf(new Date(`${startDate ?? options.today}T00:00:00Z`));
    if (schoolYear === undefined) fail('schoolYear', 'invalid_school_year', { value: yearText });

    const counsellorText = text('counsellorEmail');
    const counsellorId = counsellorText ? lookups.counsellors.get(counsellorText.toLowerCase()) : null;
    if (counsellorId === undefined) fail('counsellorEmail', 'unknown_counsellor', { value: counsellorText });

    if (studentNumber && lookups.nonStudentNumbers.has(studentNumber)) fail('studentNumber', 'not_a_student', { value: studentNumber });
    if (email && lookups.emailOwners.has(email) && lookups.emailOwners.get(email) !== studentNumber) {
      fail('email', 'email_taken', { value: email });
    }

    if (errors.length > before || !programmeId || email === undefined || gender === undefined || !startDate || !schoolYear) continue;
    if (counsellorId === undefined) continue;
    candidates.push({
      row,
      studentNumber,
      firstName,
      namePrefix: namePrefix || null,
      lastName,
      email,
      gender,
      programmeId,
      cohortName,
      schoolYear,
      startDate,
      counsellorId,
    });
  }

  flagDuplicates(rows, (values) => read(values, 'studentNumber'), 'studentNumber', 'duplicate_student_number', mapping, errors);
  flagDuplicates(rows, (values) => parseEmail(read(values, 'email')) ?? '', 'email', 'duplicate_email', mapping, errors);

  errors.sort((a, b) => a.row - b.row);
  const invalidRows = new Set(errors.map((e) => e.row));
  return { records: candidates.filter((r) => !invalidRows.has(r.row)), errors, invalidRows };
}

/**
 * Every row whose value also occurs in another row is flagged, the first pointing at the second
 * and the others at the first: which of them is right is for the admin to decide.
 */
function flagDuplicates(
  rows: readonly CsvRow[],
  keyOf: (values: readonly string[]) => string,
  field: RosterField,
  code: 'duplicate_student_number' | 'duplicate_email',
  mapping: RosterMapping,
  errors: RowError[],
): void {
  const byKey = new Map<string, number[]>();
  for (const { row, values } of rows) {
    const key = keyOf(values);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  for (const [value, list] of byKey) {
    if (list.length < 2) continue;
    const [first = 0, second = 0] = list;
    for (const row of list) {
      errors.push({ row, column: mapping[field] ?? null, code, params: { value, otherRow: row === first ? second : first } });
    }
  }
}
