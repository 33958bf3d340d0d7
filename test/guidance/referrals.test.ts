import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralView, SecondLineDashboard } from '../../src/shared/guidance';
import { remindWaiting } from '../../src/server/services/referrals.service';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf, loginAsAnyone } from '../competencies/helpers';

let t: TestApp;
let slb: string;
let zorg: string;
let student: string;
let lisa: string;
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  zorg = await loginAs(t.app, 'zorg@demo.koers.nl');
  student = await loginAs(t.app, 'student@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
  // The demo gives Lisa an open referral of her own; this cycle starts from none.
  await t.ctx.db.deleteFrom('referral').where('student_id', '=', lisa).execute();
});
afterAll(async () => t?.close());

const referral = { reason: 'persoonlijk', description: 'Lisa geeft aan dat ze slecht slaapt en achterloopt.', consent: 'given' } as const;

/** A second specialist in the same institution, to race for a referral. */
async function secondSpecialist(): Promise<string> {
  const institution = (await t.ctx.db.selectFrom('institution').select('id').executeTakeFirstOrThrow()).id;
  await t.ctx.db
    .insertInto('app_user')
    .values({ institution_id: institution, role: 'specialist', email: 'zorg2@demo.koers.nl', first_name: 'Tweede', last_name: 'Zorgcoach', display_name: 'Tweede Zorgcoach', sort_name: 'zorgcoach tweede' })
    .execute();
  return loginAsAnyone(t, 'zorg2@demo.koers.nl');
}

