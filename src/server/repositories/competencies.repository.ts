import { sql } from 'kysely';
import { activeOn } from './relationships.repository';
import type { Queryable } from './types';

/** Overviews of competence self-assessments, computed in SQL over the stored scale scores. */

/** Latest and previous self-assessment per student of a set, ranked newest first. */
function rankedSelfAssessments(instrumentCode: string, students: ReturnType<typeof sql>) {
  return sql`
    SELECT r.id, r.student_id, r.submitted_at,
      row_number() OVER (PARTITION BY r.student_id ORDER BY r.submitted_at DESC, r.id DESC) AS rn
    FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
    WHERE r.student_id IN (${students}) AND r.status = 'submitted' AND r.source = 'self' AND iv.code = ${instrumentCode}`;
}

export interface CaseloadRow {
  id: string;
  name: string;
  cohort: string | null;
  latest_id: string | null;
  latest_at: Date | null;
  previous_id: string | null;
  total: number;
}

/**
 * One page of a counsellor's caseload with each student's latest and previous self-assessment,
 * sorted by name or by the latest score on one scale (students without a score last).
 */
export async function caseloadPage(
  db: Queryable,
  q: { counsellorId: string; today: string; instrumentCode: string; sortScale: string | null; desc: boolean; limit: number; offset: number },
): Promise<CaseloadRow[]> {
  const caseload = sql`SELECT a.student_id FROM assignment a WHERE a.counsellor_id = ${q.counsellorId} AND ${activeOn(q.today, 'a')}`;
  const dir = sql.raw(q.desc ? 'DESC' : 'ASC');
  const order = q.sortScale
    ? sql`(SELECT ss.score FROM instrument_scale_score ss WHERE ss.response_id = l.id AND ss.scale_code = ${q.sortScale}) ${dir} NULLS LAST, u.sort_name, u.id`
    : sql`u.sort_name ${dir}, u.id ${dir}`;
  const { rows } = await sql<CaseloadRow>`
    WITH ranked AS (${rankedSelfAssessments(q.instrumentCode, caseload)})
    SELECT u.id, u.display_name AS name, c.name AS cohort, l.id AS latest_id, l.submitted_at AS latest_at,
      p.id AS previous_id, count(*) OVER ()::int AS total
    FROM app_user u
    LEFT JOIN enrolment e ON e.student_id = u.id AND e.end_date IS NULL
    LEFT JOIN cohort c ON c.id = e.cohort_id
    LEFT JOIN ranked l ON l.student_id = u.id AND l.rn = 1
    LEFT JOIN ranked p ON p.student_id = u.id AND p.rn = 2
    WHERE u.id IN (${caseload})
    ORDER BY ${order}
    LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
  return rows;
}

export async function caseloadSize(db: Queryable, counsellorId: string, today: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(DISTINCT a.student_id)::int AS n FROM assignment a WHERE a.counsellor_id = ${counsellorId} AND ${activeOn(today, 'a')}`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface BandRow {
  programme_id: string;
  programme: string;
  cohort_id: string;
  cohort: string;
  school_year: string;
  scale_code: string;
  band: number;
  count: number;
  sum: number;
}

/**
 * Scale scores of each current student's latest self-assessment, counted per programme, class,
 * scale and score band (band 0 = [min, min+1), the top band includes max). Only counts and sums
 * leave the database; suppression of small groups happens in the service.
 */
export async function scoreBands(db: Queryable, q: { institutionId: string; instrumentCode: string; min: number; max: number }): Promise<BandRow[]> {
  const { rows } = await sql<BandRow>`
    WITH latest AS (
      SELECT DISTINCT ON (r.student_id) r.id, r.student_id
      FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
      WHERE r.institution_id = ${q.institutionId} AND r.status = 'submitted' AND r.source = 'self' AND iv.code = ${q.instrumentCode}
      ORDER BY r.student_id, r.submitted_at DESC, r.id DESC
    )
    SELECT p.id AS programme_id, p.name AS programme, c.id AS cohort_id, c.name AS cohort, c.school_year,
      ss.scale_code, least(floor(ss.score - ${q.min}), ${q.max - q.min - 1})::int AS band,
      count(*)::int AS count, sum(ss.score)::float8 AS sum
    FROM latest l
    JOIN enrolment e ON e.student_id = l.student_id AND e.end_date IS NULL
    JOIN cohort c ON c.id = e.cohort_id
    JOIN programme p ON p.id = c.programme_id
    JOIN instrument_scale_score ss ON ss.response_id = l.id AND ss.score IS NOT NULL
    WHERE p.institution_id = ${q.institutionId}
    GROUP BY p.id, p.name, c.id, c.name, c.school_year, ss.scale_code, band
    ORDER BY p.name, c.school_year DESC, c.name, ss.scale_code, band`.execute(db);
  return rows;
}

export async function minGroupSize(db: Queryable, institutionId: string): Promise<number> {
  const row = await db.selectFrom('institution').select('min_group_size').where('id', '=', institutionId).executeTakeFirst();
  return row?.min_group_size ?? 5;
}
