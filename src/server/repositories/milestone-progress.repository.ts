import { sql, type RawBuilder } from 'kysely';
import { DEFAULT_MILESTONES, MILESTONE_KINDS, type MilestoneKind, type ProgrammeLevel } from '../../domain/transition/milestones';
import type { Queryable } from './types';

/*
 * Progress on the first-100-days milestones, computed in SQL from the facts (held conversations,
 * test results, final reflections, a complete intake, manual ticks) so the caseload can count missed
 * milestones for every student in its one query. The k-th conversation (or reflection) milestone is
 * met by the k-th held conversation (or final reflection) since the start.
 */

/** The defaults per level as rows, so a programme without its own milestones gets them in SQL. */
const DEFAULTS_JSON = JSON.stringify(
  (Object.keys(DEFAULT_MILESTONES) as ProgrammeLevel[]).flatMap((level) =>
    DEFAULT_MILESTONES[level].map((d, position) => ({ level, name_nl: d.name.nl, name_en: d.name.en, week: d.week, kind: d.kind, position })),
  ),
);

/**
 * CTEs `journeys` (per student: current programme and the start of the first enrolment in it) and
 * `milestone_rows` (per student and milestone: due date, date met, state). `students` must be a
 * query yielding a column `id`. Meant for a WITH list: `WITH ${milestoneCtes(...)}, other AS (...)`.
 * `firstYearOnly` leaves out students past their programme's first year before any milestone is
 * looked up (the caseload counts missed milestones only in that year; on a large caseload the
 * lookups for everyone else were almost half of its time).
 */
export function milestoneCtes(students: RawBuilder<unknown>, today: string, firstYearOnly = false): RawBuilder<unknown> {
  const within = firstYearOnly ? sql`AND j.journey_start <= ${today}::date AND ${today}::date < j.journey_start + 365` : sql``;
  return sql`
    journeys AS (
      SELECT DISTINCT ON (e.student_id) e.student_id, co.programme_id, pr.name AS programme, pr.level,
        (SELECT min(e2.start_date) FROM enrolment e2 JOIN cohort c2 ON c2.id = e2.cohort_id
          WHERE e2.student_id = e.student_id AND c2.programme_id = co.programme_id) AS journey_start
      FROM enrolment e
      JOIN cohort co ON co.id = e.cohort_id
      JOIN programme pr ON pr.id = co.programme_id
      WHERE e.student_id IN (${students}) AND e.end_date IS NULL
      ORDER BY e.student_id, e.start_date DESC
    ),
    milestone_base AS (
      SELECT j.student_id, j.programme_id, j.journey_start, pm.id, pm.name_nl, pm.name_en, pm.week, pm.kind, pm.position
      FROM journeys j JOIN programme_milestone pm ON pm.programme_id = j.programme_id
      WHERE true ${within}
      UNION ALL
      SELECT j.student_id, j.programme_id, j.journey_start, NULL::uuid, d.name_nl, d.name_en, d.week, d.kind, d.position
      FROM journeys j
      JOIN jsonb_to_recordset(${DEFAULTS_JSON}::jsonb) AS d(level text, name_nl text, name_en text, week int, kind text, position int) ON d.level = j.level
      WHERE NOT EXISTS (SELECT 1 FROM programme_milestone pm WHERE pm.programme_id = j.programme_id) ${within}
    ),
    milestone_due AS (
      SELECT b.*, (b.journey_start + (b.week * 7 - 1))::date AS due_on,
        row_number() OVER (PARTITION BY b.student_id, b.kind ORDER BY b.week, b.position) AS nth
      FROM milestone_base b
    ),
    milestone_met AS (
      SELECT m.*, CASE m.kind
        WHEN 'conversation' THEN (SELECT c.starts_at::date FROM conversation c
          WHERE c.student_id = m.student_id AND c.status = 'held' AND c.starts_at >= m.journey_start
          ORDER BY c.starts_at OFFSET m.nth - 1 LIMIT 1)
        WHEN 'reflection' THEN (SELECT pe.updated_at::date FROM portfolio_evidence pe
          WHERE pe.student_id = m.student_id AND pe.kind = 'reflection' AND pe.status = 'final' AND pe.imported_from IS NULL
            AND pe.updated_at >= m.journey_start
          ORDER BY pe.updated_at OFFSET m.nth - 1 LIMIT 1)
        WHEN 'test_results' THEN (SELECT min(tr.taken_on) FROM test_result tr WHERE tr.student_id = m.student_id AND tr.taken_on >= m.journey_start)
        WHEN 'intake' THEN (SELECT min(i.completed_at)::date FROM intake i
          JOIN enrolment ie ON ie.id = i.enrolment_id JOIN cohort ic ON ic.id = ie.cohort_id
          WHERE i.student_id = m.student_id AND i.status = 'complete' AND ic.programme_id = m.programme_id)
        WHEN 'manual' THEN (SELECT t.ticked_at::date FROM student_milestone_tick t WHERE t.student_id = m.student_id AND t.milestone_id = m.id)
      END AS met_on
      FROM milestone_due m
    ),
    milestone_rows AS (
      SELECT mm.*, CASE WHEN mm.met_on IS NOT NULL THEN 'done' WHEN mm.due_on < ${today}::date THEN 'missed' ELSE 'upcoming' END AS state
      FROM milestone_met mm
    )`;
}

export interface JourneyRow {
  programme: string;
  journey_start: string;
}

export interface MilestoneRow {
  id: string | null;
  name_nl: string;
  name_en: string;
  week: number;
  kind: MilestoneKind;
  position: number;
  due_on: string;
  met_on: string | null;
  state: 'done' | 'missed' | 'upcoming';
}

export async function studentJourney(db: Queryable, studentId: string, today: string): Promise<{ journey: JourneyRow | null; own: boolean; rows: MilestoneRow[] }> {
  const { rows } = await sql<MilestoneRow & { programme: string; journey_start: string; own: boolean }>`
    WITH ${milestoneCtes(sql`SELECT ${studentId}::uuid`, today)}
    SELECT j.programme, to_char(j.journey_start, 'YYYY-MM-DD') AS journey_start, r.id, r.name_nl, r.name_en, r.week, r.kind, r.position,
      to_char(r.due_on, 'YYYY-MM-DD') AS due_on, to_char(r.met_on, 'YYYY-MM-DD') AS met_on, r.state,
      EXISTS (SELECT 1 FROM programme_milestone pm WHERE pm.programme_id = j.programme_id) AS own
    FROM journeys j LEFT JOIN milestone_rows r ON r.student_id = j.student_id
    ORDER BY r.week, r.position`.execute(db);
  const first = rows[0];
  if (!first) return { journey: null, own: false, rows: [] };
  return {
    journey: { programme: first.programme, journey_start: first.journey_start },
    own: first.own,
    rows: rows.filter((r) => r.kind !== null && MILESTONE_KINDS.includes(r.kind)),
  };
}
