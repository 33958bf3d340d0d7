import type { AppContext } from '../../src/server/context';

/**
 * A second, minimal institution in the same database, to prove that ids from another school are
 * treated as unknown. Returns the ids of its rows.
 */
export async function createOtherInstitution(ctx: AppContext) {
  const db = ctx.db;
  const { id: institutionId } = await db.insertInto('institution').values({ name: 'Andere School' }).returning('id').executeTakeFirstOrThrow();
  const { id: sectorId } = await db
    .insertInto('sector')
    .values({ institution_id: institutionId, name: 'Techniek', code: 'TECH' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: programmeId } = await db
    .insertInto('programme')
    .values({ institution_id: institutionId, sector_id: sectorId, name: 'Elektrotechniek', code: 'ET', level: 'mbo' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: cohortId } = await db
    .insertInto('cohort')
    .values({ programme_id: programmeId, name: 'ET-1A', school_year: '2026-2027' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = (role: string, first: string, email: string, studentNumber: string | null) => ({
    institution_id: institutionId,
    role,
    email,
    first_name: first,
    last_name: 'Anders',
    display_name: `${first} Anders`,
    sort_name: `anders ${first.toLowerCase()}`,
    student_number: studentNumber,
  });
  const users = await db
    .insertInto('app_user')
    .values([person('student', 'Olaf', 'olaf@andere.example', '999001'), person('counsellor', 'Otto', 'otto@andere.example', null)])
    .returning(['id', 'role'])
    .execute();
  const studentId = users.find((u) => u.role === 'student')?.id ?? '';
  const counsellorId = users.find((u) => u.role === 'counsellor')?.id ?? '';
  return { institutionId, sectorId, programmeId, cohortId, studentId, counsellorId };
}

export async function userId(ctx: AppContext, email: string): Promise<string> {
  const row = await ctx.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}
