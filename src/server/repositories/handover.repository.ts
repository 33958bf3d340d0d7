import { sql } from 'kysely';
import type { Queryable } from './types';

/** Handovers of students from one counsellor to another, with the note that goes along. */

export async function currentStudentsOf(db: Queryable, counsellorId: string, today: string, only: readonly string[]): Promise<{ id: string; student_id: string }[]> {
  let q = db
    .selectFrom('assignment')
    .select(['id', 'student_id'])
    .where('counsellor_id', '=', counsellorId)
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]));
  if (only.length > 0) q = q.where('student_id', 'in', only);
  return q.execute();
}

export async function insertHandover(db: Queryable, v: { institutionId: string; from: string; to: string; note: string; createdBy: string; studentIds: string[] }): Promise<string> {
  const row = await db
    .insertInto('handover')
    .values({ institution_id: v.institutionId, from_counsellor_id: v.from, to_counsellor_id: v.to, note: v.note, created_by: v.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < v.studentIds.length; i += 500)
    await db.insertInto('handover_student').values(v.studentIds.slice(i, i + 500).map((student_id) => ({ handover_id: row.id, student_id }))).execute();
  return row.id;
}

const select = sql`
  SELECT h.id, h.note, h.created_at, f.id AS from_id, f.display_name AS from_name, t.id AS to_id, t.display_name AS to_name,
    cb.display_name AS created_by, (SELECT count(*)::int FROM handover_student hs WHERE hs.handover_id = h.id) AS students
  FROM handover h
  JOIN app_user f ON f.id = h.from_counsellor_id
  JOIN app_user t ON t.id = h.to_counsellor_id
  JOIN app_user cb ON cb.id = h.created_by`;

export interface HandoverRow {
  id: string;
  note: string;
  created_at: Date;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  created_by: string;
  students: number;
}

export async function findHandover(db: Queryable, id: string): Promise<HandoverRow | undefined> {
  const { rows } = await sql<HandoverRow>`${select} WHERE h.id = ${id}`.execute(db);
  return rows[0];
}

export async function handoversOfStudent(db: Queryable, studentId: string): Promise<HandoverRow[]> {
  const { rows } = await sql<HandoverRow>`
    ${select} WHERE h.id IN (SELECT handover_id FROM handover_student WHERE student_id = ${studentId})
    ORDER BY h.created_at DESC LIMIT 50`.execute(db);
  return rows;
}

export async function activeCounsellors(db: Queryable, institutionId: string, q: string | undefined, limit: number) {
  let query = db
    .selectFrom('app_user')
    .select(['id', 'display_name as name'])
    .where('institution_id', '=', institutionId)
    .where('role', '=', 'counsellor')
    .where('active', '=', true);
  if (q) query = query.where('display_name', 'ilike', `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return query.orderBy('sort_name').limit(limit).execute();
}
