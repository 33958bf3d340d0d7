import { sql } from 'kysely';
import { activeOn } from './relationships.repository';
import type { Queryable } from './types';

/** Overviews of competence self-assessments, computed in SQL over the stored scale scores. */

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
  const sortJoin = q.sortScale
    ? sql`LEFT JOIN self_assessment_latest_score sc ON sc.student_id = u.id AND sc.instrument_code = ${q.instrumentCode} AND sc.scale_code = ${q.sortScale}`
    : sql``;
  const order = q.sortScale ? sql`sc.score ${dir} NULLS LAST, u.sort_name, u.id` : sql`u.sort_name ${dir}, u.id ${dir}`;
  // The latest two self-assessments come from their summary (migration 0013), not from the history.
  const { rows } = await sql<CaseloadRow>`
    SELECT u.id, u.display_name AS name, c.name AS cohort, l.latest_id, l.latest_at, l.previous_id, count(*) OVER ()::int AS total
    FROM app_user u
    LEFT JOIN enrolment e ON e.student_id = u.id AND e.end_date IS NULL
    LEFT JOIN cohort c ON c.id = e.cohort_id
    LEFT JOIN self_assessment_latest l ON l.student_id = u.id AND l.instrument_code = ${q.instrumentCode}
    ${sortJoin}
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

/** One class with its current students' latest scale scores, counted per scale and score band. */
export interface ClassBandsRow {
  programme_id: string;
  programme: string;
  cohort_id: string;
  cohort: string;
  school_year: string;
  /** Parallel lists, one entry per scale and band; a band may come twice, to be added up. */
  counts: { scales: string[]; bands: number[]; counts: number[]; sums: number[] };
}

/**
 * Scale scores of each current student's latest self-assessment, counted per programme, class,
 * scale and score band (band 0 = [min, min+1), the top band includes max), one row per class
 * sorted by programme and class. Only counts and sums leave the database; suppression of small
 * groups happens in the service. The counts per class are kept up to date by triggers (migration
 * 0013), so this reads a few rows per class; they travel as one JSON value of parallel lists per
 * class, so only the classes are sorted by name and the driver parses little.
 */
export async function scoreBands(db: Queryable, q: { institutionId: string; instrumentCode: string; min: number; max: number }): Promise<ClassBandsRow[]> {
  const { rows } = await sql<ClassBandsRow>`
    WITH per_class AS (
      SELECT s.cohort_id,
        json_build_object('scales', array_agg(s.scale_code), 'bands', array_agg(least(s.floor_score - ${q.min}::int, ${q.max - q.min - 1}::int)),
          'counts', array_agg(s.students), 'sums', array_agg(s.score_sum)) AS counts
      FROM self_assessment_cohort_score s
      WHERE s.instrument_code = ${q.instrumentCode}
      GROUP BY s.cohort_id
    )
    SELECT p.id AS programme_id, p.name AS programme, c.id AS cohort_id, c.name AS cohort, c.school_year, x.counts
    FROM per_class x JOIN cohort c ON c.id = x.cohort_id JOIN programme p ON p.id = c.programme_id
    WHERE p.institution_id = ${q.institutionId}
    ORDER BY p.name, c.school_year DESC, c.name, c.id`.execute(db);
  return rows;
}

export async function minGroupSize(db: Queryable, institutionId: string): Promise<number> {
  const row = await db.selectFrom('institution').select('min_group_size').where('id', '=', institutionId).executeTakeFirst();
  return row?.min_group_size ?? 5;
}
