import { sql } from 'kysely';
import type { Queryable } from './types';

/*
 * Set-based writes for the roster import: every function handles a whole chunk of students in one
 * statement, because PGlite manages only a few thousand single-row statements per second. Rows
 * travel as one array parameter per column (unnest), which PGlite parses much faster than a
 * VALUES list with a parameter per cell.
 */

export interface StudentRow {
  studentNumber: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  displayName: string;
  sortName: string;
  email: string | null;
  gender: string | null;
}

/** Optional columns that the file has; the others are left as they are on existing students. */
export interface SyncColumns {
  namePrefix: boolean;
  email: boolean;
  gender: boolean;
}

/**
 * Inserts new students and updates existing ones (by institution and student number) only where
 * something differs, and returns every student of the chunk with its id: `inserted` for a new row
 * (xmax is 0 only on a freshly inserted row), `written` for an inserted or updated one.
 * The second SELECT sees the table as it was before the statement, so it yields exactly the
 * existing students that the upsert left alone.
 */
export async function upsertStudents(db: Queryable, institutionId: string, rows: StudentRow[], columns: SyncColumns) {
  const updated = ['first_name', 'last_name', 'display_name', 'sort_name'];
  if (columns.namePrefix) updated.push('name_prefix');
  if (columns.email) updated.push('email');
  if (columns.gender) updated.push('gender');
  const col = (c: string) => sql.ref(c);
  const { rows: result } = await sql<{ id: string; student_number: string; inserted: boolean; written: boolean }>`
    WITH input AS (
      SELECT * FROM unnest(
        ${rows.map((r) => r.studentNumber)}::text[], ${rows.map((r) => r.firstName)}::text[],
        ${rows.map((r) => r.namePrefix)}::text[], ${rows.map((r) => r.lastName)}::text[],
        ${rows.map((r) => r.displayName)}::text[], ${rows.map((r) => r.sortName)}::text[],
        ${rows.map((r) => r.email)}::text[], ${rows.map((r) => r.gender)}::text[]
      ) AS t(student_number, first_name, name_prefix, last_name, display_name, sort_name, email, gender)
    ),
    written AS (
      INSERT INTO app_user (institution_id, role, student_number, first_name, name_prefix, last_name, display_name, sort_name, email, gender)
      SELECT ${institutionId}::uuid, 'student', student_number, first_name, name_prefix, last_name, display_name, sort_name, email, gender
      FROM input
      ON CONFLICT (institution_id, student_number) WHERE student_number IS NOT NULL
      DO UPDATE SET ${sql.join(updated.map((c) => sql`${col(c)} = EXCLUDED.${col(c)}`))}, updated_at = now()
      WHERE app_user.role = 'student'
        AND (${sql.join(updated.map((c) => sql`app_user.${col(c)} IS DISTINCT FROM EXCLUDED.${col(c)}`), sql` OR `)})
      RETURNING id, student_number, (xmax = 0) AS inserted
    )
    SELECT id, student_number, inserted, true AS written FROM written
    UNION ALL
    SELECT u.id, u.student_number, false, false FROM app_user u
    WHERE u.institution_id = ${institutionId} AND u.role = 'student'
      AND u.student_number IN (SELECT student_number FROM input)
      AND u.student_number NOT IN (SELECT student_number FROM written)`.execute(db);
  return result;
}

export interface CohortKey {
  programmeId: string;
  schoolYear: string;
  name: string;
}

/** Finds or creates the cohorts by (programme, school year, name); returns all of them with ids. */
export async function ensureCohorts(db: Queryable, keys: CohortKey[]) {
  if (keys.length === 0) return [];
  await db
    .insertInto('cohort')
    .values(keys.map((k) => ({ programme_id: k.programmeId, school_year: k.schoolYear, name: k.name })))
    .onConflict((oc) => oc.columns(['programme_id', 'school_year', 'name']).doNothing())
    .execute();
  return db
    .selectFrom('cohort')
    .select(['id', 'programme_id', 'school_year', 'name'])
    .where((eb) =>
      eb(
        eb.refTuple('programme_id', 'school_year', 'name'),
        'in',
        keys.map((k) => eb.tuple(k.programmeId, k.schoolYear, k.name)),
      ),
    )
    .execute();
}

