import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeView } from '../../src/shared/intake';
import { client, loginAsAnyone } from '../competencies/helpers';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { freshFirstYear } from './helpers';

let t: TestApp;
let slb: string;
let admin: string;
let studentId: string;
let studentCookie: string;
let api: ReturnType<typeof client>;

const EMPTY = {
  priorEducation: null,
  mboLevel: null,
  priorDetail: '',
  learningHistory: '',
  choiceCheckOutcome: null,
  choiceCheckAdvice: '',
  supportNeeds: '',
  firstSteps: '',
};

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  api = client(t);
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  ({ studentId } = await freshFirstYear(t, 30));
  const email = await t.ctx.db.selectFrom('app_user').select('email').where('id', '=', studentId).executeTakeFirstOrThrow();
  studentCookie = await loginAsAnyone(t, email.email ?? '');
});
afterAll(async () => t?.close());

describe('intake', () => {
  it('starts empty and is created as a draft with version 0', async () => {
    const first = await api.call('GET', `/api/students/${studentId}/intake`, slb);
    expect(first.statusCode, first.body).toBe(200);
    const view = first.json() as IntakeView;
    expect(view.intake).toBeNull();
    expect(view.canEdit).toBe(true);
    expect(view.enrolment?.programme).toBeTruthy();

    const res = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 0, fields: { ...EMPTY, priorEducation: 'mbo', learningHistory: 'Mbo-4 ICT' } });
    expect(res.statusCode, res.body).toBe(200);
    const created = (res.json() as IntakeView).intake;
    expect(created?.status).toBe('draft');
    expect(created?.version).toBe(1);
    expect(created?.missing).toEqual(['mboLevel', 'priorDetail', 'choiceCheckOutcome', 'supportNeeds', 'firstSteps']);
    expect(created?.handover.every((h) => !h.done)).toBe(true);
  });

  it('refuses a second create and a stale version with 409 intake_changed', async () => {
    const again = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 0, fields: EMPTY });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.id).toBe('intake_changed');
    const ok = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 1, fields: { ...EMPTY, priorEducation: 'havo', learningHistory: 'Havo N&T' } });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await api.call('PUT', `/api/students/${studentId}/intake`, admin, { version: 1, fields: { ...EMPTY, learningHistory: 'overwritten' } });
    expect(stale.statusCode).toBe(409);
    const current = (await api.call('GET', `/api/students/${studentId}/intake`, slb)).json() as IntakeView;
    expect(current.intake?.fields.learningHistory).toBe('Havo N&T');
    expect(current.intake?.version).toBe(2);
  });

  it('completes only when every required field is filled, and reopens when one is emptied', async () => {
    const partial = { ...EMPTY, priorEducation: 'havo', learningHistory: 'Havo N&T', choiceCheckOutcome: 'doubtful' };
    const refused = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 2, fields: partial, status: 'complete' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.id).toBe('intake_incomplete');
    expect(refused.json().error.details.missing).toEqual(['choiceCheckAdvice', 'supportNeeds', 'firstSteps']);

    const full = { ...partial, choiceCheckAdvice: 'Bijspijkeren wiskunde', supportNeeds: 'Geen', firstSteps: 'Planning blok 1' };
    const done = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 2, fields: full, status: 'complete' });
    expect(done.statusCode, done.body).toBe(200);
    const intake = (done.json() as IntakeView).intake;
    expect(intake?.status).toBe('complete');
    expect(intake?.missing).toEqual([]);
    expect(intake?.completedAt).not.toBeNull();

    const emptied = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 3, fields: { ...full, firstSteps: '' } });
    expect((emptied.json() as IntakeView).intake?.status).toBe('draft');
    const back = await api.call('PUT', `/api/students/${studentId}/intake`, slb, { version: 4, fields: full, status: 'complete' });
    expect((back.json() as IntakeView).intake?.status).toBe('complete');
  });

  it('keeps who ticked a warm-handover item, and refuses unknown items', async () => {
    const res = await api.call('PUT', `/api/students/${studentId}/intake/handover/choice_check`, slb, { done: true });
    expect(res.statusCode, res.body).toBe(200);
    const item = (res.json() as IntakeView).intake?.handover.find((h) => h.code === 'choice_check');
    expect(item?.done).toBe(true);
    expect(item?.doneBy?.name).toBeTruthy();
    const unknown = await api.call('PUT', `/api/students/${studentId}/intake/handover/nonsense`, slb, { done: true });
    expect(unknown.statusCode).toBe(404);
    const undo = await api.call('PUT', `/api/students/${studentId}/intake/handover/choice_check`, slb, { done: false });
    expect((undo.json() as IntakeView).intake?.handover.find((h) => h.code === 'choice_check')?.done).toBe(false);
  });

  it('shows the student their own intake read-only and audits staff reads', async () => {
    const own = await api.call('GET', `/api/students/${studentId}/intake`, studentCookie);
    expect(own.statusCode).toBe(200);
    expect((own.json() as IntakeView).canEdit).toBe(false);
    expect((own.json() as IntakeView).intake?.fields.learningHistory).toBe('Havo N&T');
    const write = await api.call('PUT', `/api/students/${studentId}/intake`, studentCookie, { version: 5, fields: EMPTY });
    expect(write.statusCode).toBe(403);
    const audited = await t.ctx.db.selectFrom('audit_log').select('action').where('student_id', '=', studentId).where('action', '=', 'intake.read').execute();
    expect(audited.length).toBeGreaterThan(0);
  });

  it('refuses an unrelated counsellor and a parent', async () => {
    const row = await t.ctx.db.selectFrom('app_user').select('email').where('role', '=', 'counsellor').where('email', '!=', 'slb@demo.koers.nl').executeTakeFirstOrThrow();
    const other = await loginAsAnyone(t, row.email ?? '');
    expect((await api.call('GET', `/api/students/${studentId}/intake`, other)).statusCode).toBe(403);
    expect((await api.call('PUT', `/api/students/${studentId}/intake`, other, { version: 5, fields: EMPTY })).statusCode).toBe(403);
    const parent = await loginAs(t.app, 'ouder@demo.koers.nl');
    expect((await api.call('GET', `/api/students/${studentId}/intake`, parent)).statusCode).toBe(403);
  });

  it('seeds intakes for first-year demo students only', async () => {
    const rows = await t.ctx.db.selectFrom('intake').select(['status', 'enrolment_id']).execute();
    expect(rows.filter((r) => r.status === 'complete').length).toBeGreaterThan(3);
    expect(rows.some((r) => r.status === 'draft')).toBe(true);
    // First-years: the intake's enrolment is the student's first in that programme.
    const { rows: later } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM intake i JOIN enrolment e ON e.id = i.enrolment_id JOIN cohort c ON c.id = e.cohort_id
      WHERE EXISTS (SELECT 1 FROM enrolment e2 JOIN cohort c2 ON c2.id = e2.cohort_id
        WHERE e2.student_id = e.student_id AND c2.programme_id = c.programme_id AND e2.start_date < e.start_date)`.execute(t.ctx.db);
    expect(later[0]?.n).toBe(0);
  });
});
