import { sql, type RawBuilder } from 'kysely';
import type { DropoutGroupBy } from '../../shared/study-progress';
import type { Queryable } from './types';

/*
 * Starters and leavers per group, counted in SQL. A starter is a student's first enrolment in a
 * programme; they count as a switch or dropout when a registration ends an enrolment of theirs in
 * that programme within a year of that start (the first year, where the BSA falls).
 */

const KEYS: Record<DropoutGroupBy, RawBuilder<string>> = {
  year: sql<string>`o.school_year`,
  programme: sql<string>`p.name`,
  gender: sql<string>`COALESCE(u.gender, 'unknown')`,
  prior_education: sql<string>`COALESCE(i.prior_education, 'unknown')`,
};

function keyed(institutionId: string, groupBy: DropoutGroupBy) {
  return sql`
    WITH starters AS (
      SELECT DISTINCT ON (e.student_id, c.programme_id) e.id AS enrolment_id, e.student_id, c.programme_id, c.school_year, e.start_date
      FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN app_user u ON u.id = e.student_id
      WHERE u.institution_id = ${institutionId} AND u.role = 'student'
      ORDER BY e.student_id, c.programme_id, e.start_date
    ), outcomes AS (
      SELECT s.*, x.id AS exit_id, x.kind
      FROM starters s LEFT JOIN LATERAL (
        SELECT sx.id, sx.kind FROM study_exit sx
        JOIN enrolment e2 ON e2.id = sx.enrolment_id JOIN cohort c2 ON c2.id = e2.cohort_id
        WHERE sx.student_id = s.student_id AND c2.programme_id = s.programme_id AND sx.exit_on < s.start_date + interval '1 year'
        ORDER BY sx.exit_on LIMIT 1
      ) x ON TRUE
    ), keyed AS (
      SELECT o.exit_id, o.kind, ${KEYS[groupBy]} AS key
      FROM outcomes o JOIN app_user u ON u.id = o.student_id JOIN programme p ON p.id = o.programme_id
      LEFT JOIN intake i ON i.enrolment_id = o.enrolment_id
    )`;
}

export interface CountRow {
  key: string;
  starters: number;
  switches: number;
  dropouts: number;
}

export async function groupCounts(db: Queryable, institutionId: string, groupBy: DropoutGroupBy): Promise<CountRow[]> {
  const { rows } = await sql<CountRow>`${keyed(institutionId, groupBy)}
    SELECT key, count(*)::int AS starters,
           count(*) FILTER (WHERE kind = 'switch')::int AS switches,
           count(*) FILTER (WHERE kind = 'dropout')::int AS dropouts
    FROM keyed GROUP BY key ORDER BY key`.execute(db);
  return rows;
}

/** How many leavers per group named each reason; a leaver with three reasons counts three times. */
export async function reasonCounts(db: Queryable, institutionId: string, groupBy: DropoutGroupBy): Promise<{ key: string; reason: string; count: number }[]> {
  const { rows } = await sql<{ key: string; reason: string; count: number }>`${keyed(institutionId, groupBy)}
    SELECT k.key, r.reason, count(*)::int AS count
    FROM keyed k JOIN study_exit_reason r ON r.exit_id = k.exit_id
    GROUP BY k.key, r.reason`.execute(db);
  return rows;
}
