import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/server/repositories/relationships.repository';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { createOtherInstitution, userId } from './helpers/other-institution';

interface Item {
  id: string;
  counsellor: { id: string; name: string };
  student: { id: string; name: string; studentNumber: string };
  startDate: string;
  endDate: string | null;
}

let t: TestApp;
let admin: string;
let slb: string;
let dewit: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  slb = await userId(t.ctx, 'slb@demo.koers.nl');
  dewit = await userId(t.ctx, 'k.dewit@demo.koers.nl');
});
afterAll(async () => t?.close());

const list = async (query: string) => {
  const res = await t.app.inject({ url: `/api/admin/assignments?${query}`, headers: { cookie: admin } });
  expect(res.statusCode).toBe(200);
  return res.json().items as Item[];
};
const assign = (payload: object, cookie = admin) => t.app.inject({ method: 'POST', url: '/api/admin/assignments', headers: { cookie }, payload });
const end = (id: string, endDate: string) => t.app.inject({ method: 'POST', url: `/api/admin/assignments/${id}/end`, headers: { cookie: admin }, payload: { endDate } });

/** Students with a running assignment to `counsellorId`, in a stable order. */
async function caseload(counsellorId: string): Promise<string[]> {
  return (await list(`counsellorId=${counsellorId}`)).map((i) => i.student.id).sort();
}

describe('listing assignments', () => {
  it('shows current counsellors, and the history only with includeEnded=true', async () => {
    const student = await userId(t.ctx, 'student@demo.koers.nl');
    const current = await list(`studentId=${student}`);
    expect(current.map((i) => i.counsellor.name)).toEqual(['Youssef el Amrani']);
    expect(current[0]).toMatchObject({ student: { id: student, name: 'Lisa Meijer' }, endDate: null });
    const all = await list(`studentId=${student}&includeEnded=true`);
    expect(all).toHaveLength(2);
    expect(all.find((i) => i.counsellor.id === dewit)?.endDate).toMatch(/^\d{4}-07-31$/);
  });

  it('requires a student or a counsellor to filter on', async () => {
    const res = await t.app.inject({ url: '/api/admin/assignments', headers: { cookie: admin } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('validation_failed');
  });
});

describe('ending and re-assigning keeps the history', () => {
  it('ends an assignment, starts a new one, and keeps both rows', async () => {
    const day = today();
    const [studentId] = await caseload(slb);
    const old = (await list(`studentId=${studentId}&counsellorId=${slb}`))[0];
    expect(old).toBeDefined();

    const before = await t.app.inject({ url: `/api/students/${studentId}`, headers: { cookie: await loginAs(t.app, 'slb@demo.koers.nl') } });
    expect(before.statusCode).toBe(200);

    const ended = await end(old?.id ?? '', day);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ id: old?.id, endDate: day, counsellor: { id: slb } });
    const created = await assign({ counsellorId: dewit, studentIds: [studentId], startDate: day });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ created: 1, skipped: 0, skippedStudents: [] });

    const history = await t.ctx.db
      .selectFrom('assignment')
      .select(['id', 'counsellor_id', 'start_date', 'end_date', 'ended_by'])
      .where('student_id', '=', studentId ?? '')
      .execute();
    expect(history.find((a) => a.id === old?.id)).toMatchObject({ counsellor_id: slb, start_date: old?.startDate, end_date: day });
    expect(history.find((a) => a.counsellor_id === dewit && a.end_date === null)).toBeDefined();
    expect((await list(`studentId=${studentId}`)).map((i) => i.counsellor.id)).toEqual([dewit]);
    expect((await list(`studentId=${studentId}&includeEnded=true`)).map((i) => i.id)).toContain(old?.id);

    // Ending takes effect the same day: the former counsellor no longer opens the file.
    const after = await t.app.inject({ url: `/api/students/${studentId}`, headers: { cookie: await loginAs(t.app, 'slb@demo.koers.nl') } });
    expect(after.statusCode).toBe(403);

    const actions = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_id']).where('student_id', '=', studentId ?? '').execute();
    expect(actions).toContainEqual({ action: 'assignment.ended', entity_id: old?.id });
    expect(actions.filter((a) => a.action === 'assignment.created')).toHaveLength(1);

    const twice = await end(old?.id ?? '', day);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.id).toBe('invalid_state');
  });

  it('refuses an end date before the start date', async () => {
    const [item] = await list(`counsellorId=${dewit}`);
    const res = await end(item?.id ?? '', '2000-01-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ id: 'validation_failed', details: [expect.objectContaining({ path: 'endDate' })] });
    expect((await list(`counsellorId=${dewit}`)).map((i) => i.id)).toContain(item?.id);
  });

  it('answers 404 for an unknown assignment', async () => {
    expect((await end('00000000-0000-4000-8000-000000000000', today())).statusCode).toBe(404);
  });
});

