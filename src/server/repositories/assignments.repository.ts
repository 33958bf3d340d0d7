import type { Queryable } from './types';

/** Counsellor–student assignments. Rows are never overwritten: ending sets end_date, a new one is a new row. */

export interface AssignmentFilter {
  institutionId: string;
  studentId?: string;
  counsellorId?: string;
  /** Without ended ones, the list holds current and future assignments as of `today`. */
  includeEnded: boolean;
  today: string;
}

function selectAssignments(db: Queryable, institutionId: string) {
  return db
    .selectFrom('assignment as a')
    .innerJoin('app_user as s', 's.id', 'a.student_id')
    .innerJoin('app_user as c', 'c.id', 'a.counsellor_id')
    .select([
      'a.id',
      'a.start_date',
      'a.end_date',
      'c.id as counsellor_id',
      'c.display_name as counsellor_name',
      's.id as student_id',
      's.display_name as student_name',
      's.student_number',
    ])
    .where('s.institution_id', '=', institutionId);
}

export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

export function listAssignments(db: Queryable, f: AssignmentFilter) {
  let q = selectAssignments(db, f.institutionId)
    .orderBy('a.start_date', 'desc')
    .orderBy('s.sort_name')
    .orderBy('c.sort_name')
    .orderBy('a.id');
  if (f.studentId) q = q.where('a.student_id', '=', f.studentId);
  if (f.counsellorId) q = q.where('a.counsellor_id', '=', f.counsellorId);
  if (!f.includeEnded) q = q.where((eb) => eb.or([eb('a.end_date', 'is', null), eb('a.end_date', '>', f.today)]));
  return q.execute();
}

export function findAssignment(db: Queryable, institutionId: string, id: string) {
  return selectAssignments(db, institutionId).where('a.id', '=', id).executeTakeFirst();
}

/** Students among `studentIds` that this counsellor already has for some time on or after `date`. */
export async function studentsAssignedFrom(db: Queryable, counsellorId: string, studentIds: readonly string[], date: string) {
  if (studentIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('assignment')
    .select('student_id')
    .distinct()
    .where('counsellor_id', '=', counsellorId)
    .where('student_id', 'in', studentIds)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', date)]))
    .execute();
  return new Set(rows.map((r) => r.student_id));
}

/** One multi-row INSERT; callers cap the batch (500 rows, 2,000 parameters). */
export function insertAssignments(
  db: Queryable,
  a: { counsellorId: string; studentIds: readonly string[]; startDate: string; createdBy: string },
) {
  if (a.studentIds.length === 0) return Promise.resolve([]);
  return db
    .insertInto('assignment')
    .values(
      a.studentIds.map((studentId) => ({
        counsellor_id: a.counsellorId,
        student_id: studentId,
        start_date: a.startDate,
        created_by: a.createdBy,
      })),
    )
    .returning(['id', 'student_id'])
    .execute();
}

/** Ends a running assignment; false when it had already ended (e.g. by a concurrent request). */
export async function endAssignment(db: Queryable, id: string, endDate: string, endedBy: string): Promise<boolean> {
  const r = await db
    .updateTable('assignment')
    .set({ end_date: endDate, ended_by: endedBy })
    .where('id', '=', id)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
