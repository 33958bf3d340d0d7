import { sql } from 'kysely';
import type { Queryable } from './types';

/** Imported test results. */

export async function studentIdsByNumber(db: Queryable, institutionId: string, numbers: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 1000) {
    const rows = await db
      .selectFrom('app_user')
      .select(['id', 'student_number'])
      .where('institution_id', '=', institutionId)
      .where('role', '=', 'student')
      .where('student_number', 'in', numbers.slice(i, i + 1000))
      .execute();
    for (const r of rows) if (r.student_number) out.set(r.student_number, r.id);
  }
  return out;
}

/** The start of each student's first enrolment: a result from before it belongs to someone else's history. */
export async function firstEnrolmentStarts(db: Queryable, studentIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < studentIds.length; i += 1000) {
    const rows = await db
      .selectFrom('enrolment')
      .select(['student_id', sql<string>`min(start_date)::text`.as('start')])
      .where('student_id', 'in', studentIds.slice(i, i + 1000))
      .groupBy('student_id')
      .execute();
    for (const r of rows) out.set(r.student_id, r.start);
  }
  return out;
}

/** Upserts in chunks; returns how many rows were new. */
export async function upsertResults(
  db: Queryable,
  institutionId: string,
  importedBy: string,
  rows: readonly { studentId: string; course: string; takenOn: string; grade: number | null; passed: boolean; credits: number | null }[],
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    const result = await db
      .insertInto('test_result')
      .values(chunk.map((r) => ({ institution_id: institutionId, student_id: r.studentId, course: r.course, taken_on: r.takenOn, grade: r.grade, passed: r.passed, credits: r.credits, imported_by: importedBy })))
      .onConflict((oc) =>
        oc.columns(['student_id', 'course', 'taken_on']).doUpdateSet((eb) => ({
          grade: eb.ref('excluded.grade'),
          passed: eb.ref('excluded.passed'),
          credits: eb.ref('excluded.credits'),
          imported_by: eb.ref('excluded.imported_by'),
          imported_at: sql`now()`,
        })),
      )
      // xmax = 0 only for rows this statement inserted (an update leaves the old row's xmax set).
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .execute();
    inserted += result.filter((r) => r.inserted).length;
  }
  return inserted;
}