describe('bulk assignment', () => {
  it('creates one row per student and skips students the counsellor already has', async () => {
    const pinas = await userId(t.ctx, 'r.pinas@demo.koers.nl');
    const theirs = await caseload(pinas);
    const fromSlb = (await caseload(slb)).slice(0, 3);
    const mine = theirs.slice(0, 2);
    const res = await assign({ counsellorId: pinas, studentIds: [...fromSlb, ...mine, fromSlb[0]], startDate: today() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ created: 3, skipped: 2 });
    expect(body.skippedStudents.map((s: { id: string }) => s.id).sort()).toEqual([...mine].sort());
    expect(await caseload(pinas)).toEqual([...theirs, ...fromSlb].sort());
    // The students keep slb@ as well: an assignment adds a counsellor, it does not replace one.
    expect(await caseload(slb)).toEqual(expect.arrayContaining(fromSlb));

    const again = await assign({ counsellorId: pinas, studentIds: fromSlb, startDate: today() });
    expect(again.json()).toMatchObject({ created: 0, skipped: 3 });
  });

  it('handles a large batch in one go', async () => {
    const students = await t.ctx.db.selectFrom('app_user').select('id').where('role', '=', 'student').execute();
    const kaya = await userId(t.ctx, 'a.kaya@demo.koers.nl');
    const had = (await caseload(kaya)).length;
    const res = await assign({ counsellorId: kaya, studentIds: students.map((s) => s.id), startDate: today() });
    expect(res.json()).toMatchObject({ created: students.length - had, skipped: had });
    expect(await caseload(kaya)).toHaveLength(students.length);
  });

  it('checks that the counsellor is a counsellor and the students are students of this institution', async () => {
    const student = await userId(t.ctx, 'student@demo.koers.nl');
    const manager = await userId(t.ctx, 'manager@demo.koers.nl');
    const other = await createOtherInstitution(t.ctx);

    const notCounsellor = await assign({ counsellorId: manager, studentIds: [student], startDate: today() });
    expect(notCounsellor.statusCode).toBe(400);
    expect(notCounsellor.json().error.details).toEqual([{ path: 'counsellorId', in: 'body', message: expect.stringContaining('studieloopbaanbegeleider') }]);

    const badStudents = await assign({ counsellorId: slb, studentIds: [student, manager, other.studentId], startDate: today() });
    expect(badStudents.statusCode).toBe(400);
    expect(badStudents.json().error.details.map((d: { path: string }) => d.path)).toEqual(['studentIds.1', 'studentIds.2']);

    const foreignCounsellor = await assign({ counsellorId: other.counsellorId, studentIds: [student], startDate: today() });
    expect(foreignCounsellor.statusCode).toBe(404);

    const assigned = await t.ctx.db.selectFrom('assignment').select('id').where('student_id', '=', other.studentId).execute();
    expect(assigned).toHaveLength(0);
  });

  it('validates the batch size and is for admins only', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect((await assign({ counsellorId: slb, studentIds: ids, startDate: today() })).statusCode).toBe(400);
    expect((await assign({ counsellorId: slb, studentIds: [], startDate: today() })).statusCode).toBe(400);
    const student = await userId(t.ctx, 'student@demo.koers.nl');
    const res = await assign({ counsellorId: dewit, studentIds: [student], startDate: today() }, await loginAs(t.app, 'slb@demo.koers.nl'));
    expect(res.statusCode).toBe(403);
  });
});
