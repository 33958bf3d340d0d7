import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseView } from '../../src/shared/competencies';
import type { ActivityPage, Development, GoalView } from '../../src/shared/development';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf, loginAsAnyone } from '../competencies/helpers';

/** The counsellor's own development: self-rating over time, plan, log, student feedback, access. */
let t: TestApp;
let c: ReturnType<typeof client>;
let slb: string;
let slbId: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  slbId = await idOf(t, 'slb@demo.koers.nl');
});
afterAll(async () => t?.close());

const development = async (cookie = slb) => {
  const res = await c.call('GET', '/api/staff/me/development', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Development;
};

describe('the demo counsellor', () => {
  it('has two self-ratings, a plan, a log, a review, 360° results and teams', async () => {
    const d = await development();
    expect(d.reader).toBe('self');
    expect(d.meetlat.competencies.map((x) => x.code)).toEqual([
      'adviseren', 'coachen', 'plannen_organiseren', 'communiceren', 'monitoren', 'oordeelsvorming', 'administratie',
    ]);
    expect(d.meetlat.labels).toHaveLength(5);
    expect(d.ratings).toHaveLength(2);
    expect(d.ratings[0]?.scales.every((s) => s.score !== null && s.score >= 1 && s.score <= 5)).toBe(true);
    expect(d.goals.filter((g) => g.status === 'open').length).toBeGreaterThanOrEqual(2);
    expect(d.activities.items.map((a) => a.kind).sort()).toEqual(['intervisie', 'training']);
    expect(d.reviews).toHaveLength(1);
    expect(d.comparison?.colleagues?.n).toBe(1);
    expect(d.comparison?.manager?.name).toBe('Bart Hendriks');
    expect(d.consent).toBe(true);
    expect(d.teams.length).toBeGreaterThanOrEqual(1);
    expect(d.studentFeedback?.minAnswers).toBe(5);
    expect(d.requests.map((r) => r.status).sort()).toEqual(['done', 'done', 'open']);
  });
});

describe('self-rating on the meetlat', () => {
  let response: ResponseView;
  beforeAll(async () => {
    response = await c.start(slb, 'slb-zelfbeoordeling');
  });

  it('starts a response about oneself, resumed on a second start', async () => {
    expect(response).toMatchObject({ source: 'self', status: 'draft', student: { id: slbId } });
    expect(response.instrument.scales).toHaveLength(7);
    expect((await c.start(slb, 'slb-zelfbeoordeling')).id).toBe(response.id);
    expect((await development()).draft?.id).toBe(response.id);
  });

  it('refuses a rating outside the meetlat with a Dutch message, storing nothing', async () => {
    const res = await c.call('PATCH', `/api/responses/${response.id}`, slb, { answers: { adv1: 6, adv2: 3 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('answers_invalid');
    expect(JSON.stringify(res.json().error.details)).toContain('tussen 1 en 5');
    const zero = await c.call('PATCH', `/api/responses/${response.id}`, slb, { answers: { adv1: 0 } });
    expect(zero.statusCode).toBe(400);
    expect(((await c.call('GET', `/api/responses/${response.id}`, slb)).json() as ResponseView).answers).toEqual({});
  });

  it('submits and adds a point to the history', async () => {
    const answers = c.allAnswers(response, (i) => 1 + (i % 5));
    expect((await c.call('PATCH', `/api/responses/${response.id}`, slb, { answers })).statusCode).toBe(200);
    expect((await c.call('POST', `/api/responses/${response.id}/submit`, slb)).statusCode).toBe(200);
    const d = await development();
    expect(d.ratings).toHaveLength(3);
    expect(d.ratings[0]?.id).toBe(response.id);
    expect(d.draft).toBeNull();
  });

  it('is not for students, and a counsellor cannot rate a colleague without being asked', async () => {
    const student = await loginAs(t.app, 'student@demo.koers.nl');
    const asStudent = await c.call('POST', '/api/responses', student, { instrument: 'slb-zelfbeoordeling' });
    expect(asStudent.statusCode).toBe(403);
    const colleague = await idOf(t, 'k.dewit@demo.koers.nl');
    const aboutColleague = await c.call('POST', '/api/responses', slb, { instrument: 'slb-zelfbeoordeling', studentId: colleague });
    expect(aboutColleague.statusCode).toBe(403);
    expect(aboutColleague.json().error.id).toBe('instrument_not_for_you');
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    expect((await c.call('POST', '/api/responses', manager, { instrument: 'slb-zelfbeoordeling', studentId: slbId })).statusCode).toBe(403);
  });
});

describe('development goals and the log', () => {
  it('adds a goal with SMART feedback, vague or not, and refuses unknown competencies', async () => {
    const vague = await c.call('POST', '/api/staff/me/goals', slb, { what: 'Beter worden in coachen', dueDate: '2099-01-01', competencies: ['coachen'] });
    expect(vague.statusCode, vague.body).toBe(201);
    const v = vague.json() as GoalView;
    expect(v.smart.ok).toBe(false);
    expect(v.smart.checks.find((x) => x.criterion === 'specifiek')?.ok).toBe(false);
    expect(v.smart.checks.find((x) => x.criterion === 'tijdgebonden')?.ok).toBe(false);
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const good = await c.call('POST', '/api/staff/me/goals', slb, {
      what: 'Ik voer 3 loopbaangesprekken met de reflectiecyclus en bespreek er 1 in intervisie',
      dueDate: due,
      competencies: ['coachen', 'communiceren'],
    });
    expect((good.json() as GoalView).smart.ok).toBe(true);
    const bad = await c.call('POST', '/api/staff/me/goals', slb, { what: 'Iets doen', dueDate: due, competencies: ['zingen'] });
    expect(bad.statusCode).toBe(400);
    const none = await c.call('POST', '/api/staff/me/goals', slb, { what: 'Iets doen met 3 studenten', dueDate: due, competencies: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/velden/);
    const done = await c.call('PATCH', `/api/staff/goals/${v.id}`, slb, { status: 'done' });
    expect((done.json() as GoalView).status).toBe('done');
  });

  it('nobody changes a colleague’s goal', async () => {
    const goal = (await development()).goals[0];
    const colleague = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await c.call('PATCH', `/api/staff/goals/${goal?.id}`, colleague, { status: 'dropped' })).statusCode).toBe(404);
  });

  it('logs trainings and intervisie, pages through the log and deletes only own entries', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await c.call('POST', '/api/staff/me/activities', slb, { kind: 'intervisie', title: `Intervisie ${i}`, heldOn: `2024-0${i + 1}-10`, competencies: ['coachen'] });
      expect(res.statusCode, res.body).toBe(201);
    }
    const first = (await c.call('GET', '/api/staff/me/activities?limit=2', slb)).json() as ActivityPage;
    expect(first.items).toHaveLength(2);
    const second = (await c.call('GET', `/api/staff/me/activities?limit=10&cursor=${first.nextCursor}`, slb)).json() as ActivityPage;
    expect(second.items.length).toBe(3);
    expect(new Set([...first.items, ...second.items].map((a) => a.id)).size).toBe(5);
    const colleague = await loginAsAnyone(t, 'r.pinas@demo.koers.nl');
    const last = second.items.at(-1);
    expect((await c.call('DELETE', `/api/staff/activities/${last?.id}`, colleague)).statusCode).toBe(404);
    expect((await c.call('DELETE', `/api/staff/activities/${last?.id}`, slb)).statusCode).toBe(204);
    const bad = await c.call('POST', '/api/staff/me/activities', slb, { kind: 'cursus', title: '', heldOn: 'gisteren' });
    expect(bad.statusCode).toBe(400);
  });
});

describe("viewing a colleague's plan", () => {
  it('is refused for a colleague with a clear Dutch message', async () => {
    const colleague = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    const res = await c.call('GET', `/api/staff/counsellors/${slbId}/development`, colleague);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ id: 'development_forbidden' });
    expect(res.json().error.message).toContain('ontwikkelplan');
  });

  it('is allowed for the team leader; ratings only with consent', async () => {
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    const withConsent = (await c.call('GET', `/api/staff/counsellors/${slbId}/development`, manager)).json() as Development;
    expect(withConsent).toMatchObject({ reader: 'leader', ratingsVisible: true, requests: [], studentFeedback: null, draft: null });
    expect(withConsent.ratings.length).toBeGreaterThan(0);
    const karin = await idOf(t, 'k.dewit@demo.koers.nl');
    const without = (await c.call('GET', `/api/staff/counsellors/${karin}/development`, manager)).json() as Development;
    expect(without).toMatchObject({ ratingsVisible: false, ratings: [], comparison: null });
    expect(without.goals.length).toBeGreaterThan(0);
  });

  it('follows the consent toggle', async () => {
    expect((await c.call('PUT', '/api/staff/me/consent', slb, { ratingsVisibleToLeader: false })).statusCode).toBe(200);
    const manager = await loginAs(t.app, 'manager@demo.koers.nl');
    const d = (await c.call('GET', `/api/staff/counsellors/${slbId}/development`, manager)).json() as Development;
    expect(d.ratings).toEqual([]);
    await c.call('PUT', '/api/staff/me/consent', slb, { ratingsVisibleToLeader: true });
  });
});
