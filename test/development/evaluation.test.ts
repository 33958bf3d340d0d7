import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseView } from '../../src/shared/competencies';
import type { Development, TeamOverview, TeamRef } from '../../src/shared/development';
import type { EvaluationSettings, MyEvaluation } from '../../src/shared/evaluation';
import { schoolYearOf } from '../../src/domain/dates/school-year';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf, loginAsAnyone } from '../competencies/helpers';

/**
 * The end-of-year student evaluation of guidance: a student evaluates a current counsellor once a
 * school year when the school runs it; the counsellor sees means from five responses on, never a
 * student; the team leader sees the team as a whole.
 */
let t: TestApp;
let c: ReturnType<typeof client>;
let student: string;
let slb: string;
let admin: string;
let slbId: string;
let studentId: string;
const year = schoolYearOf(new Date());
const nextYear = `${Number(year.slice(0, 4)) + 1}-${Number(year.slice(0, 4)) + 2}`;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  slbId = await idOf(t, 'slb@demo.koers.nl');
  studentId = await idOf(t, 'student@demo.koers.nl');
});
afterAll(async () => t?.close());

const mine = async () => (await c.call('GET', '/api/evaluation', student)).json() as MyEvaluation;
const development = async (cookie: string) => (await c.call('GET', '/api/staff/me/development', cookie)).json() as Development;

describe('the student', () => {
  it('is invited to evaluate their current counsellor in a year the school runs it (the demo does)', async () => {
    const e = await mine();
    expect(e).toMatchObject({ open: true, schoolYear: year });
    expect(e.counsellors).toContainEqual({ id: slbId, name: 'Youssef el Amrani', status: 'todo' });
  });

  it('cannot go round the evaluation route through the ordinary responses route', async () => {
    const res = await c.call('POST', '/api/responses', student, { instrument: 'slb-evaluatie', studentId: slbId });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.id).toBe('instrument_not_for_you');
    expect((await c.call('POST', '/api/responses', student, { instrument: 'slb-evaluatie' })).json().error.id).toBe('instrument_not_for_you');
  });

  it('fills it in once; out-of-range answers are refused; the counsellor cannot open the response', async () => {
    const before = await development(slb);
    const res = await c.call('POST', `/api/evaluation/counsellors/${slbId}/response`, student);
    expect(res.statusCode, res.body).toBe(200);
    const response = res.json() as ResponseView;
    expect(response).toMatchObject({ source: 'student', status: 'draft', student: { id: slbId }, instrument: { code: 'slb-evaluatie' } });
    // Resuming gives the same draft.
    expect(((await c.call('POST', `/api/evaluation/counsellors/${slbId}/response`, student)).json() as ResponseView).id).toBe(response.id);
    expect((await mine()).counsellors.find((x) => x.id === slbId)?.status).toBe('draft');

    const bad = await c.call('PATCH', `/api/responses/${response.id}`, student, { answers: { ev_vr1: 6 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.id).toBe('answers_invalid');
    expect((await c.call('GET', `/api/responses/${response.id}`, slb)).statusCode).toBe(404);

    expect((await c.call('PATCH', `/api/responses/${response.id}`, student, { answers: c.allAnswers(response, () => 5) })).statusCode).toBe(200);
    expect((await c.call('POST', `/api/responses/${response.id}/submit`, student)).statusCode).toBe(200);
    expect((await mine()).counsellors.find((x) => x.id === slbId)?.status).toBe('done');
    const again = await c.call('POST', `/api/evaluation/counsellors/${slbId}/response`, student);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.id).toBe('evaluation_done');

    const after = await development(slb);
    const [yearBefore, yearAfter] = [before.studentEvaluation?.years[0], after.studentEvaluation?.years[0]];
    expect(yearAfter?.schoolYear).toBe(year);
    expect(yearAfter?.responses).toBe((yearBefore?.responses ?? 0) + 1);
  });

  it('may evaluate only a current counsellor of their own', async () => {
    const karinId = await idOf(t, 'k.dewit@demo.koers.nl');
    const res = await c.call('POST', `/api/evaluation/counsellors/${karinId}/response`, student);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.id).toBe('evaluation_not_your_counsellor');
    // A former counsellor of a student (the assignment ended) is refused as well.
    const { rows } = await sql<{ student_id: string; counsellor_id: string; email: string }>`
      SELECT a.student_id, a.counsellor_id, u.email FROM assignment a JOIN app_user u ON u.id = a.student_id
      WHERE a.end_date IS NOT NULL AND a.end_date <= current_date
        AND NOT EXISTS (SELECT 1 FROM assignment b WHERE b.student_id = a.student_id AND b.counsellor_id = a.counsellor_id AND b.end_date IS NULL)
      LIMIT 1`.execute(t.ctx.db);
    const former = rows[0];
    expect(former).toBeDefined();
    const cookie = await loginAsAnyone(t, former?.email ?? '');
    const refused = await c.call('POST', `/api/evaluation/counsellors/${former?.counsellor_id}/response`, cookie);
    expect(refused.json().error.id).toBe('evaluation_not_your_counsellor');
    // Someone who is no counsellor here is not found; staff never answer it, not even about themselves.
    expect((await c.call('POST', `/api/evaluation/counsellors/${studentId}/response`, student)).statusCode).toBe(404);
    expect((await c.call('POST', `/api/evaluation/counsellors/${slbId}/response`, slb)).statusCode).toBe(403);
    expect((await c.call('POST', '/api/responses', slb, { instrument: 'slb-evaluatie' })).json().error.id).toBe('instrument_not_for_you');
  });
});

