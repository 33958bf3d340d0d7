import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv/parse';
import { readTestResults } from '../../src/domain/guidance/test-results';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';

describe('reading study results with credits', () => {
  it('reads credits and a "resultaat" column that holds a grade or a pass/fail word', () => {
    const { rows, problems } = readTestResults(parseCsv('studentnummer;vak;datum;studiepunten;resultaat\n1;Wiskunde;1-10-2026;5;6,5\n1;Project;2-10-2026;7,5;behaald\n1;Engels;3-10-2026;3;onvoldoende\n'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.course, r.grade, r.passed, r.credits])).toEqual([
      ['Wiskunde', 6.5, true, 5],
      ['Project', null, true, 7.5],
      ['Engels', null, false, 3],
    ]);
  });

  it('reports credits that are not a number and a result that is neither grade nor pass/fail', () => {
    const { rows, problems } = readTestResults(parseCsv('studentnummer;vak;datum;studiepunten;resultaat\n1;Wiskunde;1-10-2026;vijf;6\n1;Project;2-10-2026;5;misschien\n'));
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'studiepunten'],
      [3, 'resultaat'],
    ]);
  });
});

describe('checking and importing study results', () => {
  let t: TestApp;
  let admin: string;
  let lisaNumber: string;
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    admin = await loginAs(t.app, 'admin@demo.koers.nl');
    lisaNumber = (await t.ctx.db.selectFrom('app_user').select('student_number').where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow()).student_number ?? '';
  });
  afterAll(async () => t?.close());

  const post = (url: string, csv: string) => t.app.inject({ method: 'POST', url, headers: { cookie: admin, 'content-type': 'text/csv' }, payload: csv });
  const count = async () => (await t.ctx.db.selectFrom('test_result').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const year = new Date().getUTCMonth() >= 7 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;

  it('lists every problem per row (unknown student, duplicate, credits, date before enrolment) and stores nothing', async () => {
    const before = await count();
    const csv = [
      'studentnummer;toets;datum;studiepunten;resultaat',
      `999999;Wiskunde;01-10-${year};5;7`,
      `${lisaNumber};Engels;02-10-${year};5;7`,
      `${lisaNumber};engels;02-10-${year};5;8`,
      `${lisaNumber};Project;03-10-${year};veel;7`,
      `${lisaNumber};Oriëntatie;01-01-2000;2;7`,
    ].join('\n');
    // Format problems come first: the duplicate and the credits are found while reading.
    const check = await post('/api/admin/test-results/check', csv);
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().valid).toBe(false);
    expect(check.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, 'toets'],
      [5, 'studiepunten'],
    ]);
    const fixed = csv.replace(`${lisaNumber};engels;02-10-${year};5;8\n`, '').replace(';veel;', ';5;');
    const second = (await post('/api/admin/test-results/check', fixed)).json();
    expect(second.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message.slice(0, 24)])).toEqual([
      [2, 'studentnummer', 'Onbekend studentnummer "'],
      [5, 'datum', 'De datum ligt vóór de in'],
    ]);
    const apply = await post('/api/admin/test-results', fixed);
    expect(apply.statusCode).toBe(400);
    expect(apply.json().error.id).toBe('test_results_invalid');
    expect(await count()).toBe(before);
  });

  it('imports a clean file with credits, and the old format without credits still works', async () => {
    const csv = `studentnummer;toets;datum;studiepunten;resultaat\n${lisaNumber};Databases;04-10-${year};5;7,5\n${lisaNumber};Scrum;05-10-${year};2,5;niet behaald\n`;
    expect((await post('/api/admin/test-results/check', csv)).json()).toEqual({ rows: 2, valid: true, errors: [], total: 0 });
    const res = await post('/api/admin/test-results', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 2, inserted: 2, updated: 0, failed: 1 });
    const stored = await t.ctx.db.selectFrom('test_result').select(['course', 'credits', 'passed']).where('course', 'in', ['Databases', 'Scrum']).orderBy('course').execute();
    expect(stored).toEqual([
      { course: 'Databases', credits: 5, passed: true },
      { course: 'Scrum', credits: 2.5, passed: false },
    ]);
    const old = await post('/api/admin/test-results', `studentnummer;toets;datum;cijfer\n${lisaNumber};Statistiek;06-10-${year};6\n`);
    expect(old.json()).toEqual({ rows: 1, inserted: 1, updated: 0, failed: 0 });
  });

  it('refuses the check to anyone but an admin', async () => {
    const slb = await loginAs(t.app, 'slb@demo.koers.nl');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/test-results/check', headers: { cookie: slb, 'content-type': 'text/csv' }, payload: 'x' });
    expect(res.statusCode).toBe(403);
  });
});
