import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSmart } from '../../src/domain/conversations/smart';
import { checkGoalSmart } from '../../src/domain/portfolio';
import type { GoalDetail, GoalList, GoalView } from '../../src/shared/portfolio';
import { createTestApp, type TestApp } from '../helpers/app';
import { dateIn, portfolioPeople } from './helpers';

let t: TestApp;
let p: Awaited<ReturnType<typeof portfolioPeople>>;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  p = await portfolioPeople(t);
});
afterAll(async () => t?.close());

describe('POP goals', () => {
  let goal: GoalView;

  it('lets the student add a goal linked to competencies, with a SMART check that says what is missing', async () => {
    const vague = await p.call('POST', `/api/students/${p.lisa}/goals`, p.student, { title: 'Werken aan mijn netwerk', competencies: ['netwerken'] });
    expect(vague.statusCode, vague.body).toBe(201);
    const smart = (vague.json() as GoalView).smart;
    expect(smart.ok).toBe(false);
    const specific = smart.checks.find((c) => c.criterion === 'specifiek');
    expect(specific?.ok).toBe(false);
    expect(specific?.feedback.nl).toContain('‘Werken aan’');
    expect(smart.checks.find((c) => c.criterion === 'tijdgebonden')?.feedback.nl).toMatch(/Wanneer is het klaar/);
    // The owner of a POP goal is always the student.
    expect(smart.checks.find((c) => c.criterion === 'acceptabel')?.ok).toBe(true);

    const good = await p.call('POST', `/api/students/${p.lisa}/goals`, p.student, {
      title: 'Drie bedrijven in de zorg bezoeken',
      description: 'Ik weet dat het gelukt is als ik een verslag van elk bezoek heb.',
      dueOn: dateIn(60),
      competencies: ['werkexploratie', 'netwerken'],
    });
    goal = good.json();
    expect(goal).toMatchObject({ status: 'active', competencies: ['netwerken', 'werkexploratie'], version: 1, smart: { ok: true } });
  });

  it('refuses a goal without a competency and a goal in someone else’s plan', async () => {
    const none = await p.call('POST', `/api/students/${p.lisa}/goals`, p.student, { title: 'Iets', competencies: [] });
    expect(none.statusCode).toBe(400);
    const byCounsellor = await p.call('POST', `/api/students/${p.lisa}/goals`, p.slb, { title: 'Iets doen', competencies: ['netwerken'] });
    expect(byCounsellor.statusCode).toBe(403);
  });

  it('keeps the history: every change stores the previous state, and a stale version is refused', async () => {
    const changed = await p.call('PATCH', `/api/goals/${goal.id}`, p.student, { version: 1, title: 'Vier bedrijven in de zorg bezoeken', competencies: ['werkexploratie'] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: 'Vier bedrijven in de zorg bezoeken', competencies: ['werkexploratie'], version: 2 });
    const stale = await p.call('PATCH', `/api/goals/${goal.id}`, p.student, { version: 1, title: 'Anders' });
    expect([stale.statusCode, stale.json().error.id]).toEqual([409, 'conversation_changed']);
    const detail: GoalDetail = (await p.call('GET', `/api/goals/${goal.id}`, p.student)).json();
    expect(detail.revisions).toHaveLength(1);
    expect(detail.revisions[0]?.before).toMatchObject({ title: 'Drie bedrijven in de zorg bezoeken', competencies: ['netwerken', 'werkexploratie'] });
    expect(detail.revisions[0]?.changedBy).toBe('Lisa Meijer');
  });

  it('tracks actions with due dates and status', async () => {
    const added = await p.call('POST', `/api/goals/${goal.id}/actions`, p.student, { description: 'Drie zorginstellingen mailen', dueOn: dateIn(7) });
    expect(added.statusCode, added.body).toBe(201);
    const action = (added.json() as GoalView).actions[0];
    expect(action).toMatchObject({ status: 'open', dueOn: dateIn(7) });
    const done = await p.call('PATCH', `/api/goals/${goal.id}/actions/${action?.id}`, p.student, { status: 'done' });
    expect((done.json() as GoalView).actions[0]?.status).toBe('done');
    const byCounsellor = await p.call('POST', `/api/goals/${goal.id}/actions`, p.slb, { description: 'x y' });
    expect(byCounsellor.statusCode).toBe(403);
  });

  it('lets the counsellor read the shared plan and add a progress review; the specialist reads only', async () => {
    const list = await p.call('GET', `/api/students/${p.lisa}/goals`, p.slb);
    expect(list.statusCode).toBe(200);
    const body: GoalList = list.json();
    expect(body).toMatchObject({ view: 'guidance', planShared: true });
    expect(body.items.map((g) => g.id)).toContain(goal.id);
    const review = await p.call('POST', `/api/goals/${goal.id}/reviews`, p.slb, { progress: 'on_track', note: 'Goed bezig met de bezoeken.' });
    expect(review.statusCode, review.body).toBe(201);
    expect((review.json() as GoalView).reviews[0]).toMatchObject({ progress: 'on_track', author: { name: 'Youssef el Amrani' } });
    const bySpecialist = await p.call('POST', `/api/goals/${goal.id}/reviews`, p.zorg, { progress: 'behind' });
    expect(bySpecialist.statusCode).toBe(403);
    const own = await p.call('POST', `/api/goals/${goal.id}/reviews`, p.student, { progress: 'behind', note: 'Nog één bezoek.' });
    expect((own.json() as GoalView).reviews).toHaveLength(2);
  });

  it('hides the plan from staff when the student switches sharing off, and audits staff reads', async () => {
    const off = await p.call('PUT', `/api/students/${p.lisa}/portfolio-settings`, p.student, { planForGuidance: false });
    expect(off.json()).toEqual({ planForGuidance: false });
    const list: GoalList = (await p.call('GET', `/api/students/${p.lisa}/goals`, p.slb)).json();
    expect(list).toMatchObject({ planShared: false, items: [] });
    expect((await p.call('GET', `/api/goals/${goal.id}`, p.slb)).statusCode).toBe(404);
    expect((await p.call('POST', `/api/goals/${goal.id}/reviews`, p.slb, { progress: 'behind' })).statusCode).toBe(404);
    // The student still sees everything.
    expect(((await p.call('GET', `/api/students/${p.lisa}/goals`, p.student)).json() as GoalList).items.length).toBeGreaterThan(0);
    await p.call('PUT', `/api/students/${p.lisa}/portfolio-settings`, p.student, { planForGuidance: true });

    const audited = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type']).where('student_id', '=', p.lisa).where('entity_type', '=', 'portfolio_goals').execute();
    expect(audited.length).toBeGreaterThanOrEqual(2);
    expect(audited.every((a) => a.action === 'student.read')).toBe(true);
  });

  it('refuses anyone outside the guidance team', async () => {
    for (const cookie of [p.otherCounsellor, p.ouder, p.admin]) {
      expect((await p.call('GET', `/api/students/${p.lisa}/goals`, cookie)).statusCode).toBe(403);
    }
    expect((await p.call('GET', `/api/goals/${goal.id}`, p.otherCounsellor)).statusCode).toBe(403);
  });
});

