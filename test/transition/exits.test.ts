import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitProblems } from '../../src/domain/transition/exit';
import type { ExitView } from '../../src/shared/study-progress';
import { loginAsAnyone } from '../competencies/helpers';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

describe('exit rules', () => {
  it('keeps switch and dropout apart and refuses a date before the enrolment', () => {
    const base = { kind: 'dropout' as const, destination: 'work' as const, destinationProgrammeId: null, exitOn: '2026-11-01', enrolmentStart: '2026-08-01' };
    expect(exitProblems(base)).toEqual([]);
    expect(exitProblems({ ...base, exitOn: '2026-07-31' }).map((p) => p.path)).toEqual(['exitOn']);
    expect(exitProblems({ ...base, destination: 'other_institution' }).map((p) => p.path)).toEqual(['destination']);
    expect(exitProblems({ ...base, kind: 'switch', destination: 'programme_here' }).map((p) => p.path)).toEqual(['destinationProgrammeId']);
  });
});

describe('registering a switch or dropout', () => {
  let t: TestApp;
  let slb: string;
  let student: { id: string; enrolment_id: string; start_date: string };
  let otherProgramme: string;
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    slb = await loginAs(t.app, 'slb@demo.koers.nl');
    student = await t.ctx.db
      .selectFrom('enrolment as e')
      .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
      .innerJoin('app_user as u', 'u.id', 'e.student_id')
      .select(['u.id', 'e.id as enrolment_id', 'e.start_date'])
      .where('c.name', '=', 'HICT-1A')
      .where('e.end_date', 'is', null)
      .orderBy('u.sort_name', 'desc')
      .executeTakeFirstOrThrow();
    otherProgramme = (await t.ctx.db.selectFrom('programme').select('id').where('code', '=', 'BK').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t?.close());

  const register = (cookie: string, body: object) => t.app.inject({ method: 'POST', url: `/api/students/${student.id}/exits`, headers: { cookie }, payload: body });
  const enrolmentEnd = async () => (await t.ctx.db.selectFrom('enrolment').select('end_date').where('id', '=', student.enrolment_id).executeTakeFirstOrThrow()).end_date;
  const startYear = () => Number(String(student.start_date).slice(0, 4));

  it('refuses a date before the enrolment start and leaves the enrolment running', async () => {
    const res = await register(slb, { kind: 'dropout', exitOn: `${startYear()}-07-01`, destination: 'work', reasons: ['personal'] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.id).toBe('study_exit_invalid');
    expect(res.json().error.details[0].path).toBe('exitOn');
    expect(await enrolmentEnd()).toBeNull();
    expect((await register(slb, { kind: 'switch', exitOn: `${startYear()}-11-01`, destination: 'programme_here', reasons: [] })).statusCode).toBe(400);
  });

  it('is for a current counsellor or an admin, not the student or another counsellor', async () => {
    const body = { kind: 'dropout', exitOn: `${startYear()}-11-01`, destination: 'work', reasons: ['personal'] };
    expect((await register(await loginAs(t.app, 'student@demo.koers.nl'), body)).statusCode).toBe(403);
    expect((await register(await loginAsAnyone(t, 'k.dewit@demo.koers.nl'), body)).statusCode).toBe(403);
    expect(await enrolmentEnd()).toBeNull();
  });

  it('ends the enrolment, stores several reasons and proposes an exit conversation, in one go', async () => {
    const exitOn = `${startYear()}-11-15`;
    const res = await register(slb, {
      kind: 'switch',
      exitOn,
      destination: 'programme_here',
      destinationProgrammeId: otherProgramme,
      reasons: ['wrong_choice', 'expectations'],
      note: 'Past beter bij Bedrijfskunde.',
      conversationAt: `${startYear()}-11-20T10:00:00+01:00`,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [exit] = res.json() as ExitView[];
    expect(exit).toMatchObject({ kind: 'switch', exitOn, destination: 'programme_here', destinationProgramme: 'Bedrijfskunde', programme: 'HBO-ICT' });
    expect(exit?.reasons).toEqual(['expectations', 'wrong_choice']);
    expect(String(await enrolmentEnd())).toBe(exitOn);
    const conversation = await t.ctx.db.selectFrom('conversation').select(['type', 'student_id', 'status']).where('id', '=', exit?.conversationId ?? '').executeTakeFirstOrThrow();
    expect(conversation).toEqual({ type: 'exit', student_id: student.id, status: 'proposed' });
    const again = await register(slb, { kind: 'dropout', exitOn, destination: 'unknown', reasons: ['other'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.id).toBe('no_open_enrolment');
    const list = await t.app.inject({ url: `/api/students/${student.id}/exits`, headers: { cookie: slb } });
    expect((list.json() as ExitView[]).map((x) => x.id)).toEqual([exit?.id]);
  });
});