describe('a full referral cycle', () => {
  let r: ReferralView;

  it('lets a counsellor refer their own student, not someone else’s, and asks why when there is no consent', async () => {
    const other = (await t.ctx.db.selectFrom('app_user').select('id').where('role', '=', 'student').where('id', 'not in', (eb) => eb.selectFrom('assignment').innerJoin('app_user as c', 'c.id', 'assignment.counsellor_id').select('assignment.student_id').where('c.email', '=', 'slb@demo.koers.nl')).executeTakeFirstOrThrow()).id;
    const notMine = await call('POST', '/api/referrals', slb, { ...referral, studentId: other });
    expect([notMine.statusCode, notMine.json().error.id]).toEqual([403, 'referral_not_assigned']);
    const noReason = await call('POST', '/api/referrals', slb, { ...referral, studentId: lisa, consent: 'not_given' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ path: 'noConsentReason', message: 'Leg uit waarom de verwijzing zonder toestemming doorgaat.' });
    const res = await call('POST', '/api/referrals', slb, { ...referral, studentId: lisa });
    expect(res.statusCode, res.body).toBe(201);
    r = res.json();
    expect(r).toMatchObject({ status: 'ingediend', specialist: null, referrer: { name: 'Youssef el Amrani' }, history: [{ to: 'ingediend' }] });
  });

  it('puts it in the second line’s queue; the first specialist to accept gets it, the second is told', async () => {
    const dash = (await call('GET', '/api/referrals/dashboard', zorg)).json() as SecondLineDashboard;
    expect(dash.queue.map((q) => q.id)).toContain(r.id);
    const zorg2 = await secondSpecialist();
    const first = await call('POST', `/api/referrals/${r.id}/actions`, zorg, { action: 'accept', version: r.version });
    expect(first.statusCode, first.body).toBe(200);
    const second = await call('POST', `/api/referrals/${r.id}/actions`, zorg2, { action: 'accept', version: r.version });
    expect([second.statusCode, second.json().error.id]).toEqual([409, 'referral_taken']);
    const meddle = await call('POST', `/api/referrals/${r.id}/actions`, zorg2, { action: 'contact', version: first.json().version });
    expect(meddle.json().error.id).toBe('referral_not_yours');
    r = first.json();
    expect(r).toMatchObject({ status: 'in_behandeling', specialist: { name: expect.any(String) } });
  });

  it('lets the specialist read the student’s conversations in the team tier while the referral is open', async () => {
    const list = await call('GET', `/api/students/${lisa}/conversations`, zorg);
    expect(list.statusCode).toBe(200);
    const held = (list.json().items as { id: string; status: string }[]).find((c) => c.status === 'held')!;
    const detail = await call('GET', `/api/conversations/${held.id}`, zorg);
    expect(detail.statusCode).toBe(200);
    expect((detail.json().notes as { tier: string }[]).every((n) => n.tier !== 'private')).toBe(true);
    const note = await call('POST', `/api/conversations/${held.id}/notes`, zorg, { tier: 'team', body: 'x' });
    expect(note.statusCode).toBe(403);
  });

  it('records first contact and a step plan that the student sees, without the counsellor’s description', async () => {
    let res = await call('POST', `/api/referrals/${r.id}/actions`, zorg, { action: 'contact', version: r.version, note: 'Gebeld' });
    expect(res.json().firstContactAt).not.toBeNull();
    res = await call('POST', `/api/referrals/${r.id}/actions`, zorg, {
      action: 'plan',
      version: res.json().version,
      steps: [
        { what: 'Intakegesprek bij de zorgcoach', who: 'Zorgcoach', dueDate: '2030-01-10' },
        { what: 'Slaapdagboek bijhouden', who: 'Lisa', dueDate: null },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    r = res.json();
    expect(r.status).toBe('stappenplan');
    const done = await call('PATCH', `/api/referral-steps/${r.steps[0]!.id}`, zorg, { done: true });
    expect(done.json().steps[0].done).toBe(true);
    const forStudent = (await call('GET', `/api/referrals/${r.id}`, student)).json() as ReferralView;
    expect(forStudent).toMatchObject({ status: 'stappenplan', description: '', history: [] });
    expect(forStudent.steps.map((s) => s.what)).toEqual(['Intakegesprek bij de zorgcoach', 'Slaapdagboek bijhouden']);
    const parent = await loginAs(t.app, 'ouder@demo.koers.nl');
    expect((await call('GET', `/api/referrals/${r.id}`, parent)).statusCode).toBe(403);
  });

  it('closes only with feedback to the referrer, who then reads it; a closed referral stays closed', async () => {
    const bare = await call('POST', `/api/referrals/${r.id}/actions`, zorg, { action: 'close', version: r.version, outcome: 'afgerond', feedback: '' });
    expect(bare.statusCode).toBe(400);
    const res = await call('POST', `/api/referrals/${r.id}/actions`, zorg, { action: 'close', version: r.version, outcome: 'terugverwezen', feedback: 'Slaapt beter; verder in de eerste lijn met aandacht voor planning.' });
    expect(res.statusCode).toBe(200);
    const forSlb = (await call('GET', `/api/referrals/${r.id}`, slb)).json() as ReferralView;
    expect(forSlb).toMatchObject({ status: 'terugverwezen', feedback: 'Slaapt beter; verder in de eerste lijn met aandacht voor planning.' });
    expect(forSlb.history.map((h) => h.to)).toEqual(['ingediend', 'in_behandeling', 'in_behandeling', 'stappenplan', 'terugverwezen']);
    const again = await call('POST', `/api/referrals/${r.id}/actions`, zorg, { action: 'accept', version: res.json().version });
    expect(again.json().error.id).toBe('referral_state');
    // With the referral closed, the specialist is no longer in the guidance team.
    expect((await call('GET', `/api/students/${lisa}/conversations`, zorg)).statusCode).toBe(403);
  });
});

describe('parents and reminders', () => {
  it('shows the step plan to a linked parent only when the referral allows it', async () => {
    const res = await call('POST', '/api/referrals', slb, { ...referral, studentId: lisa, parentsMaySee: true });
    const parent = await loginAs(t.app, 'ouder@demo.koers.nl');
    const view = await call('GET', `/api/referrals/${res.json().id}`, parent);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ description: '', feedback: '', history: [] });
  });

  it('reminds the second line once about a referral that waits longer than the norm', async () => {
    const res = await call('POST', '/api/referrals', slb, { ...referral, studentId: lisa });
    await t.ctx.db.updateTable('referral').set({ submitted_at: new Date(Date.now() - 20 * 86_400_000) }).where('id', '=', res.json().id).execute();
    const before = (await t.ctx.db.selectFrom('mail_message').select('id').where('subject', '=', 'Verwijzing wacht op een eerste contact').execute()).length;
    expect(await remindWaiting(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await remindWaiting(t.ctx)).toBe(0);
    const after = await t.ctx.db.selectFrom('mail_message').select(['to_address', 'body_text']).where('subject', '=', 'Verwijzing wacht op een eerste contact').execute();
    expect(after.length).toBeGreaterThan(before);
    expect(after.some((m) => m.to_address === 'zorg@demo.koers.nl' && m.body_text.includes('Lisa Meijer'))).toBe(true);
    const dash = (await call('GET', '/api/referrals/dashboard', zorg)).json() as SecondLineDashboard;
    expect(dash.queue.find((q) => q.id === res.json().id)).toMatchObject({ overdue: true });
  });
});
