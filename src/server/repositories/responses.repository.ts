import { sql } from 'kysely';
import type { ResponseSource, Source } from '../../shared/competencies';
import type { Queryable } from './types';

/** Responses to instruments: their answers while being filled in, and scale scores once submitted. */

export interface ResponseRow {
  id: string;
  institution_id: string;
  instrument_version_id: string;
  student_id: string;
  student_name: string;
  source: ResponseSource;
  respondent_id: string | null;
  invitation_id: string | null;
  status: 'draft' | 'submitted';
  started_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
}

const responseColumns = sql`r.id, r.institution_id, r.instrument_version_id, r.student_id, s.display_name AS student_name,
  r.source, r.respondent_id, r.invitation_id, r.status, r.started_at, r.updated_at, r.submitted_at`;

export async function findResponse(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<ResponseRow | undefined> {
  const lock = opts.forUpdate ? sql`FOR UPDATE OF r` : sql``;
  const { rows } = await sql<ResponseRow>`
    SELECT ${responseColumns} FROM instrument_response r JOIN app_user s ON s.id = r.student_id
    WHERE r.id = ${id} ${lock}`.execute(db);
  return rows[0];
}

export async function findDraft(db: Queryable, respondentId: string, studentId: string, versionId: string): Promise<ResponseRow | undefined> {
  const { rows } = await sql<ResponseRow>`
    SELECT ${responseColumns} FROM instrument_response r JOIN app_user s ON s.id = r.student_id
    WHERE r.respondent_id = ${respondentId} AND r.student_id = ${studentId}
      AND r.instrument_version_id = ${versionId} AND r.status = 'draft'`.execute(db);
  return rows[0];
}

export async function findByInvitation(db: Queryable, invitationId: string, opts: { forUpdate?: boolean } = {}) {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM instrument_response WHERE invitation_id = ${invitationId} ${opts.forUpdate ? sql`FOR UPDATE` : sql``}`.execute(db);
  return rows[0] ? findResponse(db, rows[0].id) : undefined;
}

export async function insertResponse(
  db: Queryable,
  r: { institutionId: string; versionId: string; studentId: string; source: ResponseRow['source']; respondentId: string | null; invitationId: string | null },
): Promise<string> {
  const row = await db
    .insertInto('instrument_response')
    .values({
      institution_id: r.institutionId,
      instrument_version_id: r.versionId,
      student_id: r.studentId,
      source: r.source,
      respondent_id: r.respondentId,
      invitation_id: r.invitationId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function answersOf(db: Queryable, responseId: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom('instrument_answer').select(['item_code', 'value']).where('response_id', '=', responseId).execute();
  return Object.fromEntries(rows.map((r) => [r.item_code, r.value]));
}

/** Sets and clears answers in one statement each; the caller has validated every value. */
export async function saveAnswers(db: Queryable, responseId: string, set: [string, number][], clear: string[]): Promise<void> {
  if (set.length > 0) {
    await db
      .insertInto('instrument_answer')
      .values(set.map(([item_code, value]) => ({ response_id: responseId, item_code, value })))
      .onConflict((oc) => oc.columns(['response_id', 'item_code']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), answered_at: sql`now()` })))
      .execute();
  }
  if (clear.length > 0) await db.deleteFrom('instrument_answer').where('response_id', '=', responseId).where('item_code', 'in', clear).execute();
  await db.updateTable('instrument_response').set({ updated_at: sql`now()` }).where('id', '=', responseId).execute();
}

export async function markSubmitted(
  db: Queryable,
  responseId: string,
  scales: { code: string; score: number | null; answered: number; total: number }[],
): Promise<void> {
  await db.updateTable('instrument_response').set({ status: 'submitted', submitted_at: sql`now()`, updated_at: sql`now()` }).where('id', '=', responseId).execute();
  if (scales.length > 0)
    await db
      .insertInto('instrument_scale_score')
      .values(scales.map((s) => ({ response_id: responseId, scale_code: s.code, score: s.score, answered: s.answered, total: s.total })))
      .execute();
}

export async function scoresOf(db: Queryable, responseIds: readonly string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('instrument_scale_score')
    .select(['response_id', 'scale_code', 'score'])
    .where('response_id', 'in', responseIds)
    .execute();
}

/**
 * Submitted measurements about one student of the given instruments, newest first, with who
 * filled them in (an account's name, or the invited supervisor's name).
 */
export async function measurementsOf(db: Queryable, studentId: string, instrumentCodes: readonly string[]) {
  const { rows } = await sql<{
    id: string;
    source: Source;
    code: string;
    version: number;
    respondent_name: string | null;
    submitted_at: Date;
  }>`
    SELECT r.id, r.source, iv.code, iv.version, coalesce(u.display_name, si.name) AS respondent_name, r.submitted_at
    FROM instrument_response r
    JOIN instrument_version iv ON iv.id = r.instrument_version_id
    LEFT JOIN app_user u ON u.id = r.respondent_id
    LEFT JOIN scan_invitation si ON si.id = r.invitation_id
    WHERE r.student_id = ${studentId} AND r.status = 'submitted' AND r.source IN ('self', 'counsellor', 'supervisor') AND iv.code IN (${sql.join(instrumentCodes.map((c) => sql`${c}`))})
    ORDER BY r.submitted_at DESC, r.id
    LIMIT 200`.execute(db);
  return rows;
}

/** The student's own open draft of an instrument, if any, with how far it got. */
export async function selfDraft(db: Queryable, studentId: string, code: string) {
  const { rows } = await sql<{ id: string; answered: number; updated_at: Date; version_id: string }>`
    SELECT r.id, r.updated_at, r.instrument_version_id AS version_id,
      (SELECT count(*)::int FROM instrument_answer a WHERE a.response_id = r.id) AS answered
    FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
    WHERE r.student_id = ${studentId} AND r.respondent_id = ${studentId} AND r.status = 'draft' AND iv.code = ${code}
    ORDER BY r.updated_at DESC LIMIT 1`.execute(db);
  return rows[0];
}
