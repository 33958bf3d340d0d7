import { sql } from 'kysely';
import type { CounsellorLookup } from '../policies/policy';
import { activeOn } from './relationships.repository';
import type { Queryable } from './types';

/**
 * The end-of-year student evaluation of guidance: responses whose subject (`student_id`) is the
 * counsellor and whose source is 'student'. The respondent is read here only for the student's own
 * status; the aggregates return counts and means, never a respondent.
 */

export async function yearSettings(db: Queryable, institutionId: string) {
  const { rows } = await sql<{ school_year: string; enabled: boolean; updated_at: Date; updated_by: string | null }>`
    SELECT y.school_year, y.enabled, y.updated_at, u.display_name AS updated_by
    FROM guidance_evaluation_year y LEFT JOIN app_user u ON u.id = y.updated_by
    WHERE y.institution_id = ${institutionId}
    ORDER BY y.school_year DESC LIMIT 20`.execute(db);
  return rows;
}

export async function isRunning(db: Queryable, institutionId: string, schoolYear: string): Promise<boolean> {
  const row = await db
    .selectFrom('guidance_evaluation_year')
    .select('enabled')
    .where('institution_id', '=', institutionId)
    .where('school_year', '=', schoolYear)
    .executeTakeFirst();
  return row?.enabled ?? false;
}

export async function setRunning(db: Queryable, s: { institutionId: string; schoolYear: string; enabled: boolean; by: string }): Promise<void> {
  await db
    .insertInto('guidance_evaluation_year')
    .values({ institution_id: s.institutionId, school_year: s.schoolYear, enabled: s.enabled, updated_by: s.by })
    .onConflict((oc) => oc.columns(['institution_id', 'school_year']).doUpdateSet({ enabled: s.enabled, updated_by: s.by, updated_at: sql`now()` }))
    .execute();
}

export async function isCounsellor(db: Queryable, institutionId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('role', '=', 'counsellor')
    .executeTakeFirst();
  return row !== undefined;
}

export function counsellorLookup(db: Queryable, day: string): CounsellorLookup {
  return {
    async isCurrentCounsellor(studentId, counsellorId) {
      const { rows } = await sql<{ one: number }>`
        SELECT 1 AS one FROM assignment WHERE student_id = ${studentId} AND counsellor_id = ${counsellorId} AND ${activeOn(day)} LIMIT 1`.execute(db);
      return rows.length > 0;
    },
  };
}

/** A student's own evaluations of one counsellor in a period. */
const ownEvaluation = (studentId: string, counsellorId: ReturnType<typeof sql.ref>, code: string, status: 'draft' | 'submitted', from: Date, to: Date) => sql<boolean>`
  EXISTS (SELECT 1 FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
    WHERE r.respondent_id = ${studentId} AND r.student_id = ${counsellorId} AND r.source = 'student'
      AND r.status = ${status} AND iv.code = ${code}
      AND ${status === 'draft' ? sql`true` : sql`r.submitted_at >= ${from} AND r.submitted_at < ${to}`})`;

/** The student's current counsellors, with whether they evaluated each in the period or have a draft. */
export async function myCounsellors(db: Queryable, studentId: string, code: string, day: string, from: Date, to: Date) {
  const { rows } = await sql<{ id: string; name: string; done: boolean; draft: boolean }>`
    SELECT u.id, u.display_name AS name,
      ${ownEvaluation(studentId, sql.ref('u.id'), code, 'submitted', from, to)} AS done,
      ${ownEvaluation(studentId, sql.ref('u.id'), code, 'draft', from, to)} AS draft
    FROM app_user u
    WHERE u.id IN (SELECT a.counsellor_id FROM assignment a WHERE a.student_id = ${studentId} AND ${activeOn(day, 'a')})
    ORDER BY u.sort_name, u.id LIMIT 20`.execute(db);
  return rows;
}

export async function evaluatedInPeriod(db: Queryable, studentId: string, counsellorId: string, code: string, from: Date, to: Date): Promise<boolean> {
  const { rows } = await sql<{ done: boolean }>`SELECT ${ownEvaluation(studentId, sql.ref('u.id'), code, 'submitted', from, to)} AS done
    FROM app_user u WHERE u.id = ${counsellorId}`.execute(db);
  return rows[0]?.done ?? false;
}

export type EvaluationSubject = { counsellorId: string } | { teamId: string };

/**
 * Evaluations per school year (1 August – 31 July, by the UTC date of submission, as
 * `schoolYearOf`) since `since`: how many, and per scale the mean — only for a year with at least
 * `minResponses` responses about at least `minCounsellors` counsellors. Below that, the means are
 * not computed at all, so they cannot leave the database.
 */
export async function evaluationMeans(db: Queryable, subject: EvaluationSubject, code: string, since: Date, minResponses: number, minCounsellors: number) {
  const about =
    'counsellorId' in subject
      ? sql`r.student_id = ${subject.counsellorId}`
      : sql`r.student_id IN (SELECT user_id FROM team_member WHERE team_id = ${subject.teamId})`;
  const { rows } = await sql<{ start_year: number; n: number; scale_code: string | null; mean: number | null }>`
    WITH ev AS (
      SELECT r.id, r.student_id AS counsellor_id,
        extract(year FROM (r.submitted_at AT TIME ZONE 'UTC') - interval '7 months')::int AS start_year
      FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
      WHERE ${about} AND r.source = 'student' AND r.status = 'submitted' AND iv.code = ${code} AND r.submitted_at >= ${since}
    ), years AS (
      SELECT start_year, count(*)::int AS n, count(DISTINCT counsellor_id)::int AS counsellors FROM ev GROUP BY start_year
    )
    SELECT y.start_year, y.n, ss.scale_code, avg(ss.score)::float8 AS mean
    FROM years y
    LEFT JOIN ev ON ev.start_year = y.start_year AND y.n >= ${minResponses} AND y.counsellors >= ${minCounsellors}
    LEFT JOIN instrument_scale_score ss ON ss.response_id = ev.id AND ss.score IS NOT NULL
    GROUP BY y.start_year, y.n, ss.scale_code
    ORDER BY y.start_year DESC, ss.scale_code`.execute(db);
  return rows;
}
