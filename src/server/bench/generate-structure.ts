import { sql, type Kysely } from 'kysely';
import { NAME_ORIGINS, splitSurname } from '../../domain/demo/dutch-names';
import type { DB } from '../db/schema';
import { hashOf, yearStart, type Plan } from './plan';

/*
 * The institution's structure and staff, and the students chunk by chunk. Two temporary tables
 * (bench_student, bench_cohort) carry each student's drawn attributes and the class ids to the
 * later statements, so nothing is ever read back into JavaScript.
 */

const SECTORS = [
  ['ICT', 'ICT & Creatief'],
  ['ZW', 'Zorg & Welzijn'],
  ['TEC', 'Techniek & Bouw'],
  ['EC', 'Economie & Ondernemen'],
  ['HT', 'Horeca & Toerisme'],
] as const;

const PROGRAMMES = [
  'Software Developer', 'Mediavormgever', 'Verpleegkunde', 'Pedagogisch Medewerker', 'Maatschappelijke Zorg',
  'Elektrotechniek', 'Werktuigbouwkunde', 'Bouwkunde', 'Commercieel Medewerker', 'Financieel Administratief Medewerker',
  'Logistiek Medewerker', 'Kok', 'Zelfstandig Werkend Gastheer/-vrouw', 'Sport en Bewegen', 'Mbo-Verpleegkundige',
  'ICT Beheer', 'Installatietechniek', 'Juridisch Medewerker', 'Marketing & Communicatie', 'Toerisme & Recreatie',
];

const firstNames = NAME_ORIGINS.flatMap((o) => [...o.girls, ...o.boys]);
const surnames = NAME_ORIGINS.flatMap((o) => o.surnames).map((s) => splitSurname(s));
const prefixes = surnames.map((s) => s.namePrefix ?? '');
const lastNames = surnames.map((s) => s.lastName);

/** Name columns of a person numbered by the SQL expression `key` (first, prefix, last, display, sort). */
function nameColumns(plan: Plan, key: string) {
  const f = sql`(${firstNames}::text[])[1 + ${hashOf(plan.seed, sql.raw(`'f' || ${key}`))} % ${firstNames.length}::int]`;
  const i = sql`1 + ${hashOf(plan.seed, sql.raw(`'l' || ${key}`))} % ${lastNames.length}::int`;
  const p = sql`nullif((${prefixes}::text[])[${i}], '')`;
  const l = sql`(${lastNames}::text[])[${i}]`;
  return sql`${f}, ${p}, ${l}, concat_ws(' ', ${f}, ${p}, ${l}), lower(${l} || ' ' || ${f})`;
}

