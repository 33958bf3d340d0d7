import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../src/server/repositories/types';
import { toCsv } from '../../src/domain/csv/write';

/** A roster file as a student information system writes it, with `n` generated students. */
export function generateRoster(
  n: number,
  o: { programmes: string[]; counsellors: string[]; schoolYear: string; prefix?: string; classes?: number },
): string {
  const first = ['Zoë', 'Daan', 'Noël', 'Fenna', 'Çağla', 'Bram', 'Anaïs', 'Sem', 'Ilse', 'Mohammed'];
  const last = [['', 'Jansen'], ['van', 'Dijk'], ['de', 'Vries'], ['', 'Öztürk'], ['van der', 'Berg'], ['', 'Bakker']];
  const rows: string[][] = [['Studentnummer', 'Roepnaam', 'Tussenvoegsel', 'Achternaam', 'E-mailadres', 'Geslacht', 'Opleidingscode', 'Klas', 'Schooljaar', 'Mentor']];
  const classes = o.classes ?? 40;
  for (let i = 0; i < n; i++) {
    const number = `${o.prefix ?? 'G'}${String(i).padStart(6, '0')}`;
    const [prefix = '', surname = ''] = last[i % last.length] ?? [];
    const programme = o.programmes[i % o.programmes.length] ?? '';
    rows.push([
      number,
      first[i % first.length] ?? '',
      prefix,
      surname,
      `${number.toLowerCase()}@student.example.nl`,
      ['v', 'm', 'x'][i % 3] ?? '',
      programme,
      `${programme}-${1 + (i % classes)}`,
      o.schoolYear,
      o.counsellors[i % o.counsellors.length] ?? '',
    ]);
  }
  return toCsv(rows);
}

export const ROSTER_MAPPING = {
  studentNumber: 'Studentnummer',
  firstName: 'Roepnaam',
  namePrefix: 'Tussenvoegsel',
  lastName: 'Achternaam',
  email: 'E-mailadres',
  gender: 'Geslacht',
  programmeCode: 'Opleidingscode',
  cohortName: 'Klas',
  schoolYear: 'Schooljaar',
  counsellorEmail: 'Mentor',
};

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
