import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv/parse';
import { readTestResults } from '../../src/domain/guidance/test-results';
import type { CaseloadRow } from '../../src/shared/guidance';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

describe('reading a test results file', () => {
  it('recognises Dutch headers, Dutch dates and decimal commas, and derives "passed" from the grade', () => {
    const { rows, problems } = readTestResults(parseCsv('Studentnummer;Toets;Datum;Cijfer\n100001;Wiskunde 1;14-10-2026;4,8\n100001;Engels;2026-10-15;7\n'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.course, r.takenOn, r.grade, r.passed])).toEqual([
      ['Wiskunde 1', '2026-10-14', 4.8, false],
      ['Engels', '2026-10-15', 7, true],
    ]);
    expect(readTestResults(parseCsv('studentnummer,vak,datum,behaald\n1,Project,1-11-2026,nee\n')).rows[0]?.passed).toBe(false);
  });

  it('reports every problem with row and column, and returns no rows then', () => {
    const { rows, problems } = readTestResults(parseCsv('studentnummer;toets;datum;cijfer\n;Wiskunde;31-02-2026;11\n2;Engels;1-10-2026;6\n2;engels;1-10-2026;7\n'));
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'studentnummer'],
      [2, 'datum'],
      [2, 'cijfer'],
      [4, 'toets'],
    ]);
    expect(readTestResults(parseCsv('naam;cijfer\nx;6\n')).problems.map((p) => p.column)).toEqual(['studentnummer', 'toets', 'datum']);
  });
});

describe('importing test results', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await loginAs(t.app, 'admin@demo.koers.nl');
  });
  afterAll(async () => t?.close());

  const upload = (csv: string) => t.app.inject({ method: 'POST', url: '/api/admin/test-results', headers: { cookie: admin, 'content-type': 'text/csv' }, payload: csv });

  it('refuses a file with an unknown student number, importing nothing', async () => {
    const before = await t.ctx.db.selectFrom('test_result').select('id').execute();
    const res = await upload('studentnummer;toets;datum;cijfer\n999999;Wiskunde;14-10-2026;4\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('test_results_invalid');
    expect(res.json().error.details.errors[0]).toMatchObject({ row: 2, column: 'studentnummer', message: 'Onbekend studentnummer "999999".' });
    expect(await t.ctx.db.selectFrom('test_result').select('id').execute()).toHaveLength(before.length);
  });

  it('imports, updates on a second run, and makes failed tests a caseload signal', async () => {
    const lisa = await t.ctx.db.selectFrom('app_user').select(['id', 'student_number']).where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow();
    const year = new Date().getUTCMonth() >= 7 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const csv = `studentnummer;toets;datum;cijfer\n${lisa.student_number};Wiskunde;01-09-${year};4,2\n${lisa.student_number};Programmeren;02-09-${year};5,1\n${lisa.student_number};Engels;03-09-${year};7,5\n`;
    const first = await upload(csv);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ rows: 3, inserted: 3, updated: 0, failed: 2 });
    const again = await upload(csv.replace('4,2', '6,0'));
    expect(again.json()).toEqual({ rows: 3, inserted: 0, updated: 3, failed: 1 });
    const slb = await loginAs(t.app, 'slb@demo.koers.nl');
    const before = (await t.app.inject({ url: '/api/caseload?q=lisa', headers: { cookie: slb } })).json() as CaseloadRow[];
    expect(before[0]?.signals.some((s) => s.code === 'toetsen_onvoldoende')).toBe(false);
    await upload(csv);
    const after = (await t.app.inject({ url: '/api/caseload?signal=toetsen_onvoldoende', headers: { cookie: slb } })).json() as CaseloadRow[];
    expect(after.map((r) => r.studentId)).toEqual([lisa.id]);
    expect(after[0]?.signals.find((s) => s.code === 'toetsen_onvoldoende')?.explanation).toBe('2 toetsen niet gehaald dit schooljaar (o.a. Wiskunde, Programmeren).');
  });
});
