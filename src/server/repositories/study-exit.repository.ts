import { sql } from 'kysely';
import type { Queryable } from './types';

/** Switch and dropout registrations, and the enrolment each one ends. */

export interface OpenEnrolment {
  id: string;
  start_date: string;
  programme_id: string;
  programme: string;
}

/** The enrolment a registration ends: the latest one still open. Locked, so two registrations cannot both end it. */
export async function openEnrolment(db: Queryable, institutionId: string, studentId: string): Promise<OpenEnrolment | undefined> {
  const { rows } = await sql<OpenEnrolment>`
    SELECT e.id, e.start_date::text AS start_date, c.programme_id, p.name AS programme
    FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme p ON p.id = c.programme_id
    JOIN app_user u ON u.id = e.student_id
    WHERE e.student_id = ${studentId} AND u.institution_id = ${institutionId} AND e.end_date IS NULL
    ORDER BY e.start_date DESC
    LIMIT 1
    FOR UPDATE OF e`.execute(db);
  return rows[0];
}

export async function endEnrolment(db: Queryable, enrolmentId: string, endDate: string): Promise<void> {
  await db.updateTable('enrolment').set({ end_date: endDate }).where('id', '=', enrolmentId).where('end_date', 'is', null).execute();
}

export async function insertExit(
  db: Queryable,
  v: {
    institutionId: string;
    studentId: string;
    enrolmentId: string;
    exitOn: string;
    kind: string;
    destination: string;
    destinationProgrammeId: string | null;
    note: string;
    conversationId: string | null;
    by: string;
    reasons: readonly string[];
  },
): Promise<string> {
  const row = await db
    .insertInto('study_exit')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      enrolment_id: v.enrolmentId,
      exit_on: v.exitOn,
      kind: v.kind,
      destination: v.destination,
      destination_programme_id: v.destinationProgrammeId,
      note: v.note,
      conversation_id: v.conversationId,
      recorded_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('study_exit_reason').values(v.reasons.map((reason) => ({ exit_id: row.id, reason }))).execute();
  return row.id;
}

export interface ExitRow {
  id: string;
  kind: 'switch' | 'dropout';
  exit_on: string;
  destination: 'programme_here' | 'other_institution' | 'work' | 'unknown';
  destination_programme: string | null;
  programme: string;
  reasons: string;
  note: string;
  conversation_id: string | null;
  recorded_by: string;
}

export async function exitsOf(db: Queryable, institutionId: string, studentId: string): Promise<ExitRow[]> {
  const { rows } = await sql<ExitRow>`
    SELECT x.id, x.kind, x.exit_on::text AS exit_on, x.destination, dp.name AS destination_programme, p.name AS programme,
           COALESCE((SELECT string_agg(r.reason, ',' ORDER BY r.reason) FROM study_exit_reason r WHERE r.exit_id = x.id), '') AS reasons,
           x.note, x.conversation_id, u.display_name AS recorded_by
    FROM study_exit x
    JOIN enrolment e ON e.id = x.enrolment_id JOIN cohort c ON c.id = e.cohort_id JOIN programme p ON p.id = c.programme_id
    LEFT JOIN programme dp ON dp.id = x.destination_programme_id
    JOIN app_user u ON u.id = x.recorded_by
    WHERE x.student_id = ${studentId} AND x.institution_id = ${institutionId}
    ORDER BY x.exit_on DESC`.execute(db);
  return rows;
}

export async function programmeInInstitution(db: Queryable, institutionId: string, programmeId: string): Promise<boolean> {
  const row = await db.selectFrom('programme').select('id').where('id', '=', programmeId).where('institution_id', '=', institutionId).executeTakeFirst();
  return row !== undefined;
}
