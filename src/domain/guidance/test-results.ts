import { normalizeHeader, type ParsedCsv } from '../csv/parse';
import { parseDate } from '../dates/school-year';

/*
 * Test results exported from the student information system, for the "failed first tests"
 * signal: one row per student, test and date. Headers are recognised by name in Dutch or English;
 * every problem is reported with its row and column, and nothing is imported while any remains.
 */

export interface TestResultRow {
  row: number;
  studentNumber: string;
  course: string;
  takenOn: string;
  grade: number | null;
  passed: boolean;
  /** Credits (studiepunten, EC) the result earns when passed; null when the file has none. */
  credits: number | null;
}

export interface TestResultProblem {
  row: number | null;
  column: string | null;
  message_nl: string;
  message_en: string;
}

const COLUMNS = {
  studentNumber: ['studentnummer', 'leerlingnummer', 'studentnr', 'studentnumber', 'studentid'],
  course: ['toets', 'vak', 'cursus', 'course', 'test', 'onderwijseenheid'],
  takenOn: ['datum', 'toetsdatum', 'date'],
  grade: ['cijfer', 'grade', 'score'],
  passed: ['behaald', 'voldaan', 'passed', 'gehaald'],
  // A result column as study-progress exports have it: a grade, or a pass/fail word.
  result: ['resultaat', 'result', 'uitslag'],
  credits: ['studiepunten', 'credits', 'ec', 'ects', 'punten'],
} as const;
type Column = keyof typeof COLUMNS;

/** A pass mark of 5.5 on the Dutch 1–10 scale, unless the file says "behaald" itself. */
export const PASS_MARK = 5.5;
export const MAX_TEST_RESULT_ROWS = 20_000;

function parseGrade(input: string): number | null | undefined {
  const s = input.trim().replace(',', '.');
  if (s === '') return null;
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 10 ? n : undefined;
}

/** Credits of one course: a non-negative number up to 60 (a year), decimal comma allowed. */
function parseCredits(input: string): number | null | undefined {
  const s = input.trim().replace(',', '.');
  if (s === '') return null;
  if (!/^\d{1,2}(\.\d)?$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 60 ? n : undefined;
}

function parsePassed(input: string): boolean | null | undefined {
  const s = input.trim().toLowerCase();
  if (s === '') return null;
  if (['ja', 'j', 'yes', 'y', 'true', '1', 'behaald', 'v', 'voldoende'].includes(s)) return true;
  if (['nee', 'n', 'no', 'false', '0', 'niet behaald', 'o', 'onvoldoende'].includes(s)) return false;
  return undefined;
}

export function readTestResults(csv: ParsedCsv): { rows: TestResultRow[]; problems: TestResultProblem[] } {
  const problems: TestResultProblem[] = [];
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = csv.headers.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(normalizeHeader(h)));
  }
  for (const required of ['studentNumber', 'course', 'takenOn'] as const) {
    if (index[required] < 0)
      problems.push({
        row: null,
        column: COLUMNS[required][0],
        message_nl: `De kolom "${COLUMNS[required][0]}" ontbreekt.`,
        message_en: `The column "${COLUMNS[required][0]}" is missing.`,
      });
  }
  if (index.grade < 0 && index.passed < 0 && index.result < 0)
    problems.push({ row: null, column: 'cijfer', message_nl: 'Geef een kolom "cijfer" of "behaald".', message_en: 'Give a column "cijfer" (grade) or "behaald" (passed).' });
  if (csv.rows.length === 0) problems.push({ row: null, column: null, message_nl: 'Het bestand bevat geen resultaten.', message_en: 'The file contains no results.' });
  if (csv.rows.length > MAX_TEST_RESULT_ROWS)
    problems.push({ row: null, column: null, message_nl: `Hoogstens ${MAX_TEST_RESULT_ROWS} rijen per bestand.`, message_en: `At most ${MAX_TEST_RESULT_ROWS} rows per file.` });
  if (problems.length > 0) return { rows: [], problems };

  const rows: TestResultRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of csv.rows) {
    const cell = (c: Column) => (index[c] >= 0 ? (values[index[c]] ?? '').trim() : '');
    const add = (column: Column, nl: string, en: string) => problems.push({ row, column: csv.headers[index[column]] ?? COLUMNS[column][0], message_nl: nl, message_en: en });
    const studentNumber = cell('studentNumber');
    const course = cell('course');
    const takenOn = parseDate(cell('takenOn'));
    // "resultaat" stands in for the grade or pass column when the file has neither.
    const resultCell = cell('result');
    const resultGrade = index.grade < 0 && resultCell !== '' ? parseGrade(resultCell) : null;
    const resultPassed = index.passed < 0 && resultCell !== '' && resultGrade === undefined ? parsePassed(resultCell) : null;
    let grade: number | null | undefined = index.grade >= 0 ? parseGrade(cell('grade')) : resultGrade === undefined ? null : resultGrade;
    let passedCell: boolean | null | undefined = index.passed >= 0 ? parsePassed(cell('passed')) : resultPassed;
    const resultBad = resultGrade === undefined && resultPassed === undefined;
    if (resultBad) {
      grade = null;
      passedCell = null;
    }
    const credits = parseCredits(cell('credits'));
    if (!studentNumber) add('studentNumber', 'Studentnummer ontbreekt.', 'Student number is missing.');
    if (!course) add('course', 'Naam van de toets ontbreekt.', 'Name of the test is missing.');
    else if (course.length > 200) add('course', 'Naam van de toets is te lang (hoogstens 200 tekens).', 'Name of the test is too long (200 characters at most).');
    if (!takenOn) add('takenOn', `"${cell('takenOn')}" is geen datum (gebruik dd-mm-jjjj).`, `"${cell('takenOn')}" is not a date (use dd-mm-yyyy).`);
    if (grade === undefined) add('grade', `"${cell('grade')}" is geen cijfer van 1 tot 10.`, `"${cell('grade')}" is not a grade from 1 to 10.`);
    if (passedCell === undefined) add('passed', `"${cell('passed')}" is geen ja of nee.`, `"${cell('passed')}" is not yes or no.`);
    if (resultBad) add('result', `"${resultCell}" is geen cijfer en geen behaald/niet behaald.`, `"${resultCell}" is neither a grade nor passed/failed.`);
    if (credits === undefined) add('credits', `"${cell('credits')}" is geen aantal studiepunten (0 tot 60).`, `"${cell('credits')}" is not a number of credits (0 to 60).`);
    if (grade === null && passedCell === null && !resultBad)
      add('grade', 'Geef een cijfer of vul "behaald" in.', 'Give a grade or fill in "behaald" (passed).');
    if (!studentNumber || !course || !takenOn || grade === undefined || passedCell === undefined || credits === undefined || (grade === null && passedCell === null)) continue;
    const key = `${studentNumber}|${course.toLowerCase()}|${takenOn}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      add('course', `Dezelfde toets op dezelfde datum staat al in rij ${earlier}.`, `The same test on the same date is already in row ${earlier}.`);
      continue;
    }
    seen.set(key, row);
    rows.push({ row, studentNumber, course, takenOn, grade, passed: passedCell ?? (grade as number) >= PASS_MARK, credits });
  }
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}
