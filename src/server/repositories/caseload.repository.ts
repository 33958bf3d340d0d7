import { sql } from 'kysely';
import { PREPARE_MARK } from '../db/prepared';
import { milestoneCtes } from './milestone-progress.repository';
import type { Queryable } from './types';

/** The facts behind the caseload signals, for every student of a counsellor in one query. */

export interface CaseloadFactsRow {
  id: string;
  name: string;
  sort_name: string;
  cohort: string | null;
  programme_id: string | null;
  level: 'vo' | 'mbo' | 'hbo' | null;
  conversations_per_year: number | null;
  minutes_each: number | null;
  held_dates: string[] | null;
  last_held: Date | null;
  next_planned: Date | null;
  overdue_actions: number;
  latest_mean: number | null;
  previous_mean: number | null;
  referral_status: string | null;
  referral_submitted: Date | null;
  failed_tests: number;
  failed_courses: string[] | null;
  last_portfolio_activity: Date | null;
  latest_certainty: number | null;
  previous_certainty: number | null;
  latest_dropout_risk: number | null;
  missed_milestones: number | null;
  first_missed_nl: string | null;
  first_missed_en: string | null;
}

export async function caseloadFacts(
  db: Queryable,
  q: { counsellorId: string; today: string; yearStart: string; yearEnd: string; schoolYear: string; actionGraceDays: number },
): Promise<CaseloadFactsRow[]> {
  // Prepared per connection on PostgreSQL: planning this statement costs more than running it.
  const { rows } = await sql<CaseloadFactsRow>`${PREPARE_MARK}
    WITH students AS (
      SELECT DISTINCT a.student_id AS id FROM assignment a
      WHERE a.counsellor_id = ${q.counsellorId} AND a.start_date <= ${q.today}::date AND (a.end_date IS NULL OR a.end_date > ${q.today}::date)
    ),
    ${milestoneCtes(sql`SELECT id FROM students`, q.today, true)},
    -- Only campaigns that told the student their counsellor sees these two scores (pseudonymous).
    survey_scores AS (
      SELECT i.user_id AS student_id,
        max(ss.score) FILTER (WHERE ss.scale_code = 'keuzezekerheid') AS certainty,
        max(ss.score) FILTER (WHERE ss.scale_code = 'uitvalrisico') AS risk,
        row_number() OVER (PARTITION BY i.user_id ORDER BY sr.submitted_at DESC, sr.id DESC) AS rn
      FROM survey_invitation i
      JOIN survey_campaign sc ON sc.id = i.campaign_id AND sc.feeds_guidance
      JOIN survey_response sr ON sr.invitation_id = i.id AND sr.status = 'submitted'
      JOIN survey_scale_score ss ON ss.response_id = sr.id AND ss.scale_code IN ('keuzezekerheid', 'uitvalrisico')
      WHERE i.user_id IN (SELECT id FROM students)
      GROUP BY i.user_id, sr.id, sr.submitted_at
    )
    SELECT u.id, u.display_name AS name, u.sort_name, co.name AS cohort, pr.id AS programme_id, pr.level,
      n.conversations_per_year, n.minutes_each,
      (SELECT json_agg(to_char(c.starts_at, 'YYYY-MM-DD')) FROM conversation c
        WHERE c.student_id = u.id AND c.status = 'held' AND c.starts_at >= ${q.yearStart}::date AND c.starts_at < ${q.yearEnd}::date) AS held_dates,
      (SELECT max(c.starts_at) FROM conversation c WHERE c.student_id = u.id AND c.status = 'held') AS last_held,
      (SELECT min(c.starts_at) FROM conversation c WHERE c.student_id = u.id AND c.status IN ('proposed', 'planned') AND c.starts_at >= ${q.today}::date) AS next_planned,
      (SELECT count(*)::int FROM conversation_action ca
        WHERE ca.student_id = u.id AND ca.status = 'open' AND ca.due_date + ${q.actionGraceDays}::int < ${q.today}::date) AS overdue_actions,
      m.latest_mean, m.previous_mean,
      rf.status AS referral_status, rf.submitted_at AS referral_submitted,
      (SELECT count(*)::int FROM test_result tr WHERE tr.student_id = u.id AND NOT tr.passed AND tr.taken_on >= ${q.yearStart}::date) AS failed_tests,
      (SELECT json_agg(x.course) FROM (SELECT tr.course FROM test_result tr WHERE tr.student_id = u.id AND NOT tr.passed AND tr.taken_on >= ${q.yearStart}::date
        ORDER BY tr.taken_on LIMIT 3) x) AS failed_courses,
      -- Dates only: what the student keeps out of guidance's view stays out of it.
      GREATEST(
        (SELECT max(pe.updated_at) FROM portfolio_evidence pe WHERE pe.student_id = u.id),
        (SELECT max(pg.updated_at) FROM portfolio_goal pg WHERE pg.student_id = u.id)
      ) AS last_portfolio_activity,
      sv.latest_certainty, sv.previous_certainty, sv.latest_dropout_risk, ml.missed_milestones, ml.first_missed_nl, ml.first_missed_en
    FROM students s
    JOIN app_user u ON u.id = s.id
    LEFT JOIN enrolment e ON e.student_id = u.id AND e.end_date IS NULL
    LEFT JOIN cohort co ON co.id = e.cohort_id
    LEFT JOIN programme pr ON pr.id = co.programme_id
    LEFT JOIN cadence_norm n ON n.programme_id = pr.id AND n.school_year = ${q.schoolYear}
    -- The means of the latest two self-assessments are kept per student (migration 0013).
    LEFT JOIN self_assessment_latest m ON m.student_id = u.id AND m.instrument_code = 'loopbaancompetenties'
    LEFT JOIN (
      SELECT student_id, max(certainty) FILTER (WHERE rn = 1) AS latest_certainty,
        max(certainty) FILTER (WHERE rn = 2) AS previous_certainty, max(risk) FILTER (WHERE rn = 1) AS latest_dropout_risk
      FROM survey_scores GROUP BY student_id
    ) sv ON sv.student_id = u.id
    -- First 100 days: missed milestones only count within the first year of the programme
    -- (milestoneCtes leaves the other students out).
    LEFT JOIN (
      SELECT student_id, count(*)::int AS missed_milestones,
        (array_agg(name_nl ORDER BY due_on, position))[1] AS first_missed_nl, (array_agg(name_en ORDER BY due_on, position))[1] AS first_missed_en
      FROM milestone_rows WHERE state = 'missed'
      GROUP BY student_id
    ) ml ON ml.student_id = u.id
    LEFT JOIN LATERAL (
      SELECT r.status, r.submitted_at FROM referral r WHERE r.student_id = u.id AND r.closed_at IS NULL
      ORDER BY r.submitted_at DESC LIMIT 1
    ) rf ON true
    ORDER BY u.sort_name, u.id`.execute(db);
  return rows;
}

