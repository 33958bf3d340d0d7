import { sql } from 'kysely';
import type { Queryable } from './types';

/** A counsellor's development plan: goals, the training and intervisie log, yearly reviews, consent. */

export interface GoalRow {
  id: string;
  counsellor_id: string;
  what: string;
  due_date: string;
  competencies: string[];
  status: 'open' | 'done' | 'dropped';
  created_at: Date;
  updated_at: Date;
}

const goalColumns = sql`id, counsellor_id, what, due_date, competencies, status, created_at, updated_at`;

/** Open goals first (soonest due first), then the rest, newest first; a plan has tens, not thousands. */
export async function goalsOf(db: Queryable, counsellorId: string, limit = 100): Promise<GoalRow[]> {
  const { rows } = await sql<GoalRow>`
    SELECT ${goalColumns} FROM development_goal WHERE counsellor_id = ${counsellorId}
    ORDER BY (status = 'open') DESC, CASE WHEN status = 'open' THEN due_date END ASC, updated_at DESC, id
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findGoal(db: Queryable, id: string): Promise<GoalRow | undefined> {
  const { rows } = await sql<GoalRow>`SELECT ${goalColumns} FROM development_goal WHERE id = ${id}`.execute(db);
  return rows[0];
}

export async function insertGoal(db: Queryable, g: { institutionId: string; counsellorId: string; what: string; dueDate: string; competencies: string[] }) {
  const row = await db
    .insertInto('development_goal')
    .values({ institution_id: g.institutionId, counsellor_id: g.counsellorId, what: g.what, due_date: g.dueDate, competencies: JSON.stringify(g.competencies) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateGoal(db: Queryable, id: string, u: { what?: string; dueDate?: string; competencies?: string[]; status?: string }) {
  await db
    .updateTable('development_goal')
    .set({
      ...(u.what !== undefined ? { what: u.what } : {}),
      ...(u.dueDate !== undefined ? { due_date: u.dueDate } : {}),
      ...(u.competencies !== undefined ? { competencies: JSON.stringify(u.competencies) } : {}),
      ...(u.status !== undefined ? { status: u.status } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export interface ActivityRow {
  id: string;
  counsellor_id: string;
  kind: 'training' | 'intervisie';
  title: string;
  held_on: string;
  hours: number | null;
  competencies: string[];
  reflection: string;
  created_at: Date;
}

/** One page of the log, newest first; `after` is the last row of the previous page. */
export async function activitiesOf(db: Queryable, counsellorId: string, limit: number, after?: { d: string; i: string }): Promise<ActivityRow[]> {
  const from = after ? sql`AND (held_on, id) < (${after.d}::date, ${after.i}::uuid)` : sql``;
  const { rows } = await sql<ActivityRow>`
    SELECT id, counsellor_id, kind, title, held_on, hours, competencies, reflection, created_at
    FROM development_activity WHERE counsellor_id = ${counsellorId} ${from}
    ORDER BY held_on DESC, id DESC LIMIT ${limit + 1}`.execute(db);
  return rows;
}

export async function insertActivity(
  db: Queryable,
  a: { institutionId: string; counsellorId: string; kind: string; title: string; heldOn: string; hours: number | null; competencies: string[]; reflection: string },
) {
  const row = await db
    .insertInto('development_activity')
    .values({
      institution_id: a.institutionId,
      counsellor_id: a.counsellorId,
      kind: a.kind,
      title: a.title,
      held_on: a.heldOn,
      hours: a.hours,
      competencies: JSON.stringify(a.competencies),
      reflection: a.reflection,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findActivity(db: Queryable, id: string): Promise<ActivityRow | undefined> {
  const { rows } = await sql<ActivityRow>`
    SELECT id, counsellor_id, kind, title, held_on, hours, competencies, reflection, created_at FROM development_activity WHERE id = ${id}`.execute(db);
  return rows[0];
}

export async function deleteActivity(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('development_activity').where('id', '=', id).execute();
}

export interface ReviewRow {
  id: string;
  counsellor_id: string;
  leader_id: string;
  leader_name: string;
  held_on: string;
  leader_notes: string;
  counsellor_notes: string;
  updated_at: Date;
}

const reviewSelect = sql`
  SELECT r.id, r.counsellor_id, r.leader_id, u.display_name AS leader_name, r.held_on, r.leader_notes, r.counsellor_notes, r.updated_at
  FROM development_review r JOIN app_user u ON u.id = r.leader_id`;

export async function reviewsOf(db: Queryable, counsellorId: string, limit = 20): Promise<ReviewRow[]> {
  const { rows } = await sql<ReviewRow>`${reviewSelect} WHERE r.counsellor_id = ${counsellorId} ORDER BY r.held_on DESC, r.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findReview(db: Queryable, id: string): Promise<ReviewRow | undefined> {
  const { rows } = await sql<ReviewRow>`${reviewSelect} WHERE r.id = ${id}`.execute(db);
  return rows[0];
}

export async function insertReview(db: Queryable, r: { institutionId: string; counsellorId: string; leaderId: string; heldOn: string; leaderNotes: string }) {
  const row = await db
    .insertInto('development_review')
    .values({ institution_id: r.institutionId, counsellor_id: r.counsellorId, leader_id: r.leaderId, held_on: r.heldOn, leader_notes: r.leaderNotes })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReviewNotes(db: Queryable, id: string, side: 'leader' | 'counsellor', notes: string): Promise<void> {
  await db
    .updateTable('development_review')
    .set({ ...(side === 'leader' ? { leader_notes: notes } : { counsellor_notes: notes }), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function consentOf(db: Queryable, userId: string): Promise<boolean> {
  const row = await db.selectFrom('staff_development_consent').select('ratings_visible_to_leader').where('user_id', '=', userId).executeTakeFirst();
  return row?.ratings_visible_to_leader ?? false;
}

export async function setConsent(db: Queryable, userId: string, visible: boolean): Promise<void> {
  await db
    .insertInto('staff_development_consent')
    .values({ user_id: userId, ratings_visible_to_leader: visible })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ratings_visible_to_leader: visible, updated_at: sql`now()` }))
    .execute();
}

/** A counsellor of this institution (the subject of a plan), or undefined. */
export async function findCounsellor(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('role', '=', 'counsellor')
    .executeTakeFirst();
}
