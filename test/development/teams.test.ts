import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseView } from '../../src/shared/competencies';
import type { Development, IncomingRequest, RatingRequestView, ReviewView, TeamOverview, TeamRef } from '../../src/shared/development';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf, loginAsAnyone } from '../competencies/helpers';

/** 360° for staff, yearly reviews and the team leader's overview. */
let t: TestApp;
let c: ReturnType<typeof client>;
let slb: string;
let manager: string;
let slbId: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  slbId = await idOf(t, 'slb@demo.koers.nl');
});
afterAll(async () => t?.close());

const fillAndSubmit = async (cookie: string, response: ResponseView, value: number) => {
  expect((await c.call('PATCH', `/api/responses/${response.id}`, cookie, { answers: c.allAnswers(response, () => value) })).statusCode).toBe(200);
  const res = await c.call('POST', `/api/responses/${response.id}/submit`, cookie);
  expect(res.statusCode, res.body).toBe(200);
};

describe('360° for staff', () => {
  it('a colleague sees only the form they were asked for, and the result appears next to the self-rating', async () => {
    const karinId = await idOf(t, 'k.dewit@demo.koers.nl');
    const created = await c.call('POST', '/api/staff/me/rating-requests', slb, { raterId: karinId });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json() as RatingRequestView;
    expect(request).toMatchObject({ relation: 'colleague', status: 'open', rater: { name: 'Karin de Wit' } });
    expect((await c.call('POST', '/api/staff/me/rating-requests', slb, { raterId: karinId })).json().error.id).toBe('rating_request_open');

    const karin = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    const inbox = (await c.call('GET', '/api/staff/rating-requests/incoming', karin)).json().items as IncomingRequest[];
    expect(inbox.map((i) => i.id)).toContain(request.id);
    // Another colleague cannot open Karin's request, nor read the response.
    const ricardo = await loginAsAnyone(t, 'r.pinas@demo.koers.nl');
    expect((await c.call('POST', `/api/staff/rating-requests/${request.id}/response`, ricardo)).statusCode).toBe(404);
    const response = (await c.call('POST', `/api/staff/rating-requests/${request.id}/response`, karin)).json() as ResponseView;
    expect(response).toMatchObject({ source: 'colleague', student: { id: slbId, name: 'Youssef el Amrani' } });
    expect((await c.call('GET', `/api/responses/${response.id}`, ricardo)).statusCode).toBe(404);
    expect((await c.call('GET', `/api/responses/${response.id}`, slb)).statusCode).toBe(404);
    await fillAndSubmit(karin, response, 5);

    const d = (await c.call('GET', '/api/staff/me/development', slb)).json() as Development;
    expect(d.comparison?.colleagues?.n).toBe(2);
    expect(d.requests.find((r) => r.id === request.id)?.status).toBe('done');
    expect((await c.call('POST', `/api/staff/rating-requests/${request.id}/response`, karin)).json().error.id).toBe('rating_request_closed');
  });

  it('the team leader rates as manager', async () => {
    const managerId = await idOf(t, 'manager@demo.koers.nl');
    const request = (await c.call('POST', '/api/staff/me/rating-requests', slb, { raterId: managerId })).json() as RatingRequestView;
    expect(request.relation).toBe('manager');
    const response = (await c.call('POST', `/api/staff/rating-requests/${request.id}/response`, manager)).json() as ResponseView;
    expect(response.source).toBe('manager');
    await fillAndSubmit(manager, response, 2);
    const d = (await c.call('GET', '/api/staff/me/development', slb)).json() as Development;
    expect(d.comparison?.manager?.scales.every((s) => s.score === 2)).toBe(true);
  });

  it('refuses students, oneself and people elsewhere; a withdrawn request discards the unfinished rating', async () => {
    const studentId = await idOf(t, 'student@demo.koers.nl');
    for (const raterId of [studentId, slbId, '00000000-0000-4000-8000-000000000000']) {
      const res = await c.call('POST', '/api/staff/me/rating-requests', slb, { raterId });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.id).toBe('rating_request_invalid');
    }
    const aylin = await idOf(t, 'a.kaya@demo.koers.nl');
    const request = (await c.call('POST', '/api/staff/me/rating-requests', slb, { raterId: aylin })).json() as RatingRequestView;
    const rater = await loginAsAnyone(t, 'a.kaya@demo.koers.nl');
    const response = (await c.call('POST', `/api/staff/rating-requests/${request.id}/response`, rater)).json() as ResponseView;
    await c.call('PATCH', `/api/responses/${response.id}`, rater, { answers: { adv1: 4 } });
    const revoked = await c.call('POST', `/api/staff/rating-requests/${request.id}/revoke`, slb);
    expect((revoked.json() as RatingRequestView).status).toBe('revoked');
    expect((await c.call('GET', `/api/responses/${response.id}`, rater)).statusCode).toBe(404);
    expect((await c.call('POST', `/api/staff/rating-requests/${request.id}/response`, rater)).statusCode).toBe(410);
  });
});