describe('API description', () => {
  it('lists the goals and evidence of a student in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/students/{id}/goals'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/api/students/{id}/evidence'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
  });
});

describe('the SMART check for a goal', () => {
  const today = '2026-03-10';
  it('counts the description towards measurable, not the action check, and speaks of a goal', () => {
    const bare = checkGoalSmart({ title: 'Ontdekken welk werk in de zorg past', description: '', dueOn: '2026-05-01' }, today);
    expect(bare.checks.find((c) => c.criterion === 'meetbaar')?.ok).toBe(false);
    const explained = checkGoalSmart({ title: 'Ontdekken welk werk in de zorg past', description: 'Ik heb van elk bezoek een verslag.', dueOn: '2026-05-01' }, today);
    expect(explained.checks.find((c) => c.criterion === 'meetbaar')?.ok).toBe(true);
    const many = checkGoalSmart({ title: 'Bellen, mailen, langsgaan en een verslag schrijven', description: '', dueOn: '2026-05-01' }, today);
    expect(many.checks.find((c) => c.criterion === 'realistisch')?.feedback.nl).toMatch(/in één doel/);
    // Actions keep their own wording.
    expect(checkSmart({ what: 'Bellen, mailen, langsgaan en een verslag schrijven', owner: 'student', due: '2026-05-01', today }).checks[3]?.feedback.nl).toMatch(/in één actie/);
  });
});
