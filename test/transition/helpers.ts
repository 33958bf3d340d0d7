import { sql } from 'kysely';
import type { TestApp } from '../helpers/app';

/** A first-year student (one enrolment only) of slb@, with their intake removed and their start moved `daysAgo` back. */
export async function freshFirstYear(t: TestApp, daysAgo: number, skip = 0): Promise<{ studentId: string; enrolmentId: string; programmeId: string }> {
  const { rows } = await sql<{ student_id: string; enrolment_id: string; programme_id: string }>`
    SELECT a.student_id, e.id AS enrolment_id, co.programme_id FROM assignment a
    JOIN app_user c ON c.id = a.counsellor_id AND c.email = 'slb@demo.koers.nl'
    JOIN enrolment e ON e.student_id = a.student_id AND e.end_date IS NULL
    JOIN cohort co ON co.id = e.cohort_id
    WHERE a.end_date IS NULL AND (SELECT count(*) FROM enrolment e2 WHERE e2.student_id = a.student_id) = 1
    ORDER BY a.student_id OFFSET ${skip} LIMIT 1`.execute(t.ctx.db);
  const row = rows[0];
  if (!row) throw new Error('no first-year student in the demo caseload');
  await sql`DELETE FROM intake WHERE student_id = ${row.student_id}`.execute(t.ctx.db);
  const start = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  await sql`UPDATE enrolment SET start_date = ${start}::date WHERE id = ${row.enrolment_id}`.execute(t.ctx.db);
  return { studentId: row.student_id, enrolmentId: row.enrolment_id, programmeId: row.programme_id };
}
