import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from './types';

/** The POP: goals with their competencies, actions, progress reviews and revision history. */

export interface GoalRow {
  id: string;
  institution_id: string;
  student_id: string;
  title: string;
  description: string;
  due_on: string | null;
  status: 'active' | 'achieved' | 'stopped';
  competencies: string[];
  evidence_count: number;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/**
 * Whether the student shares their plan with guidance staff (default yes). Part of the query, so
 * a plan kept private never leaves the database in a staff member's view. Reusable by any module
 * that shows goals to staff.
 */
export function guidancePlanVisible(studentId: RawBuilder<unknown> | string): RawBuilder<boolean> {
  const ref = typeof studentId === 'string' ? sql`${studentId}::uuid` : studentId;
  return sql<boolean>`coalesce((SELECT ps.plan_for_guidance FROM portfolio_settings ps WHERE ps.student_id = ${ref}), true)`;
}

/** For staff, only evidence they may see is counted (see guidanceVisibleEvidence). */
function goalSelect(view: 'owner' | 'guidance') {
  const visible = view === 'owner' ? sql`true` : sql`e.for_guidance AND e.status = 'final'`;
  return sql`
    SELECT g.id, g.institution_id, g.student_id, g.title, g.description, g.due_on, g.status, g.created_at, g.updated_at, g.version,
      coalesce((SELECT json_agg(gc.competency ORDER BY gc.competency) FROM portfolio_goal_competency gc WHERE gc.goal_id = g.id), '[]') AS competencies,
      (SELECT count(*)::int FROM portfolio_evidence_goal eg JOIN portfolio_evidence e ON e.id = eg.evidence_id
        WHERE eg.goal_id = g.id AND ${visible}) AS evidence_count
    FROM portfolio_goal g`;
}

export async function listGoals(db: Queryable, studentId: string, view: 'owner' | 'guidance'): Promise<GoalRow[]> {
  const filter = view === 'owner' ? sql`true` : guidancePlanVisible(sql.ref('g.student_id'));
  const { rows } = await sql<GoalRow>`
    ${goalSelect(view)}
    WHERE g.student_id = ${studentId} AND ${filter}
    ORDER BY CASE g.status WHEN 'active' THEN 0 ELSE 1 END, g.due_on NULLS LAST, g.created_at DESC, g.id`.execute(db);
  return rows;
}

export async function findGoal(db: Queryable, id: string, view: 'owner' | 'guidance' = 'owner'): Promise<GoalRow | undefined> {
  const { rows } = await sql<GoalRow>`${goalSelect(view)} WHERE g.id = ${id}`.execute(db);
  return rows[0];
}

export async function planShared(db: Queryable, studentId: string): Promise<boolean> {
  const { rows } = await sql<{ shared: boolean }>`SELECT ${guidancePlanVisible(studentId)} AS shared`.execute(db);
  return rows[0]?.shared ?? true;
}

export async function setPlanShared(db: Queryable, studentId: string, shared: boolean): Promise<void> {
  await sql`
    INSERT INTO portfolio_settings (student_id, plan_for_guidance) VALUES (${studentId}, ${shared})
    ON CONFLICT (student_id) DO UPDATE SET plan_for_guidance = excluded.plan_for_guidance, updated_at = now()`.execute(db);
}

export async function insertGoal(
  db: Queryable,
  v: { institutionId: string; studentId: string; title: string; description: string; dueOn: string | null; status?: string; importedFrom?: string | null },
): Promise<string> {
  const row = await db
    .insertInto('portfolio_goal')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      title: v.title,
      description: v.description,
      due_on: v.dueOn,
      status: v.status ?? 'active',
      imported_from: v.importedFrom ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setGoalCompetencies(db: Queryable, goalId: string, competencies: readonly string[]): Promise<void> {
  await db.deleteFrom('portfolio_goal_competency').where('goal_id', '=', goalId).execute();
  if (competencies.length > 0) await db.insertInto('portfolio_goal_competency').values(competencies.map((competency) => ({ goal_id: goalId, competency }))).execute();
}

export type GoalChanges = Partial<{ title: string; description: string; due_on: string | null; status: GoalRow['status'] }>;

/** Optimistic concurrency: false when someone changed the goal since `version`. */
export async function updateGoal(db: Queryable, id: string, version: number, changes: GoalChanges): Promise<boolean> {
  const result = await db
    .updateTable('portfolio_goal')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface RevisionRow {
  id: string;
  goal_id: string;
  snapshot: { title: string; description: string; dueOn: string | null; status: GoalRow['status']; competencies: string[] };
  changed_by_name: string | null;
  changed_at: Date;
}

export async function insertRevision(db: Queryable, goalId: string, snapshot: RevisionRow['snapshot'], changedBy: string): Promise<void> {
  await db.insertInto('portfolio_goal_revision').values({ goal_id: goalId, snapshot: JSON.stringify(snapshot), changed_by: changedBy }).execute();
}

export async function listRevisions(db: Queryable, goalId: string): Promise<RevisionRow[]> {
  const { rows } = await sql<RevisionRow>`
    SELECT r.id, r.goal_id, r.snapshot, u.display_name AS changed_by_name, r.changed_at
    FROM portfolio_goal_revision r LEFT JOIN app_user u ON u.id = r.changed_by
    WHERE r.goal_id = ${goalId} ORDER BY r.changed_at DESC, r.id`.execute(db);
  return rows;
}

/* ---- actions ---- */

export interface GoalActionRow {
  id: string;
  goal_id: string;
  description: string;
  due_on: string | null;
  status: 'open' | 'done' | 'dropped';
  updated_at: Date;
}

export async function actionsOf(db: Queryable, goalIds: readonly string[]): Promise<GoalActionRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom('portfolio_goal_action')
    .select(['id', 'goal_id', 'description', 'due_on', 'status', 'updated_at'])
    .where('goal_id', 'in', goalIds)
    .orderBy('due_on', (o) => o.asc().nullsLast())
    .orderBy('created_at')
    .execute() as Promise<GoalActionRow[]>;
}

export async function findAction(db: Queryable, id: string): Promise<GoalActionRow | undefined> {
  const rows = (await db
    .selectFrom('portfolio_goal_action')
    .select(['id', 'goal_id', 'description', 'due_on', 'status', 'updated_at'])
    .where('id', '=', id)
    .execute()) as GoalActionRow[];
  return rows[0];
}

export async function insertAction(db: Queryable, goalId: string, v: { description: string; dueOn: string | null; status?: string }): Promise<string> {
  const row = await db
    .insertInto('portfolio_goal_action')
    .values({ goal_id: goalId, description: v.description, due_on: v.dueOn, status: v.status ?? 'open' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAction(db: Queryable, id: string, changes: Partial<{ description: string; due_on: string | null; status: string }>): Promise<void> {
  await db
    .updateTable('portfolio_goal_action')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/* ---- progress reviews ---- */

export interface ReviewRow {
  id: string;
  goal_id: string;
  author_id: string | null;
  author_name: string | null;
  progress: 'not_started' | 'behind' | 'on_track' | 'achieved';
  note: string;
  created_at: Date;
}

export async function reviewsOf(db: Queryable, goalIds: readonly string[]): Promise<ReviewRow[]> {
  if (goalIds.length === 0) return [];
  const { rows } = await sql<ReviewRow>`
    SELECT r.id, r.goal_id, r.author_id, u.display_name AS author_name, r.progress, r.note, r.created_at
    FROM portfolio_goal_review r LEFT JOIN app_user u ON u.id = r.author_id
    WHERE r.goal_id IN (${sql.join(goalIds.map((id) => sql`${id}`))})
    ORDER BY r.created_at DESC, r.id`.execute(db);
  return rows;
}

export async function insertReview(db: Queryable, goalId: string, v: { authorId: string; progress: string; note: string }): Promise<string> {
  const row = await db
    .insertInto('portfolio_goal_review')
    .values({ goal_id: goalId, author_id: v.authorId, progress: v.progress, note: v.note })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
