import { sql } from 'kysely';
import { activeOn } from './relationships.repository';
import type { Queryable } from './types';

/** BSA norms, the advice given, and each student's first year with the credits earned in it. */

export interface NormRow {
  programme_id: string;
  programme: string;
  school_year: string;
  threshold_credits: number;
  year_credits: number;
  warning_on: string;
  final_on: string;
}

export async function listNorms(db: Queryable, institutionId: string): Promise<NormRow[]> {
  const { rows } = await sql<NormRow>`
    SELECT n.programme_id, p.name AS programme, n.school_year, n.threshold_credits, n.year_credits,
           n.warning_on::text AS warning_on, n.final_on::text AS final_on
    FROM bsa_norm n JOIN programme p ON p.id = n.programme_id
    WHERE p.institution_id = ${institutionId}
    ORDER BY n.school_year DESC, p.name`.execute(db);
  return rows;
}

export async function programmeExists(db: Queryable, institutionId: string, programmeId: string): Promise<boolean> {
  const row = await db.selectFrom('programme').select('id').where('id', '=', programmeId).where('institution_id', '=', institutionId).executeTakeFirst();
  return row !== undefined;
}

export async function upsertNorm(
  db: Queryable,
  v: { programmeId: string; schoolYear: string; thresholdCredits: number; yearCredits: number; warningOn: string; finalOn: string; by: string },
): Promise<void> {
  await db
    .insertInto('bsa_norm')
    .values({ programme_id: v.programmeId, school_year: v.schoolYear, threshold_credits: v.thresholdCredits, year_credits: v.yearCredits, warning_on: v.warningOn, final_on: v.finalOn, updated_by: v.by })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'school_year']).doUpdateSet((eb) => ({
        threshold_credits: eb.ref('excluded.threshold_credits'),
        year_credits: eb.ref('excluded.year_credits'),
        warning_on: eb.ref('excluded.warning_on'),
        final_on: eb.ref('excluded.final_on'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
}

export interface FirstYearRow {
  student_id: string;
  name: string;
  student_number: string | null;
  programme_id: string;
  programme: string;
  school_year: string;
  start_date: string;
  credits: number;
  threshold_credits: number | null;
  year_credits: number | null;
  warning_on: string | null;
  final_on: string | null;
}

/**
 * A student's first year in a programme starts with their first enrolment in it; the credits are
 * those of passed results in the year from that start (and not after the enrolment ended).
 * Scope: one student, a counsellor's current caseload, or the whole institution; `schoolYear`
 * keeps only first years that began in that school year.
 */
export async function firstYears(
  db: Queryable,
  q: { institutionId: string; studentId?: string; counsellorId?: string; schoolYear?: string; today: string },
): Promise<FirstYearRow[]> {
  const { rows } = await sql<FirstYearRow>`
    WITH first AS (
      SELECT DISTINCT ON (e.student_id, c.programme_id) e.student_id, c.programme_id, c.school_year, e.start_date, e.end_date
      FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN app_user u ON u.id = e.student_id
      WHERE u.institution_id = ${q.institutionId} AND u.role = 'student'
        ${q.studentId ? sql`AND u.id = ${q.studentId}` : sql``}
        ${q.counsellorId ? sql`AND EXISTS (SELECT 1 FROM assignment a WHERE a.student_id = u.id AND a.counsellor_id = ${q.counsellorId} AND ${activeOn(q.today, 'a')})` : sql``}
      ORDER BY e.student_id, c.programme_id, e.start_date
    )
    SELECT f.student_id, u.display_name AS name, u.student_number, f.programme_id, p.name AS programme, f.school_year,
           f.start_date::text AS start_date,
           COALESCE((SELECT sum(t.credits) FROM test_result t
                     WHERE t.student_id = f.student_id AND t.passed AND t.taken_on >= f.start_date
                       AND t.taken_on < f.start_date + interval '1 year'
                       AND (f.end_date IS NULL OR t.taken_on <= f.end_date)), 0)::float8 AS credits,
           n.threshold_credits, n.year_credits, n.warning_on::text AS warning_on, n.final_on::text AS final_on
    FROM first f
    JOIN app_user u ON u.id = f.student_id
    JOIN programme p ON p.id = f.programme_id
    LEFT JOIN bsa_norm n ON n.programme_id = f.programme_id AND n.school_year = f.school_year
    WHERE TRUE ${q.schoolYear ? sql`AND f.school_year = ${q.schoolYear}` : sql``}
    ORDER BY u.sort_name, p.name`.execute(db);
  return rows;
}

export interface AdviceRow {
  student_id: string;
  programme_id: string;
  school_year: string;
  kind: 'provisional' | 'final';
  outcome: 'warning' | 'on_track' | 'positive' | 'negative' | 'postponed';
  decided_on: string;
  note: string;
  decided_by: string;
}

export async function advicesFor(db: Queryable, studentIds: readonly string[]): Promise<AdviceRow[]> {
  if (studentIds.length === 0) return [];
  const { rows } = await sql<AdviceRow>`
    SELECT a.student_id, a.programme_id, a.school_year, a.kind, a.outcome, a.decided_on::text AS decided_on, a.note, u.display_name AS decided_by
    FROM bsa_advice a JOIN app_user u ON u.id = a.decided_by
    WHERE a.student_id IN (${sql.join(studentIds)})
    ORDER BY a.decided_on`.execute(db);
  return rows;
}

export async function upsertAdvice(
  db: Queryable,
  v: { institutionId: string; studentId: string; programmeId: string; schoolYear: string; kind: string; outcome: string; note: string; decidedOn: string; by: string },
): Promise<void> {
  await db
    .insertInto('bsa_advice')
    .values({ institution_id: v.institutionId, student_id: v.studentId, programme_id: v.programmeId, school_year: v.schoolYear, kind: v.kind, outcome: v.outcome, note: v.note, decided_on: v.decidedOn, decided_by: v.by })
    .onConflict((oc) =>
      oc.columns(['student_id', 'programme_id', 'school_year', 'kind']).doUpdateSet((eb) => ({
        outcome: eb.ref('excluded.outcome'),
        note: eb.ref('excluded.note'),
        decided_on: eb.ref('excluded.decided_on'),
        decided_by: eb.ref('excluded.decided_by'),
      })),
    )
    .execute();
}
