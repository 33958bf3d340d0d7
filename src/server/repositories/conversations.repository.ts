import { sql } from 'kysely';
import type { Queryable } from './types';

/** Conversations and their topics; notes, actions and feedback live in their own repositories. */

export interface ConversationRow {
  id: string;
  institution_id: string;
  student_id: string;
  student_name: string;
  counsellor_id: string;
  counsellor_name: string;
  proposed_by: string;
  proposed_by_name: string;
  type: 'kennismaking' | 'voortgang' | 'loopbaangesprek' | 'bpv' | 'exit' | 'intake';
  status: 'proposed' | 'planned' | 'held' | 'cancelled';
  starts_at: Date;
  duration_minutes: number;
  location: string;
  online: boolean;
  agenda: string;
  experience: string;
  student_summary: string;
  held_at: Date | null;
  version: number;
  open_actions: number;
}

const select = sql`
  SELECT c.id, c.institution_id, c.student_id, s.display_name AS student_name, c.counsellor_id, co.display_name AS counsellor_name,
    c.proposed_by, p.display_name AS proposed_by_name, c.type, c.status, c.starts_at, c.duration_minutes, c.location, c.online,
    c.agenda, c.experience, c.student_summary, c.held_at, c.version,
    (SELECT count(*)::int FROM conversation_action a WHERE a.conversation_id = c.id AND a.status = 'open') AS open_actions
  FROM conversation c
  JOIN app_user s ON s.id = c.student_id
  JOIN app_user co ON co.id = c.counsellor_id
  JOIN app_user p ON p.id = c.proposed_by`;

export async function findConversation(db: Queryable, id: string): Promise<ConversationRow | undefined> {
  const { rows } = await sql<ConversationRow>`${select} WHERE c.id = ${id}`.execute(db);
  return rows[0];
}

export async function listForStudent(db: Queryable, studentId: string, limit = 100): Promise<ConversationRow[]> {
  const { rows } = await sql<ConversationRow>`${select} WHERE c.student_id = ${studentId} ORDER BY c.starts_at DESC, c.id LIMIT ${limit}`.execute(db);
  return rows;
}