export async function createStructure(db: Kysely<DB>, plan: Plan, passwordHash: string | null): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO institution (name) VALUES (${`Benchmark-instelling ${plan.size} (seed ${plan.seed})`}) RETURNING id`.execute(db);
  const institutionId = rows[0]!.id;
  const codes = SECTORS.map((s) => s[0]);
  await sql`
    INSERT INTO sector (institution_id, code, name)
    SELECT ${institutionId}::uuid, c, n FROM unnest(${codes}::text[], ${SECTORS.map((s) => s[1])}::text[]) AS t(c, n)`.execute(db);
  await sql`
    INSERT INTO programme (institution_id, sector_id, code, name, level)
    SELECT ${institutionId}::uuid, s.id, 'P' || lpad(p::text, 3, '0'),
      (${PROGRAMMES}::text[])[1 + p % ${PROGRAMMES.length}::int] || CASE WHEN p >= ${PROGRAMMES.length}::int THEN ' ' || (p / ${PROGRAMMES.length}::int + 1) ELSE '' END,
      'mbo'
    FROM generate_series(0, ${plan.programmes - 1}::int) p
    JOIN sector s ON s.institution_id = ${institutionId}::uuid AND s.code = (${codes}::text[])[1 + p % ${codes.length}::int]`.execute(db);
  // Classes: per programme and school year y, one class per study year k (1 = first year) and group g.
  await sql`CREATE TEMP TABLE bench_cohort (p int, y int, k int, g int, id uuid, PRIMARY KEY (p, y, k, g))`.execute(db);
  await sql`
    WITH c AS (
      SELECT pr.id AS programme_id, pr.code, p, y, k, g FROM generate_series(0, ${plan.programmes - 1}::int) p
      JOIN programme pr ON pr.institution_id = ${institutionId}::uuid AND pr.code = 'P' || lpad(p::text, 3, '0')
      CROSS JOIN generate_series(0, 4) y CROSS JOIN LATERAL generate_series(1, y + 1) k CROSS JOIN generate_series(0, ${plan.groups - 1}::int) g
    ), ins AS (
      INSERT INTO cohort (programme_id, school_year, name)
      SELECT programme_id, (${plan.firstYear}::int + y) || '-' || (${plan.firstYear}::int + y + 1), code || '-' || k || chr(65 + g) FROM c
      RETURNING id, programme_id, school_year, name
    )
    INSERT INTO bench_cohort SELECT c.p, c.y, c.k, c.g, ins.id FROM ins
    JOIN c ON c.programme_id = ins.programme_id AND ins.school_year = (${plan.firstYear}::int + c.y) || '-' || (${plan.firstYear}::int + c.y + 1)
      AND ins.name = c.code || '-' || c.k || chr(65 + c.g)`.execute(db);
  // Staff: counsellor 1 holds the big caseload; specialists take referrals; one manager, one admin.
  await sql`CREATE TEMP TABLE bench_counsellor (c int PRIMARY KEY, id uuid)`.execute(db);
  await sql`
    WITH ins AS (
      INSERT INTO app_user (institution_id, role, email, first_name, name_prefix, last_name, display_name, sort_name, password_hash)
      SELECT ${institutionId}::uuid, 'counsellor', 'slb' || c || '@' || ${plan.tag} || '.bench.koers.nl', ${nameColumns(plan, "'c' || c")}, ${passwordHash}
      FROM generate_series(1, ${plan.counsellors + 1}::int) c
      RETURNING id, email
    )
    INSERT INTO bench_counsellor SELECT substring(email FROM '^slb([0-9]+)@')::int, id FROM ins`.execute(db);
  await sql`
    INSERT INTO app_user (institution_id, role, email, first_name, name_prefix, last_name, display_name, sort_name, password_hash)
    SELECT ${institutionId}::uuid, r.role, r.local || '@' || ${plan.tag} || '.bench.koers.nl', ${nameColumns(plan, "r.local")}, ${passwordHash}
    FROM (SELECT 'manager' AS role, 'manager' AS local UNION ALL SELECT 'admin', 'admin'
          UNION ALL SELECT 'specialist', 'zorg' || k FROM generate_series(1, ${plan.specialists}::int) k) r`.execute(db);
  await sql`CREATE TEMP TABLE bench_student (n int PRIMARY KEY, id uuid UNIQUE, s int, p int, g int, c int, ability float8)`.execute(db);
  return institutionId;
}

/**
 * Students n in [lo, hi]: start year s (0–4), programme p, group g, counsellor c and an "ability"
 * that drives their self-assessments and grades; then their enrolment per school year (a new
 * class each year, the current one open) and their current counsellor.
 */
export async function createStudents(db: Kysely<DB>, plan: Plan, institutionId: string, lo: number, hi: number, passwordHash: string | null): Promise<void> {
  const h = (prefix: string) => hashOf(plan.seed, sql.raw(`'${prefix}' || n`));
  const rest = plan.counsellors;
  await sql`
    WITH ins AS (
      INSERT INTO app_user (institution_id, role, email, first_name, name_prefix, last_name, display_name, sort_name, student_number, gender, password_hash)
      SELECT ${institutionId}::uuid, 'student', 's' || n || '@' || ${plan.tag} || '.bench.koers.nl', ${nameColumns(plan, "'s' || n")},
        lpad(n::text, 7, '0'), (ARRAY['v', 'm', 'x'])[1 + ${h('x')} % 3], ${passwordHash}
      FROM generate_series(${lo}::int, ${hi}::int) n
      RETURNING id, student_number
    )
    INSERT INTO bench_student
    SELECT n, ins.id, ${h('s')} % 5, ${h('p')} % ${plan.programmes}::int, ${h('g')} % ${plan.groups}::int,
      CASE WHEN n <= ${plan.bigCaseload}::int THEN 1 ELSE 2 + (n - ${plan.bigCaseload}::int - 1) % ${rest}::int END,
      (${h('a')} % 1000) / 1000.0
    FROM ins CROSS JOIN LATERAL (SELECT ins.student_number::int AS n) x`.execute(db);
  await sql`
    INSERT INTO enrolment (student_id, cohort_id, start_date, end_date)
    SELECT b.id, c.id, ${yearStart(plan, sql`ey`)}, CASE WHEN ey < 4 THEN ${yearStart(plan, sql`ey + 1`)} - 1 END
    FROM bench_student b CROSS JOIN LATERAL generate_series(b.s, 4) ey
    JOIN bench_cohort c ON c.p = b.p AND c.y = ey AND c.k = ey - b.s + 1 AND c.g = b.g
    WHERE b.n BETWEEN ${lo}::int AND ${hi}::int`.execute(db);
  await sql`
    INSERT INTO assignment (counsellor_id, student_id, start_date)
    SELECT k.id, b.id, ${yearStart(plan, sql`b.s`)} FROM bench_student b JOIN bench_counsellor k ON k.c = b.c
    WHERE b.n BETWEEN ${lo}::int AND ${hi}::int`.execute(db);
}
