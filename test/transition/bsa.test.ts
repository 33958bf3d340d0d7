import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolYearOf } from '../../src/domain/dates/school-year';
import { bsaStatus, expectedCredits } from '../../src/domain/transition/bsa';
import type { BsaProgress, BsaStudentRow } from '../../src/shared/study-progress';
import { loginAsAnyone } from '../competencies/helpers';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

describe('BSA status', () => {
  const norm = { thresholdCredits: 45, warningOn: '2026-01-15', finalOn: '2027-07-01' };
  it('expects credits along a line from the start to the final advice', () => {
    expect(expectedCredits({ ...norm, finalOn: '2027-06-01' }, '2026-09-01', '2026-09-01')).toBe(0);
    expect(expectedCredits({ ...norm, finalOn: '2027-06-01' }, '2026-09-01', '2027-06-01')).toBe(45);
    expect(expectedCredits({ ...norm, finalOn: '2027-06-01' }, '2026-09-01', '2030-01-01')).toBe(45);
  });
  it('is at risk below 80% of the pace, warned after a provisional warning, and the final advice decides', () => {
    const base = { norm: { ...norm, finalOn: '2027-06-01' }, startDate: '2026-09-01', today: '2027-01-16', advices: [] as const };
    // 137 of 273 days: 22.6 expected, 18.1 is the at-risk line.
    expect(bsaStatus({ ...base, credits: 20 })).toBe('on_track');
    expect(bsaStatus({ ...base, credits: 15 })).toBe('at_risk');
    expect(bsaStatus({ ...base, credits: 15, advices: [{ kind: 'provisional', outcome: 'warning' }] })).toBe('warned');
    expect(bsaStatus({ ...base, credits: 45 })).toBe('reached');
    expect(bsaStatus({ ...base, credits: 50, advices: [{ kind: 'final', outcome: 'negative' }] })).toBe('final_negative');
    expect(bsaStatus({ ...base, norm: null, credits: 0 })).toBe('no_norm');
  });
});