describe('yearly review', () => {
  it('is opened by the team leader; each side writes their own notes; both see them', async () => {
    const created = await c.call('POST', `/api/staff/counsellors/${slbId}/reviews`, manager, { heldOn: '2025-06-20', leaderNotes: 'Goed gesprek.' });
    expect(created.statusCode, created.body).toBe(201);
    const review = created.json() as ReviewView;
    const mine = await c.call('PATCH', `/api/staff/reviews/${review.id}`, slb, { notes: 'Ik ga intervisie inbrengen.' });
    expect(mine.json()).toMatchObject({ leaderNotes: 'Goed gesprek.', counsellorNotes: 'Ik ga intervisie inbrengen.' });
    const d = (await c.call('GET', '/api/staff/me/development', slb)).json() as Development;
    expect(d.reviews.find((r) => r.id === review.id)?.leaderNotes).toBe('Goed gesprek.');
    const colleague = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await c.call('PATCH', `/api/staff/reviews/${review.id}`, colleague, { notes: 'x' })).statusCode).toBe(403);
  });
});

describe('team overview', () => {
  let teams: TeamRef[];
  beforeAll(async () => {
    teams = (await c.call('GET', '/api/teams', manager)).json().items as TeamRef[];
  });

  it('the demo has one team per sector led by the team leader', () => {
    expect(teams).toHaveLength(3);
    expect(teams.every((x) => x.leader.name === 'Bart Hendriks')).toBe(true);
  });

  it('shows consenting members by name, withholds a small group without consent, counts needs and trainings', async () => {
    const team = teams.find((x) => x.name.includes('Techniek')) ?? teams[0];
    const res = await c.call('GET', `/api/teams/${team?.id}/overview`, manager);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as TeamOverview;
    const slbRow = o.members.find((m) => m.member.id === slbId);
    expect(slbRow?.consent).toBe(true);
    expect(slbRow?.scales).toHaveLength(7);
    const others = o.members.filter((m) => !m.consent);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((m) => m.scales === null)).toBe(true);
    expect(o.withheld).toBe(others.length);
    expect(o.rated).toBe(o.members.length - others.length);
    for (const d of o.distribution) expect(d.counts.reduce((a, b) => a + b, 0)).toBe(o.rated);
    expect(o.needs.reduce((a, n) => a + n.openGoals, 0)).toBeGreaterThan(0);
    expect(o.trainings.length).toBeGreaterThan(0);
  });

  it('includes members without consent once they form a group of the minimum size', async () => {
    const team = teams[0];
    await t.ctx.db.updateTable('institution').set({ min_group_size: 2 }).execute();
    await t.ctx.db.deleteFrom('staff_development_consent').execute();
    const o = (await c.call('GET', `/api/teams/${team?.id}/overview`, manager)).json() as TeamOverview;
    expect(o.withheld).toBe(0);
    expect(o.rated).toBe(o.members.length);
    expect(o.members.every((m) => m.scales === null)).toBe(true);
    await t.ctx.db.updateTable('institution').set({ min_group_size: 5 }).execute();
  });

  it('is for the team leader only', async () => {
    const team = teams[0];
    expect((await c.call('GET', `/api/teams/${team?.id}/overview`, slb)).statusCode).toBe(403);
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    expect((await c.call('GET', `/api/teams/${team?.id}/overview`, admin)).statusCode).toBe(403);
    expect((await c.call('GET', '/api/teams/00000000-0000-4000-8000-000000000000/overview', manager)).statusCode).toBe(404);
  });

  it('an administrator creates a team of counsellors led by a manager', async () => {
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    const leaderId = await idOf(t, 'manager@demo.koers.nl');
    const ok = await c.call('POST', '/api/admin/teams', admin, { name: 'Team Test', leaderId, memberIds: [slbId] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await c.call('POST', '/api/admin/teams', admin, { name: 'Team Test', leaderId, memberIds: [] })).statusCode).toBe(409);
    expect((await c.call('POST', '/api/admin/teams', admin, { name: 'Team X', leaderId: slbId, memberIds: [] })).statusCode).toBe(400);
  });
});
