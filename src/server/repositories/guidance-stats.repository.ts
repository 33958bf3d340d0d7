import { sql } from 'kysely';
import type { Queryable } from './types';

/** Counts for the second-line dashboard and the manager's guidance figures, all in SQL. */

export async function timeToFirstContact(db: Queryable, institutionId: string) {
  const { rows } = await sql<{ n: number; median: number | null; mean: number | null }>`
    SELECT count(*)::int AS n,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_contact_at - submitted_at) / 86400)::float8 AS median,
      avg(extract(epoch FROM first_contact_at - submitted_at) / 86400)::float8 AS mean
    FROM referral
    WHERE institution_id = ${institutionId} AND first_contact_at IS NOT NULL AND submitted_at > now() - interval '12 months'`.execute(db);
  return rows[0] ?? { n: 0, median: null, mean: null };
}

export async function perReason(db: Queryable, institutionId: string) {
  const { rows } = await sql<{ reason: string; count: number; median_wait: number | null }>`
    SELECT reason, count(*)::int AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(first_contact_at, now()) - submitted_at) / 86400)::float8 AS median_wait
    FROM referral WHERE institution_id = ${institutionId} AND submitted_at > now() - interval '12 months'
    GROUP BY reason ORDER BY count(*) DESC, reason`.execute(db);
  return rows;
}

export async function perProgramme(db: Queryable, institutionId: string) {
  const { rows } = await sql<{ programme: string; count: number }>`
    SELECT coalesce(p.name, '—') AS programme, count(*)::int AS count
    FROM referral r
    LEFT JOIN enrolment e ON e.student_id = r.student_id AND e.end_date IS NULL
    LEFT JOIN cohort c ON c.id = e.cohort_id
    LEFT JOIN programme p ON p.id = c.programme_id
    WHERE r.institution_id = ${institutionId} AND r.submitted_at > now() - interval '12 months'
    GROUP BY p.name ORDER BY count(*) DESC, programme`.execute(db);
  return rows;
}

/** Current caseload size per active counsellor (counsellors without students count as 0). */
export async function caseloadSizes(db: Queryable, institutionId: string, today: string) {
  // One grouped pass over the current assignments, not a subquery per counsellor: with 1,700
  // counsellors the per-row form was estimated dear enough to be JIT-compiled, and took 3× longer.
  const { rows } = await sql<{ size: number }>`
    SELECT coalesce(x.size, 0)::int AS size
    FROM app_user u
    LEFT JOIN (
      SELECT a.counsellor_id, count(DISTINCT a.student_id) AS size FROM assignment a
      WHERE a.start_date <= ${today}::date AND (a.end_date IS NULL OR a.end_date > ${today}::date)
      GROUP BY a.counsellor_id
    ) x ON x.counsellor_id = u.id
    WHERE u.institution_id = ${institutionId} AND u.role = 'counsellor' AND u.active
    ORDER BY size`.execute(db);
  return rows.map((r) => r.size);
}

/**
 * Current students counted per programme and number of conversations held this school year (up to
 * today), with the programme's norm: a handful of rows however large the institution. The held
 * conversations are counted in one pass over the school year (index conversation_held_idx), not
 * looked up per student.
 */
export async function heldCountsPerProgramme(db: Queryable, q: { institutionId: string; yearStart: string; today: string; schoolYear: string }) {
  const { rows } = await sql<{ programme: string; level: 'vo' | 'mbo' | 'hbo'; per_year: number | null; minutes: number | null; held: number; students: number }>`
    WITH held AS (
      SELECT c.student_id, count(*)::int AS held FROM conversation c
      WHERE c.institution_id = ${q.institutionId} AND c.status = 'held' AND c.starts_at >= ${q.yearStart}::date AND c.starts_at < (${q.today}::date + 1)
      GROUP BY c.student_id
    ),
    per_programme AS (
      SELECT co.programme_id, coalesce(h.held, 0) AS held, count(*)::int AS students
      FROM enrolment e
      JOIN cohort co ON co.id = e.cohort_id
      JOIN programme pp ON pp.id = co.programme_id AND pp.institution_id = ${q.institutionId}
      LEFT JOIN held h ON h.student_id = e.student_id
      WHERE e.end_date IS NULL
      GROUP BY co.programme_id, coalesce(h.held, 0)
    )
    SELECT p.name AS programme, p.level, n.conversations_per_year AS per_year, n.minutes_each AS minutes, x.held, x.students
    FROM per_programme x
    JOIN programme p ON p.id = x.programme_id
    LEFT JOIN cadence_norm n ON n.programme_id = p.id AND n.school_year = ${q.schoolYear}
    ORDER BY p.name, x.held`.execute(db);
  return rows;
}
