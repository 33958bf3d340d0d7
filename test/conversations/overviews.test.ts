import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolYearOf } from '../../src/domain/dates/school-year';
import type { OverdueRow } from '../../src/shared/conversations';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf } from '../competencies/helpers';

let t: TestApp;
let slb: string;
let admin: string;
let manager: string;
let hict: string;
const year = schoolYearOf(new Date());
const call = (method: 'GET' | 'PUT', url: string, cookie: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  hict = (await t.ctx.db.selectFrom('programme').select('id').where('code', '=', 'HICT').executeTakeFirstOrThrow()).id;
});
afterAll(async () => t?.close());

/** A held conversation (and optionally the student's feedback) written straight into the database. */
async function held(studentId: string, counsellorId: string, daysAgo: number, feedback?: { whose: string; score: number; topics: string[] }) {
  const startsAt = new Date(Date.now() - daysAgo * 86_400_000);
  const row = await t.ctx.db
    .insertInto('conversation')
    .values({ institution_id: (await t.ctx.db.selectFrom('institution').select('id').executeTakeFirstOrThrow()).id, student_id: studentId, counsellor_id: counsellorId, proposed_by: counsellorId, type: 'voortgang', status: 'held', starts_at: startsAt, duration_minutes: 30, held_at: startsAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (feedback)
    await t.ctx.db.insertInto('conversation_feedback').values({ conversation_id: row.id, counsellor_id: counsellorId, whose_agenda: feedback.whose, helping_vs_reflective: feedback.score, topics: JSON.stringify(feedback.topics) }).execute();
}

describe('cadence norms', () => {
  it('shows the default per level until the admin sets a norm, and validates it', async () => {
    // The demo set norms for this school year; next year has none yet.
    const next = `${Number(year.slice(5))}-${Number(year.slice(5)) + 1}`;
    const before = (await call('GET', `/api/admin/cadence-norms?schoolYear=${next}`, admin)).json().items as { programmeId: string; isDefault: boolean; conversationsPerYear: number }[];
    expect(before.find((n) => n.programmeId === hict)).toMatchObject({ isDefault: true });
    const bad = await call('PUT', '/api/admin/cadence-norms', admin, { programmeId: hict, schoolYear: year, conversationsPerYear: 0, minutesEach: 30 });
    expect(bad.statusCode).toBe(400);
    const unknown = await call('PUT', '/api/admin/cadence-norms', admin, { programmeId: '00000000-0000-4000-8000-000000000000', schoolYear: year, conversationsPerYear: 4, minutesEach: 30 });
    expect(unknown.statusCode).toBe(404);
    const saved = await call('PUT', '/api/admin/cadence-norms', admin, { programmeId: hict, schoolYear: year, conversationsPerYear: 12, minutesEach: 30, description: 'Elke maand een gesprek' });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await call('GET', `/api/admin/cadence-norms?schoolYear=${year}`, admin)).json().items as { programmeId: string; isDefault: boolean; conversationsPerYear: number }[];
    expect(after.find((n) => n.programmeId === hict)).toMatchObject({ isDefault: false, conversationsPerYear: 12 });
  });

  it('shows the counsellor who is behind on the norm, overdue first', async () => {
    // 12 a year: by now (at least a month into the school year... or not) the expectation follows the calendar.
    const rows = (await call('GET', '/api/caseload/conversations', slb)).json().items as OverdueRow[];
    expect(rows).toHaveLength(24);
    const lisaId = await idOf(t, 'student@demo.koers.nl');
    const lisa = rows.find((r) => r.student.id === lisaId)!;
    expect(lisa.norm).toEqual({ conversationsPerYear: 12, minutesEach: 30 });
    const expected = lisa.expectedByNow;
    expect(lisa.overdue).toBe(lisa.held < expected);
    // Holding enough conversations this school year takes her off the overdue list.
    for (let i = 0; i < expected + 1; i++) await held(lisaId, await idOf(t, 'slb@demo.koers.nl'), 0);
    const after = ((await call('GET', '/api/caseload/conversations', slb)).json().items as OverdueRow[]).find((r) => r.student.id === lisaId)!;
    expect(after.held).toBe(lisa.held + expected + 1);
    expect(after.overdue).toBe(false);
    const flags = ((await call('GET', '/api/caseload/conversations', slb)).json().items as OverdueRow[]).map((r) => r.overdue);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });
});

describe('student feedback on conversations', () => {
  it('shows nothing below five answers, then the aggregate to the counsellor and the manager', async () => {
    // Start from an institution where nobody has answered yet (the demo has feedback of its own).
    await t.ctx.db.deleteFrom('conversation_feedback').execute();
    const slbId = await idOf(t, 'slb@demo.koers.nl');
    const students = await t.ctx.db.selectFrom('assignment').select('student_id').where('counsellor_id', '=', slbId).limit(5).execute();
    for (const s of students.slice(0, 4)) await held(s.student_id, slbId, 10, { whose: 'mine', score: 4, topics: ['studievoortgang'] });
    expect((await call('GET', '/api/me/conversation-feedback', slb)).json()).toEqual({ minAnswers: 5, aggregate: null });
    const managerView = (await call('GET', '/api/stats/conversation-feedback', manager)).json();
    expect(managerView.team).toBeNull();
    expect(managerView.counsellors[0].aggregate).toBeNull();

    await held(students[4]!.student_id, slbId, 10, { whose: 'counsellor', score: 2, topics: ['studievoortgang', 'acties_werk_loopbaan'] });
    const mine = (await call('GET', '/api/me/conversation-feedback', slb)).json();
    expect(mine.aggregate).toEqual({
      n: 5,
      whoseAgenda: { mine: 4, both: 0, counsellor: 1 },
      helpingVsReflectiveMean: 3.6,
      topics: { studievoortgang: 5, zelfbeeld_toekomstbeeld: 0, acties_werk_loopbaan: 1 },
    });
    const team = (await call('GET', '/api/stats/conversation-feedback', manager)).json();
    expect(team.team.n).toBe(5);
    expect(team.counsellors.find((c: { counsellor: { id: string } }) => c.counsellor.id === slbId).aggregate.n).toBe(5);
  });
});
