import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Competencies, ScanForm, ScanInvitationCreated } from '../../src/shared/competencies';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { client, idOf, loginAsAnyone } from './helpers';

let t: TestApp;
let c: ReturnType<typeof client>;
let student: string;
let slb: string;
let lisa: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  c = client(t);
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
});
afterAll(async () => t?.close());

const invite = async (cookie: string, name = 'Jan de Boer', email = 'jan@stagebedrijf.example') => {
  const res = await c.call('POST', `/api/students/${lisa}/scan-invitations`, cookie, { name, email });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ScanInvitationCreated;
};
const tokenOf = (link: string) => decodeURIComponent(link.split('/scan/')[1] ?? '');

describe('inviting an external supervisor', () => {
  it('returns the link once and a message to copy, and queues the mail through the outbox', async () => {
    const created = await invite(student);
    expect(created.invitation).toMatchObject({ name: 'Jan de Boer', email: 'jan@stagebedrijf.example', status: 'open', invitedBy: 'Lisa Meijer' });
    expect(created.link).toMatch(/\/scan\/[A-Za-z0-9_-]{40,}$/);
    expect(created.message.body).toContain(created.link);
    expect(created.message.subject).toContain('Lisa Meijer');
    // The demo has no mail server: the inviter is told to copy the text.
    expect(created.mailSent).toBe(false);
    const mail = await t.ctx.db.selectFrom('mail_message').select(['to_address', 'body_text']).where('to_address', '=', 'jan@stagebedrijf.example').executeTakeFirstOrThrow();
    expect(mail.body_text).toContain(created.link);
    const stored = await t.ctx.db.selectFrom('scan_invitation').select('token_hash').where('id', '=', created.invitation.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(tokenOf(created.link));
  });

  it('refuses a bad name or address with field messages, and anyone but the student and their counsellor', async () => {
    const bad = await c.call('POST', `/api/students/${lisa}/scan-invitations`, student, { name: ' ', email: 'geen-adres' });
    expect(bad.statusCode).toBe(400);
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    expect((await c.call('POST', `/api/students/${lisa}/scan-invitations`, admin, { name: 'X', email: 'x@example.org' })).statusCode).toBe(403);
    const otherCounsellor = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await c.call('GET', `/api/students/${lisa}/scan-invitations`, otherCounsellor)).statusCode).toBe(403);
  });
});

describe('the supervisor filling in the scan through the link', () => {
  let created: ScanInvitationCreated;
  let token: string;
  beforeAll(async () => {
    created = await invite(slb, 'Fatima Ouali', 'f.ouali@zorg.example');
    token = tokenOf(created.link);
  });

  it('opens only the scan about this student, without an account', async () => {
    const res = await c.call('GET', `/api/scan/${token}`);
    expect(res.statusCode).toBe(200);
    const form = res.json() as ScanForm;
    expect(form).toMatchObject({ supervisorName: 'Fatima Ouali', studentName: 'Lisa Meijer' });
    expect(form.response).toMatchObject({ status: 'draft', source: 'supervisor', answers: {} });
    expect(form.response.instrument.code).toBe('competentiescan');
    expect(JSON.stringify(form)).not.toContain('@');
  });

  it('saves answers as given, refuses invalid ones without storing, and submits once', async () => {
    const form = (await c.call('GET', `/api/scan/${token}`)).json() as ScanForm;
    const answers = c.allAnswers(form.response, (i) => 1 + (i % 5));
    const bad = await c.call('PATCH', `/api/scan/${token}`, undefined, { answers: { ...answers, zz: 3 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.id).toBe('answers_invalid');
    expect(((await c.call('GET', `/api/scan/${token}`)).json() as ScanForm).response.answers).toEqual({});
    const saved = await c.call('PATCH', `/api/scan/${token}`, undefined, { answers });
    expect(saved.statusCode).toBe(200);
    const submitted = await c.call('POST', `/api/scan/${token}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect((submitted.json() as ScanForm).response.status).toBe('submitted');

    for (const [method, url] of [['GET', `/api/scan/${token}`], ['PATCH', `/api/scan/${token}`], ['POST', `/api/scan/${token}/submit`]] as const) {
      const again = await c.call(method, url, undefined, method === 'PATCH' ? { answers } : undefined);
      expect(again.statusCode).toBe(410);
      expect(again.json().error.id).toBe('scan_link_used');
    }
  });

  it("puts the supervisor's view next to the student's own in the measurements", async () => {
    const res = await c.call('GET', `/api/students/${lisa}/competencies`, student);
    const { measurements } = res.json() as Competencies;
    const latest = measurements.find((m) => m.source === 'supervisor');
    expect(latest).toMatchObject({ respondentName: 'Fatima Ouali', instrument: { code: 'competentiescan' } });
    expect(latest!.scales).toHaveLength(5);
    const list = await c.call('GET', `/api/students/${lisa}/scan-invitations`, student);
    expect(list.json().items.find((i: { id: string }) => i.id === created.invitation.id).status).toBe('used');
  });
});

describe('links that no longer work', () => {
  it('refuses a revoked link, an expired link and a made-up one, each with its own message', async () => {
    const revoked = await invite(student, 'A', 'a@example.org');
    const res = await c.call('POST', `/api/scan-invitations/${revoked.invitation.id}/revoke`, student);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('revoked');
    const r1 = await c.call('GET', `/api/scan/${tokenOf(revoked.link)}`);
    expect([r1.statusCode, r1.json().error.id]).toEqual([410, 'scan_link_revoked']);
    expect(r1.json().error.message).toContain('ingetrokken');

    const expired = await invite(student, 'B', 'b@example.org');
    await t.ctx.db.updateTable('scan_invitation').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expired.invitation.id).execute();
    const r2 = await c.call('PATCH', `/api/scan/${tokenOf(expired.link)}`, undefined, { answers: {} });
    expect([r2.statusCode, r2.json().error.id]).toEqual([410, 'scan_link_expired']);
    expect((await c.call('GET', `/api/students/${lisa}/scan-invitations`, student)).json().items.find((i: { id: string }) => i.id === expired.invitation.id).status).toBe('expired');

    const r3 = await c.call('GET', '/api/scan/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    expect([r3.statusCode, r3.json().error.id]).toEqual([404, 'scan_link_invalid']);
    const en = await t.app.inject({ url: '/api/scan/kort', headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toContain('not valid');
  });

  it('lets only the student or their counsellor withdraw an invitation', async () => {
    const created = await invite(student, 'C', 'c@example.org');
    const other = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await c.call('POST', `/api/scan-invitations/${created.invitation.id}/revoke`, other)).statusCode).toBe(403);
    expect((await c.call('POST', `/api/scan-invitations/${created.invitation.id}/revoke`, slb)).statusCode).toBe(200);
  });
});
