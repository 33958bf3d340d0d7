import { sql } from 'kysely';
import type { Level } from '../../shared/roles';
import { activeOn } from './relationships.repository';
import type { Queryable } from './types';

/** Sectors, programmes and cohorts (classes) of an institution. */

export interface StructureRow {
  sector_id: string;
  sector_name: string;
  sector_code: string;
  programme_id: string | null;
  programme_name: string | null;
  programme_code: string | null;
  level: Level | null;
  cohort_id: string | null;
  cohort_name: string | null;
  school_year: string | null;
  student_count: number;
}

/**
 * The whole tree as flat rows, one per cohort (or per empty programme/sector), with the number of
 * active enrolments counted in the same query so large institutions stay one round trip.
 */
export async function structureRows(db: Queryable, institutionId: string, today: string): Promise<StructureRow[]> {
  const { rows } = await sql<StructureRow>`
    SELECT s.id AS sector_id, s.name AS sector_name, s.code AS sector_code,
      p.id AS programme_id, p.name AS programme_name, p.code AS programme_code, p.level,
      c.id AS cohort_id, c.name AS cohort_name, c.school_year,
      count(e.id)::int AS student_count
    FROM sector s
    LEFT JOIN programme p ON p.sector_id = s.id
    LEFT JOIN cohort c ON c.programme_id = p.id
    LEFT JOIN enrolment e ON e.cohort_id = c.id AND ${activeOn(today, 'e')}
    WHERE s.institution_id = ${institutionId}
    GROUP BY s.id, p.id, c.id
    ORDER BY s.name, s.id, p.name, p.id, c.school_year DESC, c.name, c.id`.execute(db);
  return rows;
}

export function findSector(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('sector')
    .select(['id', 'name', 'code'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function sectorCodeTaken(db: Queryable, institutionId: string, code: string, exceptId?: string) {
  let q = db.selectFrom('sector').select('id').where('institution_id', '=', institutionId).where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export function insertSector(db: Queryable, s: { institutionId: string; name: string; code: string }) {
  return db
    .insertInto('sector')
    .values({ institution_id: s.institutionId, name: s.name, code: s.code })
    .returning(['id', 'name', 'code'])
    .executeTakeFirstOrThrow();
}

export function updateSector(db: Queryable, id: string, set: { name?: string; code?: string }) {
  return db.updateTable('sector').set(set).where('id', '=', id).returning(['id', 'name', 'code']).executeTakeFirstOrThrow();
}

const programmeColumns = ['id', 'sector_id', 'name', 'code', 'level'] as const;

export function findProgramme(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('programme')
    .select(programmeColumns)
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function programmeCodeTaken(db: Queryable, institutionId: string, code: string, exceptId?: string) {
  let q = db.selectFrom('programme').select('id').where('institution_id', '=', institutionId).where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export function insertProgramme(
  db: Queryable,
  p: { institutionId: string; sectorId: string; name: string; code: string; level: Level },
) {
  return db
    .insertInto('programme')
    .values({ institution_id: p.institutionId, sector_id: p.sectorId, name: p.name, code: p.code, level: p.level })
    .returning(programmeColumns)
    .executeTakeFirstOrThrow();
}

export function updateProgramme(db: Queryable, id: string, set: { sector_id?: string; name?: string; code?: string; level?: Level }) {
  return db.updateTable('programme').set(set).where('id', '=', id).returning(programmeColumns).executeTakeFirstOrThrow();
}

/** Cohorts belong to an institution through their programme. */
export function findCohort(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('cohort as c')
    .innerJoin('programme as p', 'p.id', 'c.programme_id')
    .select(['c.id', 'c.programme_id', 'c.name', 'c.school_year'])
    .where('c.id', '=', id)
    .where('p.institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function cohortExists(
  db: Queryable,
  c: { programmeId: string; schoolYear: string; name: string },
  exceptId?: string,
) {
  let q = db
    .selectFrom('cohort')
    .select('id')
    .where('programme_id', '=', c.programmeId)
    .where('school_year', '=', c.schoolYear)
    .where('name', '=', c.name);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

const cohortColumns = ['id', 'programme_id', 'name', 'school_year'] as const;

export function insertCohort(db: Queryable, c: { programmeId: string; name: string; schoolYear: string }) {
  return db
    .insertInto('cohort')
    .values({ programme_id: c.programmeId, name: c.name, school_year: c.schoolYear })
    .returning(cohortColumns)
    .executeTakeFirstOrThrow();
}

export function updateCohort(db: Queryable, id: string, set: { programme_id?: string; name?: string; school_year?: string }) {
  return db.updateTable('cohort').set(set).where('id', '=', id).returning(cohortColumns).executeTakeFirstOrThrow();
}

export async function institutionName(db: Queryable, institutionId: string): Promise<string> {
  const row = await db.selectFrom('institution').select('name').where('id', '=', institutionId).executeTakeFirst();
  return row?.name ?? '';
}
