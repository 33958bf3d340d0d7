import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from './types';

/*
 * The evidence loop's sums. Per student (in CTEs, never returned): growth = mean scale score of the
 * latest self-measurement of career competencies minus that of the one before; the conversations
 * held between those two measurements; and, from the student's feedback on those conversations,
 * how reflective they were (1–5), whose agenda they followed (mine 1, both ½, counsellor 0) and
 * the share about self-image, future or career actions. What comes back is one row of sums of
 * products per programme and "gave feedback or not": a few dozen numbers.
 */

export const OUTCOME_INSTRUMENT = 'loopbaancompetenties';
/** Per-student columns after the intercept; must match EVIDENCE_COLUMNS in the domain. */
const X = ['x1', 'x2', 'x3', 'x4'] as const;

export interface ProgrammeSumsRow {
  programme_id: string;
  programme_name: string;
  with_feedback: boolean;
  n: number;
  /** c_i_j for i ≤ j over [1, x1…x4]; y_i = Σ col_i·y; yty = Σ y². */
  [key: string]: number | string | boolean;
}

const perStudent = (institutionId: string): RawBuilder<unknown> => sql`
  WITH m AS (
    SELECT r.id, r.student_id, r.submitted_at, avg(ss.score) AS mean,
      row_number() OVER (PARTITION BY r.student_id ORDER BY r.submitted_at DESC, r.id DESC) AS k
    FROM instrument_response r
    JOIN instrument_version iv ON iv.id = r.instrument_version_id
    JOIN instrument_scale_score ss ON ss.response_id = r.id AND ss.score IS NOT NULL
    WHERE r.institution_id = ${institutionId} AND iv.code = ${OUTCOME_INSTRUMENT} AND r.source = 'self' AND r.status = 'submitted'
    GROUP BY r.id, r.student_id, r.submitted_at
  ), pair AS (
    SELECT a.student_id, (a.mean - b.mean)::float8 AS y, b.submitted_at AS since, a.submitted_at AS until
    FROM m a JOIN m b ON b.student_id = a.student_id AND b.k = 2
    WHERE a.k = 1
  ), prog AS (
    -- The programme the student was enrolled in at the latest measurement (else their latest enrolment).
    SELECT DISTINCT ON (e.student_id) e.student_id, c.programme_id
    FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN pair p ON p.student_id = e.student_id
    ORDER BY e.student_id, (e.start_date <= p.until::date) DESC, e.start_date DESC, e.id
  ), conv AS (
    SELECT p.student_id,
      count(c.id)::float8 AS conversations,
      count(f.conversation_id)::int AS feedback,
      avg(f.helping_vs_reflective)::float8 AS reflective,
      avg(CASE f.whose_agenda WHEN 'mine' THEN 1.0 WHEN 'both' THEN 0.5 WHEN 'counsellor' THEN 0.0 END)::float8 AS own_agenda,
      avg(CASE WHEN f.conversation_id IS NULL THEN NULL
        WHEN f.topics @> '["zelfbeeld_toekomstbeeld"]'::jsonb OR f.topics @> '["acties_werk_loopbaan"]'::jsonb THEN 1.0 ELSE 0.0 END)::float8 AS career_topics
    FROM pair p
    LEFT JOIN conversation c ON c.student_id = p.student_id AND c.status = 'held'
      AND coalesce(c.held_at, c.starts_at) > p.since AND coalesce(c.held_at, c.starts_at) <= p.until
    LEFT JOIN conversation_feedback f ON f.conversation_id = c.id
    GROUP BY p.student_id
  ), rows AS (
    SELECT pr.programme_id, p.y, cv.conversations AS x1, coalesce(cv.reflective, 0) AS x2,
      coalesce(cv.own_agenda, 0) AS x3, coalesce(cv.career_topics, 0) AS x4, cv.feedback > 0 AS with_feedback
    FROM pair p JOIN prog pr ON pr.student_id = p.student_id JOIN conv cv ON cv.student_id = p.student_id
  )`;

export async function programmeSums(db: Queryable, institutionId: string): Promise<ProgrammeSumsRow[]> {
  const cols: RawBuilder<unknown>[] = [sql`1.0`, ...X.map((x) => sql.ref(`rows.${x}`))];
  const sums: RawBuilder<unknown>[] = [sql`count(*)::int AS n`, sql`sum(rows.y * rows.y)::float8 AS yty`];
  cols.forEach((ci, i) => {
    sums.push(sql`sum(${ci} * rows.y)::float8 AS ${sql.ref(`y_${i}`)}`);
    for (let j = i; j < cols.length; j++) sums.push(sql`sum(${ci} * ${cols[j]})::float8 AS ${sql.ref(`c_${i}_${j}`)}`);
  });
  const { rows } = await sql<ProgrammeSumsRow>`
    ${perStudent(institutionId)}
    SELECT rows.programme_id, pg.name AS programme_name, rows.with_feedback, ${sql.join(sums)}
    FROM rows JOIN programme pg ON pg.id = rows.programme_id
    GROUP BY rows.programme_id, pg.name, rows.with_feedback
    ORDER BY pg.name, rows.programme_id, rows.with_feedback`.execute(db);
  return rows;
}

/** Students with two measurements, with or without a known programme. */
export async function eligibleCount(db: Queryable, institutionId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`${perStudent(institutionId)} SELECT count(*)::int AS n FROM pair`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function surveyMinGroupSize(db: Queryable, institutionId: string): Promise<number> {
  const row = await db.selectFrom('institution').select('survey_min_group_size').where('id', '=', institutionId).executeTakeFirst();
  return row?.survey_min_group_size ?? 10;
}

/**
 * Programme means of the learning-environment scales from the latest student survey that has them.
 * Responses carry a programme label, not a student: these are context, never linked to a person.
 */
export async function learningEnvironment(db: Queryable, institutionId: string, scales: readonly string[]) {
  const { rows } = await sql<{ campaign_id: string; title: string; label: string | null; scale_code: string; n: number; mean: number }>`
    WITH latest AS (
      SELECT c.id, c.title FROM survey_campaign c
      WHERE c.institution_id = ${institutionId} AND c.audience = 'students' AND c.status <> 'draft'
        AND EXISTS (SELECT 1 FROM survey_response r JOIN survey_scale_score s ON s.response_id = r.id
          WHERE r.campaign_id = c.id AND r.status = 'submitted' AND s.scale_code = ANY(${[...scales]}::text[]))
      ORDER BY c.closes_on DESC, c.id LIMIT 1
    )
    SELECT l.id AS campaign_id, l.title, r.programme AS label, s.scale_code, count(*)::int AS n, avg(s.score)::float8 AS mean
    FROM latest l
    JOIN survey_response r ON r.campaign_id = l.id AND r.status = 'submitted'
    JOIN survey_scale_score s ON s.response_id = r.id AND s.scale_code = ANY(${[...scales]}::text[])
    GROUP BY l.id, l.title, r.programme, s.scale_code`.execute(db);
  return rows;
}

export async function programmeCodes(db: Queryable, ids: readonly string[]): Promise<{ id: string; name: string; code: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('programme').select(['id', 'name', 'code']).where('id', 'in', [...ids]).execute();
}