describe('BSA in the application', () => {
  let t: TestApp;
  let admin: string;
  let slb: string;
  let student: { id: string; student_number: string | null; programme_id: string };
  const year = schoolYearOf(new Date());
  const startYear = Number(year.slice(0, 4));
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await loginAs(t.app, 'admin@demo.koers.nl');
    slb = await loginAs(t.app, 'slb@demo.koers.nl');
    student = await t.ctx.db
      .selectFrom('enrolment as e')
      .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
      .innerJoin('app_user as u', 'u.id', 'e.student_id')
      .select(['u.id', 'u.student_number', 'c.programme_id'])
      .where('c.name', '=', 'HICT-1A')
      .orderBy('u.sort_name')
      .executeTakeFirstOrThrow();
  });
  afterAll(async () => t?.close());

  const progress = async (cookie: string) => {
    const res = await t.app.inject({ url: `/api/students/${student.id}/bsa`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as BsaProgress[]).find((p) => p.programmeId === student.programme_id);
  };

  it('lets the admin set a norm, checked against the school year', async () => {
    const put = (body: object) => t.app.inject({ method: 'PUT', url: '/api/bsa/norms', headers: { cookie: admin }, payload: body });
    const bad = await put({ programmeId: student.programme_id, schoolYear: year, thresholdCredits: 45, warningOn: `${startYear + 1}-07-01`, finalOn: `${startYear + 1}-01-15` });
    expect(bad.statusCode).toBe(400);
    const ok = await put({ programmeId: student.programme_id, schoolYear: year, thresholdCredits: 45, warningOn: `${startYear + 1}-01-15`, finalOn: `${startYear + 1}-07-01` });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().find((n: { programmeId: string; schoolYear: string }) => n.programmeId === student.programme_id && n.schoolYear === year)).toMatchObject({ thresholdCredits: 45, yearCredits: 60 });
    const slbPut = await t.app.inject({ method: 'PUT', url: '/api/bsa/norms', headers: { cookie: slb }, payload: {} });
    expect(slbPut.statusCode).toBe(403);
  });

  it('sums the credits of passed results in the first year only', async () => {
    const before = (await progress(slb))?.credits ?? -1;
    expect(before).toBeGreaterThanOrEqual(0);
    const csv = [
      'studentnummer;toets;datum;studiepunten;cijfer',
      `${student.student_number};Toetstest A;01-09-${startYear};5;8`,
      `${student.student_number};Toetstest B;02-09-${startYear};7,5;6`,
      `${student.student_number};Toetstest C;03-09-${startYear};5;4`,
      // A year after the start no longer counts for the first year.
      `${student.student_number};Toetstest D;01-08-${startYear + 1};5;9`,
    ].join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/test-results', headers: { cookie: admin, 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(200);
    const after = await progress(slb);
    expect(after?.credits).toBe(before + 12.5);
    expect(after?.norm).toMatchObject({ thresholdCredits: 45 });
    expect(after?.status).not.toBe('no_norm');
  });

  it('records a provisional warning and the final advice; the student reads but does not write', async () => {
    const advise = (cookie: string, body: object) => t.app.inject({ method: 'PUT', url: `/api/students/${student.id}/bsa/advice`, headers: { cookie }, payload: body });
    const wrongCombination = await advise(slb, { programmeId: student.programme_id, kind: 'provisional', outcome: 'negative', decidedOn: `${startYear + 1}-01-15` });
    expect(wrongCombination.statusCode).toBe(400);
    const warn = await advise(slb, { programmeId: student.programme_id, kind: 'provisional', outcome: 'warning', decidedOn: `${startYear + 1}-01-15`, note: 'Gesprek gevoerd over planning.' });
    expect(warn.statusCode, warn.body).toBe(200);
    expect((await progress(slb))?.status).toBe('warned');
    await t.ctx.db.updateTable('app_user').set({ password_hash: (await t.ctx.db.selectFrom('app_user').select('password_hash').where('email', '=', 'slb@demo.koers.nl').executeTakeFirstOrThrow()).password_hash }).where('id', '=', student.id).execute();
    const email = (await t.ctx.db.selectFrom('app_user').select('email').where('id', '=', student.id).executeTakeFirstOrThrow()).email ?? '';
    const own = await loginAs(t.app, email);
    expect((await progress(own))?.advices.map((a) => [a.kind, a.outcome, a.note])).toEqual([['provisional', 'warning', 'Gesprek gevoerd over planning.']]);
    expect((await advise(own, { programmeId: student.programme_id, kind: 'final', outcome: 'positive', decidedOn: `${startYear + 1}-07-01` })).statusCode).toBe(403);
    const other = await loginAsAnyone(t, 'k.dewit@demo.koers.nl');
    expect((await advise(other, { programmeId: student.programme_id, kind: 'final', outcome: 'positive', decidedOn: `${startYear + 1}-07-01` })).statusCode).toBe(403);
    const final = await advise(admin, { programmeId: student.programme_id, kind: 'final', outcome: 'negative', decidedOn: `${startYear + 1}-07-01` });
    expect(final.statusCode).toBe(200);
    expect((await progress(slb))?.status).toBe('final_negative');
  });

  it("shows a counsellor this year's first-years of their own caseload only", async () => {
    const res = await t.app.inject({ url: '/api/bsa/first-years', headers: { cookie: slb } });
    expect(res.statusCode).toBe(200);
    const rows = res.json() as BsaStudentRow[];
    expect(rows.map((r) => r.studentId)).toContain(student.id);
    expect(rows.every((r) => r.schoolYear === year)).toBe(true);
    const all = (await t.app.inject({ url: '/api/bsa/first-years', headers: { cookie: admin } })).json() as BsaStudentRow[];
    expect(all.length).toBeGreaterThan(rows.length);
  });
});
