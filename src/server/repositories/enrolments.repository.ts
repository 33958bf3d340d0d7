import type { Queryable } from './types';

/**
 * Enrolments of a student that are still running on `date`, or start later: exactly the ones a
 * new enrolment from `date` would overlap.
 */
export function enrolmentsRunningFrom(db: Queryable, studentId: string, date: string) {
  return db
    .selectFrom('enrolment')
    .select(['id', 'cohort_id', 'start_date', 'end_date'])
    .where('student_id', '=', studentId)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', date)]))
    .orderBy('start_date')
    .execute();
}

export async function endEnrolments(db: Queryable, ids: readonly string[], endDate: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('enrolment').set({ end_date: endDate }).where('id', 'in', ids).execute();
}

export async function insertEnrolment(db: Queryable, e: { studentId: string; cohortId: string; startDate: string }): Promise<string> {
  const row = await db
    .insertInto('enrolment')
    .values({ student_id: e.studentId, cohort_id: e.cohortId, start_date: e.startDate })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
