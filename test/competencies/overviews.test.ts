import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadCompetencies, Competencies, CompetencyStats } from '../../src/shared/competencies';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf, loginAsAnyone } from './helpers';

let t: TestApp;
let c: ReturnType<typeof client>;
let student: string;
let slb: string;
let manager: string;
let lisa: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
});
afterAll(async () => t?.close());

describe("a student's measurements", () => {
  it('lists self, counsellor and supervisor measurements newest first, for the student', async () => {
    const res = await c.call('GET', `/api/students/${lisa}/competencies`, student);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Competencies;
    const sources = body.measurements.map((m) => m.source);
    expect(sources.filter((s) => s === 'self')).toHaveLength(2);
    expect(sources).toContain('counsellor');
    expect(sources).toContain('supervisor');
    const times = body.measurements.map((m) => m.submittedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const m of body.measurements) expect(m.scales.map((s) => s.code).sort()).toEqual(['kwaliteitenreflectie', 'loopbaansturing', 'motievenreflectie', 'netwerken', 'werkexploratie']);
    expect(body.draft).toBeNull();
  });

  it('is readable by their counsellor (audited) and by nobody else, not even an admin', async () => {
    const before = await t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'student.read').where('entity_type', '=', 'competencies').execute();
    expect((await c.call('GET', `/api/students/${lisa}/competencies`, slb)).statusCode).toBe(200);
    const after = await t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'student.read').where('entity_type', '=', 'competencies').execute();
    expect(after.length).toBe(before.length + 1);
    for (const email of ['admin@demo.koers.nl', 'manager@demo.koers.nl', 'ouder@demo.koers.nl', 'stage@demo.koers.nl', 'zorg@demo.koers.nl']) {
      const res = await c.call('GET', `/api/students/${lisa}/competencies`, await loginAs(t.app, email));
      expect(res.statusCode, email).toBe(403);
    }
    expect((await c.call('GET', `/api/students/${lisa}/competencies`, await loginAsAnyone(t, 'k.dewit@demo.koers.nl'))).statusCode).toBe(403);
  });

  it("shows the student's own unfinished draft so they can continue", async () => {
    const draft = await c.start(student, 'loopbaancompetenties');
    const code = draft.instrument.scales[0]!.items[0]!.code;
    await c.call('PATCH', `/api/responses/${draft.id}`, student, { answers: { [code]: 3 } });
    const body = (await c.call('GET', `/api/students/${lisa}/competencies`, student)).json() as Competencies;
    expect(body.draft).toMatchObject({ id: draft.id, answered: 1, total: 20 });
  });
});

describe("the counsellor's caseload overview", () => {
  const page = async (query: string) => {
    const res = await c.call('GET', `/api/caseload/competencies?${query}`, slb);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CaseloadCompetencies;
  };

  it('lists every caseload student with latest scores and the change since the previous measurement', async () => {
    const all = await page('limit=200');
    expect(all.total).toBe(24);
    expect(all.items).toHaveLength(24);
    const row = all.items.find((i) => i.student.id === lisa)!;
    const { measurements } = (await c.call('GET', `/api/students/${lisa}/competencies`, student)).json() as Competencies;
    const [latest, previous] = measurements.filter((m) => m.source === 'self');
    for (const s of row.latest!.scales) {
      const now = latest!.scales.find((x) => x.code === s.code)!.score!;
      const then = previous!.scales.find((x) => x.code === s.code)!.score!;
      expect(s.score).toBeCloseTo(now, 6);
      expect(row.change!.find((x) => x.code === s.code)!.score).toBeCloseTo(now - then, 2);
    }
  });

  it('sorts by a competency in either direction and pages', async () => {
    const desc = await page('sort=netwerken&dir=desc&limit=200');
    const scores = desc.items.map((i) => i.latest?.scales.find((s) => s.code === 'netwerken')?.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBeGreaterThan(3);
    const asc = await page('sort=netwerken&dir=asc&limit=200');
    expect(asc.items[0]!.student.id).toBe(desc.items[desc.items.length - 1]!.student.id);
    const byName = await page('sort=name&limit=10&offset=10');
    expect(byName.items).toHaveLength(10);
    expect(byName.total).toBe(24);
    const names = (await page('sort=name&limit=200')).items.map((i) => i.student.id);
    expect(byName.items.map((i) => i.student.id)).toEqual(names.slice(10, 20));
  });

  it('refuses an unknown sort key', async () => {
    const res = await c.call('GET', '/api/caseload/competencies?sort=schoenmaat', slb);
    expect(res.statusCode).toBe(400);
  });
});

describe("the manager's aggregates", () => {
  const stats = async () => {
    const res = await c.call('GET', '/api/stats/competencies', manager);
    expect(res.statusCode).toBe(200);
    return res.json() as CompetencyStats;
  };

  it('gives n, mean and distribution per programme and class, matching the stored scores', async () => {
    const body = await stats();
    expect(body.minGroupSize).toBe(5);
    expect(body.bands).toEqual([{ from: 1, to: 2 }, { from: 2, to: 3 }, { from: 3, to: 4 }, { from: 4, to: 5 }]);
    const shown = body.groups.filter((g) => !g.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    const group = shown[0]!;
    expect(group.n).toBeGreaterThanOrEqual(5);
    // Independently: the latest self-assessment of each student currently in this class.
    const { rows } = await sql<{ score: number }>`
      SELECT ss.score::float8 AS score FROM enrolment e
      JOIN LATERAL (SELECT r.id FROM instrument_response r WHERE r.student_id = e.student_id AND r.source = 'self' AND r.status = 'submitted'
                    ORDER BY r.submitted_at DESC LIMIT 1) l ON true
      JOIN instrument_scale_score ss ON ss.response_id = l.id AND ss.scale_code = 'werkexploratie'
      WHERE e.cohort_id = ${group.cohort.id} AND e.end_date IS NULL`.execute(t.ctx.db);
    const scale = group.scales.find((s) => s.code === 'werkexploratie')!;
    expect(rows.length).toBe(group.n);
    expect(scale.mean).toBeCloseTo(rows.reduce((a, r) => a + r.score, 0) / rows.length, 2);
    expect(scale.distribution.reduce((a, b) => a + b, 0)).toBe(group.n);
    expect(scale.distribution[3]).toBe(rows.filter((r) => r.score >= 4).length);
  });

  it("suppresses every group below the institution's minimum, showing no numbers", async () => {
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    const tooSmall = await c.call('PATCH', '/api/admin/institution', admin, { minGroupSize: 1 });
    expect(tooSmall.statusCode).toBe(400);
    expect(JSON.stringify(tooSmall.json())).toContain('Kies minstens 2');
    const set = await c.call('PATCH', '/api/admin/institution', admin, { minGroupSize: 100 });
    expect(set.json()).toMatchObject({ minGroupSize: 100 });
    try {
      const body = await stats();
      expect(body.groups.length).toBeGreaterThan(0);
      for (const g of body.groups) expect(g).toMatchObject({ n: null, suppressed: true, scales: [] });
    } finally {
      await t.ctx.db.updateTable('institution').set({ min_group_size: 5 }).execute();
    }
  });
});