export function openEnrolments(db: Queryable, studentIds: string[]) {
  return db
    .selectFrom('enrolment')
    .select(['id', 'student_id', 'cohort_id'])
    .where(sql<boolean>`student_id = ANY(${studentIds}::uuid[])`)
    .where('end_date', 'is', null)
    .execute();
}

/** Ends enrolments on the given dates, never before their own start (history stays valid). */
export async function endEnrolments(db: Queryable, ends: { id: string; endDate: string }[]): Promise<void> {
  if (ends.length === 0) return;
  await sql`
    UPDATE enrolment AS e SET end_date = GREATEST(e.start_date, v.end_date)
    FROM unnest(${ends.map((x) => x.id)}::uuid[], ${ends.map((x) => x.endDate)}::date[]) AS v(id, end_date)
    WHERE e.id = v.id`.execute(db);
}

export async function insertEnrolments(db: Queryable, rows: { studentId: string; cohortId: string; startDate: string }[]) {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO enrolment (student_id, cohort_id, start_date)
    SELECT * FROM unnest(${rows.map((r) => r.studentId)}::uuid[], ${rows.map((r) => r.cohortId)}::uuid[], ${rows.map((r) => r.startDate)}::date[])`.execute(db);
}

export function openAssignments(db: Queryable, studentIds: string[]) {
  return db
    .selectFrom('assignment')
    .select(['id', 'student_id', 'counsellor_id'])
    .where(sql<boolean>`student_id = ANY(${studentIds}::uuid[])`)
    .where('end_date', 'is', null)
    .execute();
}

export async function endAssignments(db: Queryable, endedBy: string, ends: { id: string; endDate: string }[]): Promise<void> {
  if (ends.length === 0) return;
  await sql`
    UPDATE assignment AS a SET end_date = GREATEST(a.start_date, v.end_date), ended_by = ${endedBy}
    FROM unnest(${ends.map((x) => x.id)}::uuid[], ${ends.map((x) => x.endDate)}::date[]) AS v(id, end_date)
    WHERE a.id = v.id`.execute(db);
}

export async function insertAssignments(
  db: Queryable,
  createdBy: string,
  rows: { studentId: string; counsellorId: string; startDate: string }[],
) {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO assignment (student_id, counsellor_id, start_date, created_by)
    SELECT s, c, d, ${createdBy}::uuid
    FROM unnest(${rows.map((r) => r.studentId)}::uuid[], ${rows.map((r) => r.counsellorId)}::uuid[], ${rows.map((r) => r.startDate)}::date[]) AS v(s, c, d)`.execute(db);
}

/**
 * What the validator needs to know about the institution, limited to the values in the file.
 * Lists go in as one array parameter each: a large file has more values than PostgreSQL allows
 * parameters in one statement.
 */
export async function lookupRosterReferences(
  db: Queryable,
  institutionId: string,
  keys: { emails: string[]; studentNumbers: string[]; counsellorEmails: string[] },
) {
  const programmes = await db.selectFrom('programme').select(['id', 'code', 'name']).where('institution_id', '=', institutionId).execute();
  const counsellors = keys.counsellorEmails.length
    ? await db
        .selectFrom('app_user')
        .select(['id', sql<string>`lower(email)`.as('email')])
        .where('institution_id', '=', institutionId)
        .where('role', '=', 'counsellor')
        .where('active', '=', true)
        .where(sql<boolean>`lower(email) = ANY(${keys.counsellorEmails}::text[])`)
        .execute()
    : [];
  const emailOwners = keys.emails.length
    ? await db
        .selectFrom('app_user')
        .select([sql<string>`lower(email)`.as('email'), 'institution_id', 'role', 'student_number'])
        .where(sql<boolean>`lower(email) = ANY(${keys.emails}::text[])`)
        .execute()
    : [];
  const nonStudents = keys.studentNumbers.length
    ? await db
        .selectFrom('app_user')
        .select('student_number')
        .where('institution_id', '=', institutionId)
        .where('role', '<>', 'student')
        .where(sql<boolean>`student_number = ANY(${keys.studentNumbers}::text[])`)
        .execute()
    : [];
  return { programmes, counsellors, emailOwners, nonStudents };
}
