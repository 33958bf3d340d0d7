import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow, GuidanceStats, HandoverView } from '../../src/shared/guidance';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf, loginAsAnyone } from '../competencies/helpers';

let t: TestApp;
let slb: string;
let admin: string;
const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

const caseload = async (query = '', cookie = slb) => {
  const res = await call('GET', `/api/caseload${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseloadRow[];
};

describe('the caseload at a glance', () => {
  it('lists every caseload student with a light and explained signals, worst first', async () => {
    const rows = await caseload();
    expect(rows).toHaveLength(24);
    const order = { red: 0, orange: 1, green: 2 };
    expect(rows.map((r) => order[r.light])).toEqual([...rows.map((r) => order[r.light])].sort((a, b) => a - b));
    for (const row of rows) {
      expect(row.light === 'green' || row.signals.length > 0).toBe(true);
      for (const s of row.signals) expect(s.explanation.length).toBeGreaterThan(10);
    }
    expect(new Set(rows.map((r) => r.light)).size).toBeGreaterThan(1);
  });

  it('filters by signal, light and name', async () => {
    const all = await caseload();
    const code = all.flatMap((r) => r.signals.map((s) => s.code))[0]!;
    const filtered = await caseload(`?signal=${code}`);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r) => r.signals.some((s) => s.code === code))).toBe(true);
    const green = await caseload('?light=green');
    expect(green.every((r) => r.light === 'green')).toBe(true);
    expect(await caseload('?q=lisa')).toHaveLength(1);
    expect((await call('GET', '/api/caseload?signal=onzin', slb)).statusCode).toBe(400);
  });

  it('follows the thresholds the admin sets', async () => {
    const strict = { actionGraceDays: 0, lowCompetency: 5, fallingCompetency: 4, referralWaitDays: 10, noConversationDays: 120, failedTests: 2,
      portfolioInactiveWeeks: 6, lowChoiceCertainty: 2.5, fallingChoiceCertainty: 0.5, highDropoutRisk: 3 };
    const saved = await call('PUT', '/api/admin/signal-settings', admin, strict);
    expect(saved.json()).toEqual(strict);
    const rows = await caseload('?signal=competenties_laag');
    expect(rows).toHaveLength(24);
    await call('PUT', '/api/admin/signal-settings', admin, { ...strict, lowCompetency: 1 });
    expect(await caseload('?signal=competenties_laag')).toHaveLength(0);
    expect((await call('PUT', '/api/admin/signal-settings', admin, { ...strict, lowCompetency: 9 })).statusCode).toBe(400);
  });
});

describe('handing students over', () => {
  it('refuses a target who is not an active counsellor, and a counsellor handing over another’s students', async () => {
    const dewit = await idOf(t, 'k.dewit@demo.koers.nl');
    const manager = await idOf(t, 'manager@demo.koers.nl');
    const bad = await call('POST', '/api/handovers', admin, { fromCounsellorId: dewit, toCounsellorId: manager, note: 'x' });
    expect([bad.statusCode, bad.json().error.id]).toEqual([400, 'handover_target_invalid']);
    const self = await call('POST', '/api/handovers', admin, { fromCounsellorId: dewit, toCounsellorId: dewit, note: 'x' });
    expect(self.json().error.id).toBe('handover_target_invalid');
    const slbId = await idOf(t, 'slb@demo.koers.nl');
    expect((await call('POST', '/api/handovers', slb, { fromCounsellorId: dewit, toCounsellorId: slbId, note: 'x' })).statusCode).toBe(403);
  });

  it('moves chosen students with a note; the history stays and the new counsellor sees it, private notes excepted', async () => {
    const dewit = await idOf(t, 'k.dewit@demo.koers.nl');
    const pinas = await idOf(t, 'r.pinas@demo.koers.nl');
    const theirs = await t.ctx.db.selectFrom('assignment').select('student_id').where('counsellor_id', '=', dewit).where('end_date', 'is', null).limit(2).execute();
    const ids = theirs.map((s) => s.student_id);
    // De Wit wrote a private note about the first student; it must not travel along.
    const conversation = await t.ctx.db.selectFrom('conversation').select('id').where('student_id', '=', ids[0]!).where('status', '=', 'held').executeTakeFirstOrThrow();
    await t.ctx.db.insertInto('conversation_note').values({ conversation_id: conversation.id, author_id: dewit, tier: 'private', body: 'PRIVÉ-DEWIT', competencies: '[]' }).execute();

    const res = await call('POST', '/api/handovers', admin, { fromCounsellorId: dewit, toCounsellorId: pinas, studentIds: ids, note: 'Beide studenten twijfelen over hun stage; eerste gesprek graag binnen twee weken.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json() as HandoverView).toMatchObject({ students: 2, from: { id: dewit }, to: { id: pinas } });
    const open = await t.ctx.db.selectFrom('assignment').select(['counsellor_id']).where('student_id', 'in', ids).where('end_date', 'is', null).execute();
    expect(open.every((a) => a.counsellor_id === pinas)).toBe(true);
    const ended = await t.ctx.db.selectFrom('assignment').select('end_date').where('student_id', 'in', ids).where('counsellor_id', '=', dewit).execute();
    expect(ended.every((a) => a.end_date !== null)).toBe(true);

    const pinasCookie = await loginAsAnyone(t, 'r.pinas@demo.koers.nl');
    const notes = await call('GET', `/api/students/${ids[0]}/handovers`, pinasCookie);
    expect(notes.json().items[0].note).toContain('twijfelen over hun stage');
    const detail = await call('GET', `/api/conversations/${conversation.id}`, pinasCookie);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).not.toContain('PRIVÉ-DEWIT');
    const dewitCookie = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await call('GET', `/api/conversations/${conversation.id}`, dewitCookie)).statusCode).toBe(403);
    const again = await call('POST', '/api/handovers', admin, { fromCounsellorId: dewit, toCounsellorId: pinas, studentIds: ids, note: 'nog eens' });
    expect(again.json().error.id).toBe('handover_nothing');
  });
});

describe("the manager's guidance figures", () => {
  it('gives shares within the norm, caseload sizes and referrals, suppressing small groups', async () => {
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    const res = await call('GET', '/api/stats/guidance', manager);
    expect(res.statusCode).toBe(200);
    const stats = res.json() as GuidanceStats;
    expect(stats.caseloadSizes.counsellors).toBeGreaterThanOrEqual(5);
    expect(stats.caseloadSizes.buckets.reduce((a, b) => a + b.counsellors, 0)).toBe(stats.caseloadSizes.counsellors);
    // Against a count per counsellor done the plain way (active counsellors, current assignments).
    const today = new Date().toISOString().slice(0, 10);
    const counsellors = await t.ctx.db.selectFrom('app_user').select('id').where('role', '=', 'counsellor').where('active', '=', true).where('institution_id', '=', (await t.ctx.db.selectFrom('app_user').select('institution_id').where('email', '=', 'manager@demo.koers.nl').executeTakeFirstOrThrow()).institution_id).execute();
    const sizes: number[] = [];
    for (const c of counsellors) {
      const current = await t.ctx.db.selectFrom('assignment').select('student_id').distinct().where('counsellor_id', '=', c.id).where('start_date', '<=', today).where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)])).execute();
      sizes.push(current.length);
    }
    sizes.sort((a, b) => a - b);
    expect(stats.caseloadSizes.counsellors).toBe(sizes.length);
    expect([stats.caseloadSizes.min, stats.caseloadSizes.max]).toEqual([sizes[0], sizes[sizes.length - 1]]);
    expect(sizes.filter((n) => n === 0).length).toBe(stats.caseloadSizes.buckets[0]?.counsellors);
    for (const p of stats.withinNorm) {
      if (p.students === null) expect(p.share).toBeNull();
      else {
        expect(p.students).toBeGreaterThanOrEqual(stats.minGroupSize);
        expect(p.share).toBeCloseTo((p.withinNorm ?? 0) / p.students, 3);
      }
    }
    for (const r of stats.referrals) if (r.count !== null) expect(r.count).toBeGreaterThanOrEqual(stats.minGroupSize);
  });
});
