import { sql } from 'kysely';
import type { Queryable } from './types';

/** Feedback asked from a user or an outsider (link, token stored hashed), and the answers. */

export interface FeedbackRequestRow {
  id: string;
  institution_id: string;
  student_id: string;
  student_name: string;
  evidence_id: string | null;
  evidence_title: string | null;
  requested_from: string | null;
  name: string;
  email: string | null;
  question: string;
  via_link: boolean;
  expires_at: Date;
  created_at: Date;
  answered_at: Date | null;
  revoked_at: Date | null;
  answer_id: string | null;
  answer_author: string | null;
  answer_body: string | null;
  answer_at: Date | null;
}

const select = sql`
  SELECT r.id, r.institution_id, r.student_id, s.display_name AS student_name, r.evidence_id, e.title AS evidence_title,
    r.requested_from, r.name, r.email, r.question, (r.token_hash IS NOT NULL) AS via_link, r.expires_at, r.created_at,
    r.answered_at, r.revoked_at, f.id AS answer_id, f.author_name AS answer_author, f.body AS answer_body, f.created_at AS answer_at
  FROM portfolio_feedback_request r
  JOIN app_user s ON s.id = r.student_id
  LEFT JOIN portfolio_evidence e ON e.id = r.evidence_id
  LEFT JOIN portfolio_feedback f ON f.request_id = r.id`;

export async function insertRequest(
  db: Queryable,
  v: { institutionId: string; studentId: string; evidenceId: string; requestedFrom: string | null; name: string; email: string | null; question: string; tokenHash: string | null; expiresAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('portfolio_feedback_request')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      evidence_id: v.evidenceId,
      requested_from: v.requestedFrom,
      name: v.name,
      email: v.email,
      question: v.question,
      token_hash: v.tokenHash,
      expires_at: v.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findRequest(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<FeedbackRequestRow | undefined> {
  const { rows } = await sql<FeedbackRequestRow>`${select} WHERE r.id = ${id} ${opts.forUpdate ? sql`FOR UPDATE OF r` : sql``}`.execute(db);
  return rows[0];
}

export async function findByTokenHash(db: Queryable, tokenHash: string, opts: { forUpdate?: boolean } = {}): Promise<FeedbackRequestRow | undefined> {
  const { rows } = await sql<FeedbackRequestRow>`${select} WHERE r.token_hash = ${tokenHash} ${opts.forUpdate ? sql`FOR UPDATE OF r` : sql``}`.execute(db);
  return rows[0];
}

export async function listForStudent(db: Queryable, studentId: string): Promise<FeedbackRequestRow[]> {
  const { rows } = await sql<FeedbackRequestRow>`${select} WHERE r.student_id = ${studentId} ORDER BY r.created_at DESC, r.id LIMIT 200`.execute(db);
  return rows;
}

/** Open requests addressed to a user: not answered, revoked or expired. */
export async function openForUser(db: Queryable, userId: string): Promise<FeedbackRequestRow[]> {
  const { rows } = await sql<FeedbackRequestRow>`
    ${select} WHERE r.requested_from = ${userId} AND r.answered_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > now()
    ORDER BY r.created_at DESC, r.id`.execute(db);
  return rows;
}

export async function revoke(db: Queryable, id: string): Promise<void> {
  await db.updateTable('portfolio_feedback_request').set({ revoked_at: sql`now()` }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Stores the answer and closes the request in one go: a link works for exactly one answer. */
export async function answer(db: Queryable, requestId: string, v: { authorName: string; body: string }): Promise<void> {
  await db.insertInto('portfolio_feedback').values({ request_id: requestId, author_name: v.authorName, body: v.body }).execute();
  await db.updateTable('portfolio_feedback_request').set({ answered_at: sql`now()` }).where('id', '=', requestId).execute();
}

export interface AnsweredRow {
  id: string;
  author_name: string;
  body: string;
  created_at: Date;
}

export async function answeredFeedbackOf(db: Queryable, evidenceId: string): Promise<AnsweredRow[]> {
  const { rows } = await sql<AnsweredRow>`
    SELECT f.id, f.author_name, f.body, f.created_at
    FROM portfolio_feedback f JOIN portfolio_feedback_request r ON r.id = f.request_id
    WHERE r.evidence_id = ${evidenceId} ORDER BY f.created_at, f.id`.execute(db);
  return rows;
}

export interface AskableRow {
  id: string;
  name: string;
  relation: 'counsellor' | 'parent' | 'supervisor' | 'specialist';
}

/** The people around a student who have an account: current counsellors, linked parents and supervisors, an open referral's specialist. */
export async function askablePeople(db: Queryable, studentId: string, day: string): Promise<AskableRow[]> {
  const { rows } = await sql<AskableRow>`
    SELECT DISTINCT u.id, u.display_name AS name, x.relation, u.sort_name FROM (
      SELECT counsellor_id AS user_id, 'counsellor' AS relation FROM assignment
        WHERE student_id = ${studentId} AND start_date <= ${day}::date AND (end_date IS NULL OR end_date > ${day}::date)
      UNION ALL
      SELECT user_id, kind AS relation FROM student_link
        WHERE student_id = ${studentId} AND kind IN ('parent', 'supervisor') AND start_date <= ${day}::date AND (end_date IS NULL OR end_date > ${day}::date)
      UNION ALL
      SELECT specialist_id AS user_id, 'specialist' AS relation FROM referral WHERE student_id = ${studentId} AND closed_at IS NULL AND specialist_id IS NOT NULL
    ) x JOIN app_user u ON u.id = x.user_id
    WHERE u.active
    ORDER BY u.sort_name, u.id`.execute(db);
  return rows.map(({ id, name, relation }) => ({ id, name, relation }));
}
