import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../src/server/repositories/types';

import { ROSTER_MAPPING } from '../../src/server/bench/roster-csv';

export { generateRoster, ROSTER_MAPPING } from '../../src/server/bench/roster-csv';

/** Uploads, starts and runs an import through the API; returns the final import as the API reports it. */
export async function importRoster(
  app: FastifyInstance,
  drain: () => Promise<number>,
  cookie: string,
  csv: string,
  options: { mapping?: Record<string, string | null>; skipInvalid?: boolean } = {},
) {
  const upload = await app.inject({ method: 'POST', url: '/api/admin/imports?filename=roster.csv', headers: { cookie, 'content-type': 'text/csv' }, payload: csv });
  if (upload.statusCode !== 201) throw new Error(`upload failed: ${upload.statusCode} ${upload.body}`);
  const { id } = upload.json() as { id: string };
  const start = await app.inject({
    method: 'POST',
    url: `/api/admin/imports/${id}/start`,
    headers: { cookie },
    payload: { mapping: options.mapping ?? ROSTER_MAPPING, skipInvalid: options.skipInvalid ?? false },
  });
  if (start.statusCode !== 202) throw new Error(`start failed: ${start.statusCode} ${start.body}`);
  await drain();
  const result = await app.inject({ url: `/api/admin/imports/${id}`, headers: { cookie } });
  return result.json() as {
    id: string;
    status: string;
    totalRows: number;
    processedRows: number;
    inserted: number;
    updated: number;
    unchanged: number;
    skipped: number;
    errorCount: number;
    errors: { row: number; column: string | null; code: string; message: string }[];
    failure: string | null;
  };
}

export async function tableCounts(db: Queryable) {
  const n = async (table: 'app_user' | 'enrolment' | 'assignment' | 'cohort') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { users: await n('app_user'), enrolments: await n('enrolment'), assignments: await n('assignment'), cohorts: await n('cohort') };
}

/** A student with their enrolments (class names) and counsellor assignments, oldest first. */
export async function studentHistory(db: Queryable, studentNumber: string) {
  const student = await db.selectFrom('app_user').selectAll().where('student_number', '=', studentNumber).executeTakeFirstOrThrow();
  const enrolments = await db
    .selectFrom('enrolment as e')
    .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
    .select(['c.name', 'e.start_date', 'e.end_date'])
    .where('e.student_id', '=', student.id)
    .orderBy('e.created_at')
    .orderBy('e.start_date')
    .execute();
  const assignments = await db
    .selectFrom('assignment as a')
    .innerJoin('app_user as c', 'c.id', 'a.counsellor_id')
    .select(['c.email', 'a.start_date', 'a.end_date'])
    .where('a.student_id', '=', student.id)
    .orderBy('a.created_at')
    .orderBy('a.start_date')
    .execute();
  return { student, enrolments, assignments };
}
