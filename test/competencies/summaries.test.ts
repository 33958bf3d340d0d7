import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadCompetencies, CompetencyStats, ResponseView } from '../../src/shared/competencies';
import type { CaseloadRow } from '../../src/shared/guidance';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf, loginAsAnyone } from './helpers';

/*
 * The self-assessment summaries of migration 0013 (latest two per student, latest scores, counts
 * per class) are kept by triggers. Whatever writes, they must equal what the full history says,
 * and the dashboard, the caseload overview and the signals must show a new submission at once.
 */

let t: TestApp;
let c: ReturnType<typeof client>;
let student: string;
let slb: string;
let manager: string;
let admin: string;
let lisa: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
  // Every class shows its figures, however small, so a change in any class is visible.
  await t.ctx.db.updateTable('institution').set({ min_group_size: 2 }).execute();
});
afterAll(async () => t?.close());

/** Rows in which the summaries and a recomputation from the whole history differ (0 = in step). */
async function differences(): Promise<{ latest: number; scores: number; classes: number; rows: number }> {
  const { rows } = await sql<{ latest: number; scores: number; classes: number; rows: number }>`
    WITH ranked AS (
      SELECT r.id, r.student_id, iv.code, r.submitted_at,
        (SELECT round(avg(ss.score)::numeric, 6) FROM instrument_scale_score ss WHERE ss.response_id = r.id AND ss.score IS NOT NULL) AS mean,
        row_number() OVER (PARTITION BY r.student_id, iv.code ORDER BY r.submitted_at DESC, r.id DESC) AS rn
      FROM instrument_response r JOIN instrument_version iv ON iv.id = r.instrument_version_id
      WHERE r.status = 'submitted' AND r.source = 'self'
    ),
    expected_latest AS (
      SELECT a.student_id, a.code, a.id, a.mean, b.id AS previous_id, b.mean AS previous_mean
      FROM ranked a LEFT JOIN ranked b ON b.student_id = a.student_id AND b.code = a.code AND b.rn = 2 WHERE a.rn = 1
    ),
    actual_latest AS (
      SELECT student_id, instrument_code, latest_id, round(latest_mean::numeric, 6), previous_id, round(previous_mean::numeric, 6)
      FROM self_assessment_latest
    ),
    expected_scores AS (
      SELECT l.student_id, l.code, ss.scale_code, ss.score::float8 AS score
      FROM expected_latest l JOIN instrument_scale_score ss ON ss.response_id = l.id AND ss.score IS NOT NULL
    ),
    expected_classes AS (
      SELECT e.cohort_id, s.code, s.scale_code, floor(s.score)::int AS floor_score, count(*)::int AS students, round(sum(s.score)::numeric, 6) AS score_sum
      FROM enrolment e JOIN expected_scores s ON s.student_id = e.student_id WHERE e.end_date IS NULL
      GROUP BY 1, 2, 3, 4
    ),
    actual_classes AS (
      SELECT cohort_id, instrument_code, scale_code, floor_score, students, round(score_sum::numeric, 6) FROM self_assessment_cohort_score
    )
    SELECT
      (SELECT count(*) FROM ((SELECT * FROM expected_latest EXCEPT SELECT * FROM actual_latest) UNION ALL (SELECT * FROM actual_latest EXCEPT SELECT * FROM expected_latest)) d)::int AS latest,
      (SELECT count(*) FROM ((SELECT * FROM expected_scores EXCEPT SELECT student_id, instrument_code, scale_code, score FROM self_assessment_latest_score)
        UNION ALL (SELECT student_id, instrument_code, scale_code, score FROM self_assessment_latest_score EXCEPT SELECT * FROM expected_scores)) d)::int AS scores,
      (SELECT count(*) FROM ((SELECT * FROM expected_classes EXCEPT SELECT * FROM actual_classes) UNION ALL (SELECT * FROM actual_classes EXCEPT SELECT * FROM expected_classes)) d)::int AS classes,
      (SELECT count(*) FROM self_assessment_cohort_score)::int AS rows`.execute(t.ctx.db);
  return rows[0]!;
}

const inStep = async () => expect(await differences()).toMatchObject({ latest: 0, scores: 0, classes: 0 });

/** Answers that give every scale the same score, reverse-keyed items included. */
function uniform(draft: ResponseView, value: number): Record<string, number> {
  return Object.fromEntries(draft.instrument.scales.flatMap((s) => s.items.map((i) => [i.code, i.reverse ? 6 - value : value])));
}

