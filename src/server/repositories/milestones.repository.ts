import { sql } from 'kysely';
import type { MilestoneKind } from '../../domain/transition/milestones';
import type { Queryable } from './types';

/** The milestones a programme sets for its first 100 days, and the counsellor's manual ticks. */

export interface ProgrammeMilestoneRow {
  id: string;
  name_nl: string;
  name_en: string;
  week: number;
  kind: MilestoneKind;
  position: number;
}

export async function programmeMilestones(db: Queryable, programmeId: string): Promise<ProgrammeMilestoneRow[]> {
  const rows = await db
    .selectFrom('programme_milestone')
    .select(['id', 'name_nl', 'name_en', 'week', 'kind', 'position'])
    .where('programme_id', '=', programmeId)
    .orderBy('week')
    .orderBy('position')
    .execute();
  return rows as ProgrammeMilestoneRow[];
}

export async function deleteMilestonesExcept(db: Queryable, programmeId: string, keep: readonly string[]): Promise<void> {
  let q = db.deleteFrom('programme_milestone').where('programme_id', '=', programmeId);
  if (keep.length > 0) q = q.where('id', 'not in', keep);
  await q.execute();
}

export async function updateMilestone(
  db: Queryable,
  programmeId: string,
  id: string,
  v: { name_nl: string; name_en: string; week: number; kind: MilestoneKind; position: number; updated_by: string },
): Promise<boolean> {
  const res = await db
    .updateTable('programme_milestone')
    .set({ ...v, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertMilestone(
  db: Queryable,
  v: { programme_id: string; name_nl: string; name_en: string; week: number; kind: MilestoneKind; position: number; updated_by: string },
): Promise<void> {
  await db.insertInto('programme_milestone').values(v).execute();
}

/** The manual milestone with this id, when it applies to the student's current programme. */
export async function manualMilestoneOfStudent(db: Queryable, studentId: string, milestoneId: string): Promise<{ id: string } | undefined> {
  const { rows } = await sql<{ id: string }>`
    SELECT pm.id FROM programme_milestone pm
    JOIN cohort co ON co.programme_id = pm.programme_id
    JOIN enrolment e ON e.cohort_id = co.id AND e.student_id = ${studentId} AND e.end_date IS NULL
    WHERE pm.id = ${milestoneId} AND pm.kind = 'manual'
    LIMIT 1`.execute(db);
  return rows[0];
}

export async function setTick(db: Queryable, v: { studentId: string; milestoneId: string; by: string; done: boolean }): Promise<void> {
  if (!v.done) {
    await db.deleteFrom('student_milestone_tick').where('student_id', '=', v.studentId).where('milestone_id', '=', v.milestoneId).execute();
    return;
  }
  await db
    .insertInto('student_milestone_tick')
    .values({ student_id: v.studentId, milestone_id: v.milestoneId, ticked_by: v.by })
    .onConflict((oc) => oc.columns(['student_id', 'milestone_id']).doNothing())
    .execute();
}
