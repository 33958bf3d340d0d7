import { sql } from 'kysely';
import type { Queryable } from './types';

/**
 * Ratings of counsellors on the seven competencies (responses whose subject `student_id` is the
 * counsellor) and the 360° requests through which colleagues and team leaders give them.
 */

export interface RatingRow {
  id: string;
  submitted_at: Date;
}

/** The counsellor's own submitted self-ratings, newest first. */
export async function selfRatings(db: Queryable, counsellorId: string, code: string, limit = 20): Promise<RatingRow[]> {
  const { rows } = await sql<RatingRow>`
    SELECT r.id, r.submitted_at FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
    WHERE r.student_id = ${counsellorId} AND r.respondent_id = ${counsellorId} AND r.source = 'self'
      AND r.status = 'submitted' AND iv.code = ${code}
    ORDER BY r.submitted_at DESC, r.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

export async function selfDraft(db: Queryable, counsellorId: string, code: string) {
  const { rows } = await sql<{ id: string; answered: number; updated_at: Date; version_id: string }>`
    SELECT r.id, r.updated_at, r.instrument_version_id AS version_id,
      (SELECT count(*)::int FROM instrument_answer a WHERE a.response_id = r.id) AS answered
    FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
    WHERE r.student_id = ${counsellorId} AND r.respondent_id = ${counsellorId} AND r.status = 'draft' AND iv.code = ${code}
    ORDER BY r.updated_at DESC LIMIT 1`.execute(db);
  return rows[0];
}

/** A rating given on a request the counsellor withdrew does not count. */
const notWithdrawn = sql`NOT EXISTS (SELECT 1 FROM staff_rating_request q WHERE q.response_id = r.id AND q.revoked_at IS NOT NULL)`;

/** Mean per scale of the colleagues' ratings since a date, and how many ratings that is. */
export async function colleagueMeans(db: Queryable, counsellorId: string, code: string, since: Date) {
  const { rows } = await sql<{ scale_code: string; mean: number | null; n: number }>`
    SELECT ss.scale_code, avg(ss.score)::float8 AS mean, count(DISTINCT r.id)::int AS n
    FROM instrument_response r
    JOIN instrument_version iv ON iv.id = r.instrument_version_id
    JOIN instrument_scale_score ss ON ss.response_id = r.id
    WHERE r.student_id = ${counsellorId} AND r.source = 'colleague' AND r.status = 'submitted'
      AND iv.code = ${code} AND r.submitted_at >= ${since} AND ${notWithdrawn}
    GROUP BY ss.scale_code`.execute(db);
  return rows;
}

/** The latest rating by a team leader, with who gave it. */
export async function latestManagerRating(db: Queryable, counsellorId: string, code: string) {
  const { rows } = await sql<{ id: string; submitted_at: Date; name: string }>`
    SELECT r.id, r.submitted_at, u.display_name AS name
    FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
    JOIN app_user u ON u.id = r.respondent_id
    WHERE r.student_id = ${counsellorId} AND r.source = 'manager' AND r.status = 'submitted' AND iv.code = ${code} AND ${notWithdrawn}
    ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1`.execute(db);
  return rows[0];
}

export interface RequestRow {
  id: string;
  institution_id: string;
  subject_id: string;
  subject_name: string;
  rater_id: string;
  rater_name: string;
  relation: 'colleague' | 'manager';
  instrument_version_id: string;
  response_id: string | null;
  response_status: 'draft' | 'submitted' | null;
  submitted_at: Date | null;
  created_at: Date;
  revoked_at: Date | null;
}

const requestSelect = sql`
  SELECT q.id, q.institution_id, q.subject_id, s.display_name AS subject_name, q.rater_id, ra.display_name AS rater_name,
    q.relation, q.instrument_version_id, q.response_id, r.status AS response_status, r.submitted_at, q.created_at, q.revoked_at
  FROM staff_rating_request q
  JOIN app_user s ON s.id = q.subject_id
  JOIN app_user ra ON ra.id = q.rater_id
  LEFT JOIN instrument_response r ON r.id = q.response_id`;

export async function findRequest(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<RequestRow | undefined> {
  const { rows } = await sql<RequestRow>`${requestSelect} WHERE q.id = ${id} ${opts.forUpdate ? sql`FOR UPDATE OF q` : sql``}`.execute(db);
  return rows[0];
}

export async function requestsBySubject(db: Queryable, subjectId: string, limit = 50): Promise<RequestRow[]> {
  const { rows } = await sql<RequestRow>`${requestSelect} WHERE q.subject_id = ${subjectId} ORDER BY q.created_at DESC, q.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

/** Requests to this rater that still need them: not withdrawn and not yet submitted. */
export async function openRequestsForRater(db: Queryable, raterId: string, limit = 50): Promise<RequestRow[]> {
  const { rows } = await sql<RequestRow>`${requestSelect}
    WHERE q.rater_id = ${raterId} AND q.revoked_at IS NULL AND (r.status IS NULL OR r.status = 'draft')
    ORDER BY q.created_at DESC, q.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

export async function hasOpenRequest(db: Queryable, subjectId: string, raterId: string): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    SELECT q.id FROM staff_rating_request q LEFT JOIN instrument_response r ON r.id = q.response_id
    WHERE q.subject_id = ${subjectId} AND q.rater_id = ${raterId} AND q.revoked_at IS NULL AND (r.status IS NULL OR r.status = 'draft')
    LIMIT 1`.execute(db);
  return rows.length > 0;
}

export async function insertRequest(
  db: Queryable,
  q: { institutionId: string; subjectId: string; raterId: string; relation: 'colleague' | 'manager'; versionId: string },
): Promise<string> {
  const row = await db
    .insertInto('staff_rating_request')
    .values({ institution_id: q.institutionId, subject_id: q.subjectId, rater_id: q.raterId, relation: q.relation, instrument_version_id: q.versionId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function linkResponse(db: Queryable, id: string, responseId: string): Promise<void> {
  await db.updateTable('staff_rating_request').set({ response_id: responseId }).where('id', '=', id).execute();
}

export async function discardDraft(db: Queryable, requestId: string, responseId: string): Promise<void> {
  await db.updateTable('staff_rating_request').set({ response_id: null }).where('id', '=', requestId).execute();
  await db.deleteFrom('instrument_response').where('id', '=', responseId).where('status', '=', 'draft').execute();
}

export async function revokeRequest(db: Queryable, id: string): Promise<void> {
  await db.updateTable('staff_rating_request').set({ revoked_at: sql`now()` }).where('id', '=', id).execute();
}

/** Staff who can be asked to rate: counsellors and managers of the institution, by name. */
export async function staffOptions(db: Queryable, institutionId: string, excludeId: string, q: string, limit: number) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await sql<{ id: string; name: string; role: 'counsellor' | 'manager' }>`
    SELECT id, display_name AS name, role FROM app_user
    WHERE institution_id = ${institutionId} AND active AND role IN ('counsellor', 'manager') AND id <> ${excludeId}
      AND (${q} = '' OR display_name ILIKE ${pattern})
    ORDER BY sort_name, id LIMIT ${limit}`.execute(db);
  return rows;
}

export async function staffMember(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'role', 'display_name'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('active', '=', true)
    .executeTakeFirst();
}
