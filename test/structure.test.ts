import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolYearOf } from '../src/domain/dates/school-year';
import { today } from '../src/server/repositories/relationships.repository';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { createOtherInstitution } from './helpers/other-institution';

interface Tree {
  sectors: {
    id: string;
    code: string;
    name: string;
    programmes: { id: string; code: string; level: string; cohorts: { id: string; name: string; schoolYear: string; studentCount: number }[] }[];
  }[];
}

let t: TestApp;
let admin: string;
let other: Awaited<ReturnType<typeof createOtherInstitution>>;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
  other = await createOtherInstitution(t.ctx);
});
afterAll(async () => t?.close());

const send = (method: 'POST' | 'PATCH', url: string, payload: object, cookie = admin) => t.app.inject({ method, url, headers: { cookie }, payload });
const structure = async (cookie = admin) => {
  const res = await t.app.inject({ url: '/api/structure', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json() as Tree;
};
const cohortsOf = (tree: Tree) => tree.sectors.flatMap((s) => s.programmes.flatMap((p) => p.cohorts));
const lastAudit = (action: string) =>
  t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirstOrThrow();

describe('reading the structure', () => {
  it('returns the demo sectors, programmes and cohorts with active enrolment counts', async () => {
    const tree = await structure();
    expect(tree.sectors.map((s) => s.code).sort()).toEqual(['ECO', 'TECH', 'ZW']);
    const hict = tree.sectors.flatMap((s) => s.programmes).find((p) => p.code === 'HICT');
    expect(hict?.level).toBe('hbo');
    const current = schoolYearOf(new Date());
    const hict2b = hict?.cohorts.find((c) => c.name === 'HICT-2B' && c.schoolYear === current);
    expect(hict2b?.studentCount).toBe(12);
    // Last year's classes have only ended enrolments, so they count nobody.
    const lastYear = cohortsOf(tree).filter((c) => c.schoolYear !== current);
    expect(lastYear.length).toBeGreaterThan(0);
    expect(lastYear.every((c) => c.studentCount === 0)).toBe(true);
    expect(cohortsOf(tree).reduce((n, c) => n + c.studentCount, 0)).toBe(72);
  });

  it('never shows another institution', async () => {
    const tree = await structure();
    expect(tree.sectors.some((s) => s.id === other.sectorId)).toBe(false);
  });

  it('is readable by staff who work with the structure, not by students or parents', async () => {
    for (const email of ['slb@demo.koers.nl', 'zorg@demo.koers.nl', 'manager@demo.koers.nl']) {
      await structure(await loginAs(t.app, email));
    }
    for (const email of ['student@demo.koers.nl', 'ouder@demo.koers.nl']) {
      const res = await t.app.inject({ url: '/api/structure', headers: { cookie: await loginAs(t.app, email) } });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('managing the structure', () => {
  it('creates and renames a sector, audited, and refuses a duplicate code', async () => {
    const created = await send('POST', '/api/admin/sectors', { name: 'Kunst & Cultuur', code: 'KC' });
    expect(created.statusCode).toBe(201);
    const sector = created.json();
    expect(sector).toMatchObject({ name: 'Kunst & Cultuur', code: 'KC' });
    expect((await structure()).sectors.find((s) => s.id === sector.id)?.programmes).toEqual([]);
    expect(await lastAudit('sector.created')).toMatchObject({ entity_id: sector.id, entity_type: 'sector' });

    const duplicate = await send('POST', '/api/admin/sectors', { name: 'Nog eens techniek', code: 'TECH' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ id: 'code_taken', message: 'Deze code is al in gebruik.' });

    const renamed = await send('PATCH', `/api/admin/sectors/${sector.id}`, { name: 'Kunst' });
    expect(renamed.json()).toEqual({ id: sector.id, name: 'Kunst', code: 'KC' });
    expect((await lastAudit('sector.updated')).detail).toEqual({ changes: { name: { from: 'Kunst & Cultuur', to: 'Kunst' } } });
    const clash = await send('PATCH', `/api/admin/sectors/${sector.id}`, { code: 'ECO' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.id).toBe('code_taken');
  });

  it('creates a programme and a cohort, validating the school year', async () => {
    const tech = (await structure()).sectors.find((s) => s.code === 'TECH');
    const programme = await send('POST', '/api/admin/programmes', { sectorId: tech?.id, name: 'Werktuigbouwkunde', code: 'WTB', level: 'hbo' });
    expect(programme.statusCode).toBe(201);
    expect(programme.json()).toMatchObject({ sectorId: tech?.id, code: 'WTB', level: 'hbo' });
    const programmeId = programme.json().id;

    const badYear = await send('POST', '/api/admin/cohorts', { programmeId, name: 'WTB-1A', schoolYear: '2026-2028' });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error.id).toBe('validation_failed');
    expect(badYear.json().error.details.map((d: { path: string }) => d.path)).toEqual(['schoolYear']);

    const cohort = await send('POST', '/api/admin/cohorts', { programmeId, name: 'WTB-1A', schoolYear: '2026-2027' });
    expect(cohort.statusCode).toBe(201);
    expect(cohort.json()).toMatchObject({ programmeId, name: 'WTB-1A', schoolYear: '2026-2027' });
    const again = await send('POST', '/api/admin/cohorts', { programmeId, name: 'WTB-1A', schoolYear: '2026-2027' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.id).toBe('conflict');

    const tree = await structure();
    const wtb = tree.sectors.find((s) => s.code === 'TECH')?.programmes.find((p) => p.code === 'WTB');
    expect(wtb?.cohorts).toEqual([{ id: cohort.json().id, name: 'WTB-1A', schoolYear: '2026-2027', studentCount: 0 }]);

    const renamed = await send('PATCH', `/api/admin/cohorts/${cohort.json().id}`, { name: 'WTB-1B' });
    expect(renamed.json().name).toBe('WTB-1B');
    const moved = await send('PATCH', `/api/admin/programmes/${programmeId}`, { level: 'mbo', code: 'WTB2' });
    expect(moved.json()).toMatchObject({ level: 'mbo', code: 'WTB2' });
    const taken = await send('PATCH', `/api/admin/programmes/${programmeId}`, { code: 'HICT' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.id).toBe('code_taken');
  });

  it('refuses a duplicate programme code', async () => {
    const eco = (await structure()).sectors.find((s) => s.code === 'ECO');
    const res = await send('POST', '/api/admin/programmes', { sectorId: eco?.id, name: 'Tweede ICT', code: 'HICT', level: 'hbo' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.id).toBe('code_taken');
  });

  it("answers 404 for another institution's sector, programme or cohort", async () => {
    const tree = await structure();
    const ownProgramme = tree.sectors[0]?.programmes[0];
    const checks = [
      await send('POST', '/api/admin/programmes', { sectorId: other.sectorId, name: 'X', code: 'XX', level: 'vo' }),
      await send('POST', '/api/admin/cohorts', { programmeId: other.programmeId, name: 'X', schoolYear: '2026-2027' }),
      await send('PATCH', `/api/admin/sectors/${other.sectorId}`, { name: 'Overgenomen' }),
      await send('PATCH', `/api/admin/programmes/${other.programmeId}`, { name: 'Overgenomen' }),
      await send('PATCH', `/api/admin/programmes/${ownProgramme?.id}`, { sectorId: other.sectorId }),
      await send('PATCH', `/api/admin/cohorts/${other.cohortId}`, { name: 'Overgenomen' }),
    ];
    expect(checks.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    const row = await t.ctx.db.selectFrom('sector').select('name').where('id', '=', other.sectorId).executeTakeFirstOrThrow();
    expect(row.name).toBe('Techniek');
  });

  it('is for admins only', async () => {
    const counsellor = await loginAs(t.app, 'slb@demo.koers.nl');
    const res = await send('POST', '/api/admin/sectors', { name: 'Sport', code: 'SP' }, counsellor);
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.selectFrom('sector').select('id').where('code', '=', 'SP').executeTakeFirst()).toBeUndefined();
  });
});

describe('enrolments', () => {
  it('moves a student to another cohort: the old enrolment ends, the new one counts', async () => {
    const tree = await structure();
    const current = schoolYearOf(new Date());
    const cohorts = tree.sectors.flatMap((s) => s.programmes.flatMap((p) => p.cohorts.map((c) => ({ ...c, programme: p.code }))));
    const from = cohorts.find((c) => c.name === 'HICT-1A' && c.schoolYear === current);
    const to = cohorts.find((c) => c.name === 'BK-2A' && c.schoolYear === current);
    const student = await t.ctx.db
      .selectFrom('enrolment')
      .select(['id', 'student_id'])
      .where('cohort_id', '=', from?.id ?? '')
      .where('end_date', 'is', null)
      .executeTakeFirstOrThrow();
    const day = today();
    const res = await send('POST', '/api/admin/enrolments', { studentId: student.student_id, cohortId: to?.id, startDate: day });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ studentId: student.student_id, cohortId: to?.id, startDate: day, endDate: null, endedEnrolmentIds: [student.id] });

    const after = cohortsOf(await structure());
    expect(after.find((c) => c.id === from?.id)?.studentCount).toBe((from?.studentCount ?? 0) - 1);
    expect(after.find((c) => c.id === to?.id)?.studentCount).toBe((to?.studentCount ?? 0) + 1);
    const rows = await t.ctx.db.selectFrom('enrolment').select(['cohort_id', 'end_date']).where('student_id', '=', student.student_id).execute();
    expect(rows).toContainEqual({ cohort_id: from?.id, end_date: day });
    expect(rows).toContainEqual({ cohort_id: to?.id, end_date: null });
    const audits = await t.ctx.db.selectFrom('audit_log').select('action').where('student_id', '=', student.student_id).execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['enrolment.created', 'enrolment.ended']);

    const same = await send('POST', '/api/admin/enrolments', { studentId: student.student_id, cohortId: to?.id, startDate: day });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.id).toBe('invalid_state');
  });

  it("refuses another institution's student or cohort", async () => {
    const cohort = cohortsOf(await structure())[0];
    const student = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow();
    const a = await send('POST', '/api/admin/enrolments', { studentId: other.studentId, cohortId: cohort?.id, startDate: today() });
    const b = await send('POST', '/api/admin/enrolments', { studentId: student.id, cohortId: other.cohortId, startDate: today() });
    expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
  });
});