async function submit(cookie: string, value: number): Promise<string> {
  const draft = await c.start(cookie, 'loopbaancompetenties');
  expect((await c.call('PATCH', `/api/responses/${draft.id}`, cookie, { answers: uniform(draft, value) })).statusCode).toBe(200);
  const res = await c.call('POST', `/api/responses/${draft.id}/submit`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return draft.id;
}

const stats = async () => (await c.call('GET', '/api/stats/competencies', manager)).json() as CompetencyStats;
const currentCohort = async (studentId: string) =>
  (await t.ctx.db.selectFrom('enrolment').select('cohort_id').where('student_id', '=', studentId).where('end_date', 'is', null).executeTakeFirstOrThrow()).cohort_id;

describe('the self-assessment summaries', () => {
  it('hold what the seeded history says', async () => {
    const d = await differences();
    expect(d.rows).toBeGreaterThan(0);
    expect(d).toMatchObject({ latest: 0, scores: 0, classes: 0 });
  });

  it('show a new submission at once on the dashboard, in the caseload overview and in the signals', async () => {
    const cohort = await currentCohort(lisa);
    const overviewBefore = (await c.call('GET', '/api/caseload/competencies?limit=200', slb)).json() as CaseloadCompetencies;
    // Her highest competency, so that a score of 1 moves her into the lowest band.
    const [best] = [...overviewBefore.items.find((i) => i.student.id === lisa)!.latest!.scales].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const code = best!.code;
    const previous = best!.score!;
    expect(previous).toBeGreaterThanOrEqual(2);
    const before = (await stats()).groups.find((g) => g.cohort.id === cohort)!;
    const beforeScale = before.scales.find((s) => s.code === code)!;

    await submit(student, 1);
    await inStep();

    const after = (await stats()).groups.find((g) => g.cohort.id === cohort)!;
    const afterScale = after.scales.find((s) => s.code === code)!;
    expect(after.n).toBe(before.n);
    expect(afterScale.distribution[0]).toBe(beforeScale.distribution[0]! + 1);
    expect(afterScale.mean).toBeLessThan(beforeScale.mean);
    const overview = (await c.call('GET', '/api/caseload/competencies?limit=200', slb)).json() as CaseloadCompetencies;
    const row = overview.items.find((i) => i.student.id === lisa)!;
    expect(row.latest!.scales.every((s) => s.score === 1)).toBe(true);
    expect(row.change!.find((s) => s.code === code)!.score).toBeCloseTo(1 - previous, 2);
    const caseload = (await c.call('GET', '/api/caseload', slb)).json() as CaseloadRow[];
    const codes = caseload.find((r) => r.studentId === lisa)!.signals.map((s) => s.code);
    expect(codes).toContain('competenties_laag');
    expect(codes).toContain('competenties_dalend');
  });

  it("move a student's scores with them to another class", async () => {
    const from = await currentCohort(lisa);
    const { rows } = await sql<{ id: string }>`
      SELECT c.id FROM cohort c JOIN cohort f ON f.id = ${from} AND c.school_year = f.school_year AND c.id <> f.id
      WHERE EXISTS (SELECT 1 FROM self_assessment_cohort_score s WHERE s.cohort_id = c.id) ORDER BY c.name LIMIT 1`.execute(t.ctx.db);
    const to = rows[0]!.id;
    const n = (g: CompetencyStats, id: string) => g.groups.find((x) => x.cohort.id === id)?.n ?? 0;
    const before = await stats();
    const today = new Date().toISOString().slice(0, 10);
    const res = await c.call('POST', '/api/admin/enrolments', admin, { studentId: lisa, cohortId: to, startDate: today });
    expect(res.statusCode, res.body).toBe(201);
    await inStep();
    const after = await stats();
    expect(n(after, from)).toBe(n(before, from) - 1);
    expect(n(after, to)).toBe(n(before, to) + 1);
  });

  it('stay correct when classmates submit at the same time', async () => {
    const cohort = await currentCohort(lisa);
    const { rows } = await sql<{ email: string }>`
      SELECT u.email FROM enrolment e JOIN app_user u ON u.id = e.student_id
      WHERE e.cohort_id = ${cohort} AND e.end_date IS NULL AND u.id <> ${lisa} ORDER BY u.email LIMIT 3`.execute(t.ctx.db);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const cookies = await Promise.all(rows.map((r) => loginAsAnyone(t, r.email)));
    await Promise.all(cookies.map((cookie, i) => submit(cookie, 2 + i)));
    await inStep();
  });

  it('follow writes that bypass the services, such as deleting the latest response', async () => {
    const latest = await submit(student, 5);
    await inStep();
    await t.ctx.db.deleteFrom('instrument_response').where('id', '=', latest).execute();
    await inStep();
    const row = await t.ctx.db.selectFrom('self_assessment_latest').select('latest_id').where('student_id', '=', lisa).executeTakeFirstOrThrow();
    expect(row.latest_id).not.toBe(latest);
  });
});
