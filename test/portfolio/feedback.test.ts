import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceDetail, FeedbackAsk, FeedbackRequestCreated } from '../../src/shared/portfolio';
import { createTestApp, type TestApp } from '../helpers/app';
import { portfolioPeople } from './helpers';

let t: TestApp;
let p: Awaited<ReturnType<typeof portfolioPeople>>;
let item: EvidenceDetail;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  p = await portfolioPeople(t);
  item = (
    await p.call('POST', `/api/students/${p.lisa}/evidence`, p.student, { kind: 'experience', experienceType: 'bpv', title: 'Stage thuiszorg', body: { what: 'Cliënten geholpen' }, status: 'final' })
  ).json();
});
afterAll(async () => t?.close());

const tokenOf = (link: string) => decodeURIComponent(link.split('/feedback/')[1] ?? '');
const ask = (name: string, email: string | null = null) =>
  p.call('POST', `/api/students/${p.lisa}/feedback-requests`, p.student, { evidenceId: item.id, question: 'Hoe deed ik het?', to: { via: 'link', name, email } });

describe('feedback through a link', () => {
  it('creates a single-use link whose token is stored hashed, with copyable text and a mail in the outbox', async () => {
    const res = await ask('Petra de Vries', 'petra@example.org');
    expect(res.statusCode, res.body).toBe(201);
    const created: FeedbackRequestCreated = res.json();
    expect(created.link).toMatch(/\/feedback\/[A-Za-z0-9_-]{30,}$/);
    expect(created.message?.body).toContain(created.link);
    expect(created.mailSent).toBe(false);
    const token = tokenOf(created.link ?? '');
    const stored = await t.ctx.db.selectFrom('portfolio_feedback_request').select('token_hash').where('id', '=', created.request.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const mail = await t.ctx.db.selectFrom('mail_message').select(['to_address', 'body_text']).where('to_address', '=', 'petra@example.org').executeTakeFirst();
    expect(mail?.body_text).toContain(token);

    const form = await t.app.inject({ url: `/api/feedback/${encodeURIComponent(token)}` });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ studentName: 'Lisa Meijer', question: 'Hoe deed ik het?', evidence: { title: 'Stage thuiszorg', body: { what: 'Cliënten geholpen' } } });

    const answered = await t.app.inject({ method: 'POST', url: `/api/feedback/${encodeURIComponent(token)}`, payload: { body: 'Je was rustig en vriendelijk.' } });
    expect(answered.statusCode, answered.body).toBe(204);
    const again = await t.app.inject({ method: 'POST', url: `/api/feedback/${encodeURIComponent(token)}`, payload: { body: 'Nog een keer' } });
    expect([again.statusCode, again.json().error.id]).toEqual([410, 'feedback_link_used']);

    const detail: EvidenceDetail = (await p.call('GET', `/api/evidence/${item.id}`, p.student)).json();
    expect(detail.feedback).toEqual([expect.objectContaining({ authorName: 'Petra de Vries', body: 'Je was rustig en vriendelijk.' })]);
  });

  it('stops an expired link and a revoked one', async () => {
    const expired: FeedbackRequestCreated = (await ask('Jan')).json();
    await t.ctx.db.updateTable('portfolio_feedback_request').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expired.request.id).execute();
    const res = await t.app.inject({ url: `/api/feedback/${encodeURIComponent(tokenOf(expired.link ?? ''))}` });
    expect([res.statusCode, res.json().error.id]).toEqual([410, 'feedback_link_expired']);

    const revoked: FeedbackRequestCreated = (await ask('Kees')).json();
    expect((await p.call('POST', `/api/feedback-requests/${revoked.request.id}/revoke`, p.slb)).statusCode).toBe(403);
    const done = await p.call('POST', `/api/feedback-requests/${revoked.request.id}/revoke`, p.student);
    expect(done.json()).toMatchObject({ status: 'revoked' });
    const gone = await t.app.inject({ method: 'POST', url: `/api/feedback/${encodeURIComponent(tokenOf(revoked.link ?? ''))}`, payload: { body: 'Hallo' } });
    expect([gone.statusCode, gone.json().error.id]).toEqual([410, 'feedback_link_revoked']);
    const unknown = await t.app.inject({ url: '/api/feedback/abcdefghijklmnopqrstuvwxyz0123456789' });
    expect([unknown.statusCode, unknown.json().error.id]).toEqual([404, 'feedback_link_invalid']);
  });
});

describe('feedback from someone with an account', () => {
  it('offers the people around the student and lets the one asked answer signed in', async () => {
    const list = (await p.call('GET', `/api/students/${p.lisa}/feedback-requests`, p.student)).json();
    const counsellor = (list.askable as { id: string; relation: string }[]).find((a) => a.relation === 'counsellor');
    expect(counsellor).toBeDefined();
    const created = await p.call('POST', `/api/students/${p.lisa}/feedback-requests`, p.student, { evidenceId: item.id, question: 'Wat zag je?', to: { via: 'user', userId: counsellor?.id } });
    expect(created.statusCode, created.body).toBe(201);
    const request = (created.json() as FeedbackRequestCreated).request;
    expect(created.json()).toMatchObject({ link: null, request: { via: 'user', status: 'open' } });

    const mine = (await p.call('GET', '/api/me/feedback-requests', p.slb)).json().items as FeedbackAsk[];
    expect(mine.map((m) => m.id)).toContain(request.id);
    expect((await p.call('POST', `/api/feedback-requests/${request.id}/answer`, p.zorg, { body: 'Niet aan mij gevraagd' })).statusCode).toBe(404);
    expect((await p.call('POST', `/api/feedback-requests/${request.id}/answer`, p.slb, { body: 'Goede gesprekken gevoerd.' })).statusCode).toBe(204);
    const after = (await p.call('GET', `/api/students/${p.lisa}/feedback-requests`, p.student)).json().items as { id: string; status: string; answer: { authorName: string } | null }[];
    expect(after.find((r) => r.id === request.id)).toMatchObject({ status: 'answered', answer: { authorName: 'Youssef el Amrani' } });
  });

  it('refuses asking a stranger by account and asking about someone else’s item', async () => {
    const stranger = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'manager@demo.koers.nl').executeTakeFirstOrThrow();
    const res = await p.call('POST', `/api/students/${p.lisa}/feedback-requests`, p.student, { evidenceId: item.id, to: { via: 'user', userId: stranger.id } });
    expect(res.statusCode).toBe(400);
    const other = await p.call('POST', `/api/students/${p.lisa}/feedback-requests`, p.student, { evidenceId: '00000000-0000-4000-8000-000000000000', to: { via: 'link', name: 'X' } });
    expect(other.statusCode).toBe(400);
  });
});
