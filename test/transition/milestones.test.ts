import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestoneSignals } from '../../src/domain/guidance/milestone-signals';
import { journeySignalApplies, milestoneDueOn, milestoneState, summarise } from '../../src/domain/transition/milestones';
import type { CaseloadRow } from '../../src/shared/guidance';
import type { JourneyView, ProgrammeMilestones } from '../../src/shared/intake';
import { client } from '../competencies/helpers';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { freshFirstYear } from './helpers';

describe('first-100-days rules', () => {
  it('puts a milestone due at the end of its week, counting the start day as day 1', () => {
    expect(milestoneDueOn('2026-09-01', 1)).toBe('2026-09-07');
    expect(milestoneDueOn('2026-09-01', 3)).toBe('2026-09-21');
  });

  it('is done when met (also late), missed after the due date, upcoming until then', () => {
    expect(milestoneState('2026-09-21', '2026-09-30', '2026-10-01')).toBe('done');
    expect(milestoneState('2026-09-21', null, '2026-09-21')).toBe('upcoming');
    expect(milestoneState('2026-09-21', null, '2026-09-22')).toBe('missed');
    expect(summarise([{ dueOn: '2026-09-07', metOn: null }, { dueOn: '2026-09-07', metOn: '2026-09-05' }, { dueOn: '2027-01-01', metOn: null }], '2026-10-01')).toEqual({
      done: 1,
      missed: 1,
      upcoming: 1,
      total: 3,
    });
    expect(journeySignalApplies('2026-09-01', '2027-08-31')).toBe(true);
    expect(journeySignalApplies('2026-09-01', '2027-09-01')).toBe(false);
  });

  it('signals missed milestones, more urgently when several are missed', () => {
    expect(milestoneSignals({ missedMilestones: 0, firstMissedMilestone: null })).toEqual([]);
    const one = milestoneSignals({ missedMilestones: 1, firstMissedMilestone: { nl: 'Eerste gesprek', en: 'First talk' } });
    expect(one[0]?.severity).toBe('medium');
    expect(one[0]?.explanation.nl).toContain('Eerste gesprek');
    expect(milestoneSignals({ missedMilestones: 3, firstMissedMilestone: { nl: 'A', en: 'A' } })[0]?.severity).toBe('high');
  });
});

describe('first 100 days in the database', () => {
  let t: TestApp;
  let slb: string;
  let admin: string;
  let api: ReturnType<typeof client>;
  let student: { studentId: string; programmeId: string };

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    api = client(t);
    slb = await loginAs(t.app, 'slb@demo.koers.nl');
    admin = await loginAs(t.app, 'admin@demo.koers.nl');
    student = await freshFirstYear(t, 40);
  });
  afterAll(async () => t?.close());

  const journey = async (cookie: string) => {
    const res = await api.call('GET', `/api/students/${student.studentId}/milestones`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as JourneyView;
  };

  it('uses the defaults of the level, with states from SQL that match the pure rule', async () => {
    const view = await journey(slb);
    expect(view.ownMilestones).toBe(false);
    expect(view.day).toBe(41);
    expect(view.items.length).toBeGreaterThan(2);
    const today = new Date().toISOString().slice(0, 10);
    for (const item of view.items) {
      expect(item.dueOn).toBe(milestoneDueOn(view.journeyStart ?? '', item.week));
      expect(item.state).toBe(milestoneState(item.dueOn, item.metOn, today));
    }
    // The intake was removed, so the week-2 intake milestone is missed.
    expect(view.items.find((i) => i.kind === 'intake')?.state).toBe('missed');
  });

  it("lets the admin set a programme's milestones, counts facts, and raises the caseload signal", async () => {
    const save = await api.call('PUT', `/api/admin/programmes/${student.programmeId}/milestones`, admin, {
      items: [
        { nameNl: 'Kennismaking met de buddy', nameEn: 'Meet your buddy', week: 1, kind: 'manual' },
        { nameNl: 'Eerste gesprek', nameEn: 'First talk', week: 3, kind: 'conversation' },
        { nameNl: 'Later gesprek', nameEn: 'Later talk', week: 30, kind: 'conversation' },
      ],
    });
    expect(save.statusCode, save.body).toBe(200);
    const saved = save.json() as ProgrammeMilestones;
    expect(saved.own).toBe(true);

    // A conversation held in week 2 meets the first conversation milestone, not the second.
    await sql`DELETE FROM conversation WHERE student_id = ${student.studentId}`.execute(t.ctx.db);
    const counsellor = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'slb@demo.koers.nl').executeTakeFirstOrThrow();
    const held = new Date(Date.now() - 30 * 86_400_000);
    await t.ctx.db
      .insertInto('conversation')
      .values({ institution_id: (await t.ctx.db.selectFrom('institution').select('id').executeTakeFirstOrThrow()).id, student_id: student.studentId, counsellor_id: counsellor.id, type: 'intake', status: 'held', starts_at: held, duration_minutes: 30, proposed_by: counsellor.id, held_at: held })
      .execute();

    const view = await journey(slb);
    expect(view.ownMilestones).toBe(true);
    expect(view.items.map((i) => [i.name, i.state])).toEqual([
      ['Kennismaking met de buddy', 'missed'],
      ['Eerste gesprek', 'done'],
      ['Later gesprek', 'upcoming'],
    ]);
    expect(view.items[0]?.tickable).toBe(true);

    const caseload = await api.call('GET', '/api/caseload?sort=name', slb);
    expect(caseload.statusCode, caseload.body).toBe(200);
    const row = (caseload.json() as CaseloadRow[]).find((r) => r.studentId === student.studentId);
    const signal = row?.signals.find((s) => s.code === 'mijlpaal_gemist');
    expect(signal?.explanation).toContain('Kennismaking met de buddy');

    const manual = view.items[0]?.id ?? '';
    const ticked = await api.call('PUT', `/api/students/${student.studentId}/milestones/${manual}`, slb, { done: true });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect((ticked.json() as JourneyView).items[0]?.state).toBe('done');
    const after = (await api.call('GET', '/api/caseload?sort=name', slb)).json() as CaseloadRow[];
    expect(after.find((r) => r.studentId === student.studentId)?.signals.some((s) => s.code === 'mijlpaal_gemist')).toBe(false);
  });

  it('shows the student their own timeline without ticking, and goes back to the defaults on an empty list', async () => {
    const email = await t.ctx.db.selectFrom('app_user').select('email').where('id', '=', student.studentId).executeTakeFirstOrThrow();
    const { loginAsAnyone } = await import('../competencies/helpers');
    const own = await journey(await loginAsAnyone(t, email.email ?? ''));
    expect(own.items.every((i) => !i.tickable)).toBe(true);
    const reset = await api.call('PUT', `/api/admin/programmes/${student.programmeId}/milestones`, admin, { items: [] });
    expect((reset.json() as ProgrammeMilestones).own).toBe(false);
    expect((await journey(slb)).ownMilestones).toBe(false);
  });
});