describe('what the counsellor sees', () => {
  it('means per scale from five responses on, with nothing that names a student', async () => {
    const d = await development(slb);
    const e = d.studentEvaluation;
    expect(e?.minResponses).toBe(5);
    expect(e?.runningThisYear).toBe(true);
    expect(e?.scales.map((s) => s.code)).toEqual(['eigen_vragen', 'zelf_nadenken', 'afspraken', 'bereikbaarheid']);
    const now = e?.years[0];
    expect(now?.responses).toBeGreaterThanOrEqual(5);
    expect(now?.means).toHaveLength(4);
    for (const m of now?.means ?? []) expect(m.mean).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(e);
    expect(text).not.toContain(studentId);
    expect(text).not.toContain('Meijer');
  });

  it('shows only the count below five responses', async () => {
    const karinId = await idOf(t, 'k.dewit@demo.koers.nl');
    await sql`DELETE FROM instrument_response WHERE id IN (
      SELECT id FROM instrument_response WHERE student_id = ${karinId} AND source = 'student' ORDER BY id OFFSET 4)`.execute(t.ctx.db);
    const karin = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    const now = (await development(karin)).studentEvaluation?.years[0];
    expect(now).toEqual({ schoolYear: year, responses: 4, means: null });
  });

  it('is not shown to the team leader reading a member plan; the team overview has the team as a whole', async () => {
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    const plan = (await c.call('GET', `/api/staff/counsellors/${slbId}/development`, manager)).json() as Development;
    expect(plan.studentEvaluation).toBeNull();
    const teams = (await c.call('GET', '/api/teams', manager)).json().items as TeamRef[];
    const withSlb: TeamOverview[] = [];
    for (const team of teams) {
      const o = (await c.call('GET', `/api/teams/${team.id}/overview`, manager)).json() as TeamOverview;
      expect(o.studentEvaluation.minCounsellors).toBe(2);
      if (o.members.some((m) => m.member.id === slbId)) withSlb.push(o);
    }
    const o = withSlb[0];
    expect(o).toBeDefined();
    const current = o?.studentEvaluation.years[0];
    // Only aggregate numbers: a count and a mean per scale, no per-member evaluation.
    expect(Object.keys(current ?? {}).sort()).toEqual(['means', 'responses', 'schoolYear']);
    expect(current?.responses).toBeGreaterThanOrEqual(5);
  });

  it('the team figure is withheld when all responses are about one counsellor', async () => {
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    const leaderId = await idOf(t, 'manager@demo.koers.nl');
    const created = await c.call('POST', '/api/admin/teams', admin, { name: 'Team van één', leaderId, memberIds: [slbId] });
    const team = created.json() as TeamRef;
    const o = (await c.call('GET', `/api/teams/${team.id}/overview`, manager)).json() as TeamOverview;
    expect(o.studentEvaluation.years[0]?.responses).toBeGreaterThanOrEqual(5);
    expect(o.studentEvaluation.years[0]?.means).toBeNull();
  });
});

describe('the school switches it on or off per school year', () => {
  it('off: no invitation and no new evaluations; a past year cannot be switched', async () => {
    const s = (await c.call('GET', '/api/admin/guidance-evaluation', admin)).json() as EvaluationSettings;
    expect(s.currentSchoolYear).toBe(year);
    expect(s.years).toContainEqual(expect.objectContaining({ schoolYear: year, enabled: true }));

    const off = await c.call('PUT', '/api/admin/guidance-evaluation', admin, { schoolYear: year, enabled: false });
    expect(off.statusCode, off.body).toBe(200);
    expect((await mine()).open).toBe(false);
    const karinStudent = await sql<{ email: string; counsellor_id: string }>`
      SELECT u.email, a.counsellor_id FROM assignment a JOIN app_user u ON u.id = a.student_id
      WHERE a.counsellor_id = ${slbId} AND a.end_date IS NULL AND u.id <> ${studentId} LIMIT 1`.execute(t.ctx.db);
    const other = await loginAsAnyone(t, karinStudent.rows[0]?.email ?? '');
    const closed = await c.call('POST', `/api/evaluation/counsellors/${slbId}/response`, other);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.id).toBe('evaluation_closed');
    expect((await development(slb)).studentEvaluation?.runningThisYear).toBe(false);

    expect((await c.call('PUT', '/api/admin/guidance-evaluation', admin, { schoolYear: nextYear, enabled: true })).statusCode).toBe(200);
    const past = await c.call('PUT', '/api/admin/guidance-evaluation', admin, { schoolYear: '2001-2002', enabled: true });
    expect(past.statusCode).toBe(400);
    expect((await c.call('PUT', '/api/admin/guidance-evaluation', admin, { schoolYear: '2026/2027', enabled: true })).statusCode).toBe(400);

    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'evaluation.switch'`.execute(t.ctx.db);
    expect(rows[0]?.n).toBe(2);
    await c.call('PUT', '/api/admin/guidance-evaluation', admin, { schoolYear: year, enabled: true });
  });
});