/**
 * What the counsellor's caseload depends on, as one short string: the students in it today and
 * their change stamps (migration 0016), the stamp of what all caseloads share, and the
 * institution's signal thresholds. Equal digests mean equal caseloads for the same day.
 */
export async function caseloadDigest(db: Queryable, q: { counsellorId: string; institutionId: string; today: string }): Promise<string> {
  const { rows } = await sql<{ digest: string }>`${PREPARE_MARK}
    SELECT md5(coalesce(string_agg(s.id::text || ':' || coalesce(cs.stamp, 0), ',' ORDER BY s.id), '')) || '/' ||
      coalesce((SELECT stamp FROM caseload_stamp WHERE subject = '00000000-0000-0000-0000-000000000000'), 0) || '/' ||
      coalesce((SELECT ss::text FROM signal_settings ss WHERE ss.institution_id = ${q.institutionId}), '') AS digest
    FROM (
      SELECT DISTINCT a.student_id AS id FROM assignment a
      WHERE a.counsellor_id = ${q.counsellorId} AND a.start_date <= ${q.today}::date AND (a.end_date IS NULL OR a.end_date > ${q.today}::date)
    ) s
    LEFT JOIN caseload_stamp cs ON cs.subject = s.id`.execute(db);
  return rows[0]?.digest ?? '';
}

export async function signalSettings(db: Queryable, institutionId: string) {
  return db.selectFrom('signal_settings').selectAll().where('institution_id', '=', institutionId).executeTakeFirst();
}

export async function saveSignalSettings(
  db: Queryable,
  institutionId: string,
  v: {
    action_grace_days: number;
    low_competency: number;
    falling_competency: number;
    referral_wait_days: number;
    no_conversation_days: number;
    failed_tests: number;
    portfolio_inactive_weeks: number;
    low_choice_certainty: number;
    falling_choice_certainty: number;
    high_dropout_risk: number;
  },
): Promise<void> {
  await db
    .insertInto('signal_settings')
    .values({ institution_id: institutionId, ...v })
    .onConflict((oc) => oc.column('institution_id').doUpdateSet({ ...v, updated_at: sql`now()` }))
    .execute();
}