export async function insertConversation(
  db: Queryable,
  v: { institutionId: string; studentId: string; counsellorId: string; proposedBy: string; type: string; startsAt: string; durationMinutes: number; location: string; online: boolean },
): Promise<string> {
  const row = await db
    .insertInto('conversation')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      counsellor_id: v.counsellorId,
      proposed_by: v.proposedBy,
      type: v.type,
      starts_at: new Date(v.startsAt),
      duration_minutes: v.durationMinutes,
      location: v.location,
      online: v.online,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type ConversationChanges = Partial<{
  status: ConversationRow['status'];
  starts_at: Date;
  duration_minutes: number;
  location: string;
  online: boolean;
  proposed_by: string;
  agenda: string;
  experience: string;
  student_summary: string;
  held_at: Date;
}>;

/**
 * Optimistic concurrency: the update only lands on the version the writer saw, and bumps it.
 * Returns false when someone else changed the conversation in between.
 */
export async function updateConversation(db: Queryable, id: string, version: number, changes: ConversationChanges): Promise<boolean> {
  const result = await db
    .updateTable('conversation')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function topicsOf(db: Queryable, conversationId: string): Promise<string[]> {
  const rows = await db.selectFrom('conversation_topic').select('competency').where('conversation_id', '=', conversationId).orderBy('competency').execute();
  return rows.map((r) => r.competency);
}

export async function setTopics(db: Queryable, conversationId: string, topics: readonly string[]): Promise<void> {
  await db.deleteFrom('conversation_topic').where('conversation_id', '=', conversationId).execute();
  if (topics.length > 0) await db.insertInto('conversation_topic').values(topics.map((competency) => ({ conversation_id: conversationId, competency }))).execute();
}

/** The last held conversation before this one, for the preparation view. */
export async function previousHeld(db: Queryable, studentId: string, before: Date) {
  const { rows } = await sql<{ id: string; starts_at: Date; student_summary: string }>`
    SELECT id, starts_at, student_summary FROM conversation
    WHERE student_id = ${studentId} AND status = 'held' AND starts_at < ${before}
    ORDER BY starts_at DESC LIMIT 1`.execute(db);
  return rows[0];
}

/**
 * Per caseload student: conversations held this school year, the last one held and the next one
 * planned, with the cadence norm of their current programme for that year.
 */
export async function caseloadCadence(db: Queryable, q: { counsellorId: string; today: string; yearStart: string; yearEnd: string; schoolYear: string }) {
  const { rows } = await sql<{
    id: string;
    name: string;
    cohort: string | null;
    programme_id: string | null;
    level: 'vo' | 'mbo' | 'hbo' | null;
    conversations_per_year: number | null;
    minutes_each: number | null;
    held_dates: string[] | null;
    last_held: Date | null;
    next_planned: Date | null;
  }>`
    SELECT u.id, u.display_name AS name, co.name AS cohort, pr.id AS programme_id, pr.level, n.conversations_per_year, n.minutes_each,
      (SELECT json_agg(to_char(c.starts_at, 'YYYY-MM-DD') ORDER BY c.starts_at) FROM conversation c
        WHERE c.student_id = u.id AND c.status = 'held' AND c.starts_at >= ${q.yearStart}::date AND c.starts_at < ${q.yearEnd}::date) AS held_dates,
      (SELECT max(c.starts_at) FROM conversation c WHERE c.student_id = u.id AND c.status = 'held') AS last_held,
      (SELECT min(c.starts_at) FROM conversation c WHERE c.student_id = u.id AND c.status IN ('proposed', 'planned') AND c.starts_at >= now()) AS next_planned
    FROM app_user u
    LEFT JOIN enrolment e ON e.student_id = u.id AND e.end_date IS NULL
    LEFT JOIN cohort co ON co.id = e.cohort_id
    LEFT JOIN programme pr ON pr.id = co.programme_id
    LEFT JOIN cadence_norm n ON n.programme_id = co.programme_id AND n.school_year = ${q.schoolYear}
    WHERE u.id IN (SELECT a.student_id FROM assignment a WHERE a.counsellor_id = ${q.counsellorId}
                   AND a.start_date <= ${q.today}::date AND (a.end_date IS NULL OR a.end_date > ${q.today}::date))
    ORDER BY u.sort_name, u.id
    LIMIT 1000`.execute(db);
  return rows;
}

export async function normsOfYear(db: Queryable, institutionId: string, schoolYear: string) {
  const { rows } = await sql<{
    programme_id: string;
    programme_name: string;
    level: 'vo' | 'mbo' | 'hbo';
    conversations_per_year: number | null;
    minutes_each: number | null;
    description: string | null;
  }>`
    SELECT p.id AS programme_id, p.name AS programme_name, p.level, n.conversations_per_year, n.minutes_each, n.description
    FROM programme p LEFT JOIN cadence_norm n ON n.programme_id = p.id AND n.school_year = ${schoolYear}
    WHERE p.institution_id = ${institutionId}
    ORDER BY p.name`.execute(db);
  return rows;
}

export async function upsertNorm(
  db: Queryable,
  v: { programmeId: string; schoolYear: string; conversationsPerYear: number; minutesEach: number; description: string; updatedBy: string },
): Promise<void> {
  await db
    .insertInto('cadence_norm')
    .values({
      programme_id: v.programmeId,
      school_year: v.schoolYear,
      conversations_per_year: v.conversationsPerYear,
      minutes_each: v.minutesEach,
      description: v.description,
      updated_by: v.updatedBy,
    })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'school_year']).doUpdateSet({
        conversations_per_year: v.conversationsPerYear,
        minutes_each: v.minutesEach,
        description: v.description,
        updated_by: v.updatedBy,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}
