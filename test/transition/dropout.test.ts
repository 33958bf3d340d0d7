import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv/parse';
import type { Actor } from '../../src/server/policies/policy';
import { dropoutAnalysis, dropoutCsvExport } from '../../src/server/services/dropout-analytics.service';
import type { DropoutGroup } from '../../src/shared/study-progress';
import { createTestApp, type TestApp } from '../helpers/app';

/*
 * A known dataset in a school of its own: programme A with 10 starters (2 switches, 3 dropouts in
 * the first year, one more leaver after it), programme B with 3 starters (1 dropout). Minimum group size 5.
 */
describe('dropout analysis on a known dataset', () => {
  let t: TestApp;
  let actor: Actor;
  const year = '2024-2025';

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.ctx.db;
    const inst = await db.insertInto('institution').values({ name: 'Testhogeschool', min_group_size: 5 }).returning('id').executeTakeFirstOrThrow();
    const manager = await db
      .insertInto('app_user')
      .values({ institution_id: inst.id, role: 'manager', first_name: 'M', last_name: 'Anager', display_name: 'M Anager', sort_name: 'Anager M', email: 'm@test.nl' })
      .returning('id')
      .executeTakeFirstOrThrow();
    actor = { id: manager.id, institutionId: inst.id, role: 'manager', name: 'M', email: 'm@test.nl', language: 'nl', sessionId: 'test' };
    const sector = await db.insertInto('sector').values({ institution_id: inst.id, name: 'S', code: 'S' }).returning('id').executeTakeFirstOrThrow();
    const programme = async (code: string) => {
      const p = await db.insertInto('programme').values({ institution_id: inst.id, sector_id: sector.id, name: `Opleiding ${code}`, code, level: 'hbo' }).returning('id').executeTakeFirstOrThrow();
      const c = await db.insertInto('cohort').values({ programme_id: p.id, name: `${code}-1`, school_year: year }).returning('id').executeTakeFirstOrThrow();
      return c.id;
    };
    const cohortA = await programme('A');
    const cohortB = await programme('B');
    const starter = async (n: number, cohortId: string, gender: string) => {
      const u = await db
        .insertInto('app_user')
        .values({ institution_id: inst.id, role: 'student', first_name: `S${n}`, last_name: 'Test', display_name: `S${n} Test`, sort_name: `Test S${n}`, student_number: `${1000 + n}`, gender })
        .returning('id')
        .executeTakeFirstOrThrow();
      const e = await db.insertInto('enrolment').values({ student_id: u.id, cohort_id: cohortId, start_date: '2024-09-01', end_date: null }).returning('id').executeTakeFirstOrThrow();
      return { studentId: u.id, enrolmentId: e.id };
    };
    const exit = async (s: { studentId: string; enrolmentId: string }, kind: string, exitOn: string, reasons: string[]) => {
      const x = await db
        .insertInto('study_exit')
        .values({ institution_id: inst.id, student_id: s.studentId, enrolment_id: s.enrolmentId, exit_on: exitOn, kind, destination: kind === 'switch' ? 'other_institution' : 'work', recorded_by: manager.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('study_exit_reason').values(reasons.map((reason) => ({ exit_id: x.id, reason }))).execute();
    };
    const a = [];
    for (let i = 0; i < 10; i++) a.push(await starter(i, cohortA, i < 6 ? 'v' : 'm'));
    const b = [];
    for (let i = 10; i < 13; i++) b.push(await starter(i, cohortB, 'x'));
    await exit(a[0]!, 'switch', '2024-12-01', ['wrong_choice', 'expectations']);
    await exit(a[1]!, 'switch', '2025-02-01', ['wrong_choice']);
    await exit(a[2]!, 'dropout', '2024-11-01', ['personal']);
    await exit(a[3]!, 'dropout', '2025-03-01', ['level', 'study_skills']);
    await exit(a[4]!, 'dropout', '2025-06-01', ['personal', 'other']);
    // After the first year: not a first-year dropout.
    await exit(a[5]!, 'dropout', '2025-10-01', ['personal']);
    await exit(b[0]!, 'dropout', '2024-10-01', ['personal']);
    for (const s of a.slice(0, 5))
      await db.insertInto('intake').values({ institution_id: inst.id, student_id: s.studentId, enrolment_id: s.enrolmentId, prior_education: 'havo', created_by: manager.id }).execute();
  });
  afterAll(async () => t?.close());

  const byKey = (groups: DropoutGroup[]) => Object.fromEntries(groups.map((g) => [g.key, g]));

  it('computes rates per programme and counts every reason a leaver gave', async () => {
    const { groups, minGroupSize } = await dropoutAnalysis(t.ctx, actor, 'programme');
    expect(minGroupSize).toBe(5);
    const g = byKey(groups);
    expect(g['Opleiding A']).toEqual({
      key: 'Opleiding A',
      suppressed: false,
      starters: 10,
      switches: 2,
      dropouts: 3,
      switchRate: 0.2,
      dropoutRate: 0.3,
      reasons: { expectations: 1, study_skills: 1, wrong_choice: 2, level: 1, personal: 2, other: 1 },
    });
    // Eight reasons for five leavers: the shares of reasons do not add up to 100%.
    expect(Object.values(g['Opleiding A']?.reasons ?? {}).reduce((s, n) => s + n, 0)).toBe(8);
  });

  it('suppresses a group below the minimum size entirely, and reasons when the leavers are too few', async () => {
    const programme = byKey((await dropoutAnalysis(t.ctx, actor, 'programme')).groups);
    expect(programme['Opleiding B']).toEqual({ key: 'Opleiding B', suppressed: true, starters: null, switches: null, dropouts: null, switchRate: null, dropoutRate: null, reasons: null });
    const gender = byKey((await dropoutAnalysis(t.ctx, actor, 'gender')).groups);
    expect(gender.v).toMatchObject({ starters: 6, switches: 2, dropouts: 3, suppressed: false });
    expect(gender.m?.suppressed).toBe(true);
    expect(gender.x?.suppressed).toBe(true);
    const year = byKey((await dropoutAnalysis(t.ctx, actor, 'year')).groups);
    expect(year['2024-2025']).toMatchObject({ starters: 13, switches: 2, dropouts: 4 });
    expect(year['2024-2025']?.reasons?.personal).toBe(3);
    const { total } = await dropoutAnalysis(t.ctx, actor, 'gender');
    expect(total).toMatchObject({ starters: 13, switches: 2, dropouts: 4, reasons: { personal: 3, wrong_choice: 2 } });
    const prior = byKey((await dropoutAnalysis(t.ctx, actor, 'prior_education')).groups);
    expect(prior.havo).toMatchObject({ starters: 5, switches: 2, dropouts: 3 });
    expect(prior.unknown).toMatchObject({ starters: 8, switches: 0, dropouts: 1, reasons: null });
  });

  it('exports a CSV that parses back to the same figures with the same suppression', async () => {
    const { csv, filename } = await dropoutCsvExport(t.ctx, actor, 'programme', '127.0.0.1');
    expect(filename).toBe('uitval-programme.csv');
    const parsed = parseCsv(csv);
    expect(parsed.headers.slice(0, 6)).toEqual(['opleiding', 'starters', 'switches', 'uitval', 'switchpercentage', 'uitvalpercentage']);
    const rows = Object.fromEntries(parsed.rows.map((r) => [r.values[0], r.values]));
    expect(rows['Opleiding A']?.slice(1, 6)).toEqual(['10', '2', '3', '20,0', '30,0']);
    expect(rows['Opleiding A']?.slice(6)).toEqual(['1', '1', '2', '1', '2', '1']);
    expect(rows['Opleiding B']?.slice(1).every((cell: string) => cell === '')).toBe(true);
  });
});
