import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/domain/csv/parse';
import { schoolYearOf } from '../src/domain/dates/school-year';
import type { Actor } from '../src/server/policies/policy';
import { exportStudentsCsv } from '../src/server/services/student-export.service';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { importRoster } from './helpers/roster';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

const YEAR = schoolYearOf(new Date());
const drain = () => t.ctx.queue.drain();
const exportCsv = () => t.app.inject({ url: '/api/admin/exports/students.csv', headers: { cookie: admin } });

async function studentCount() {
  const row = await t.ctx.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'student').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Uploads the export as it is and imports it with the suggested mapping. */
async function reimport(csv: string) {
  const upload = await t.app.inject({ method: 'POST', url: '/api/admin/imports?filename=export.csv', headers: { cookie: admin, 'content-type': 'text/csv' }, payload: csv });
  expect(upload.statusCode).toBe(201);
  return importRoster(t.app, drain, admin, csv, { mapping: upload.json().suggestedMapping });
}

describe('student export', () => {
  it('sends every student as a CSV attachment for Dutch Excel, and audits it', async () => {
    const res = await exportCsv();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="studenten-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.startsWith('\uFEFFstudentnummer;voornaam;tussenvoegsel;achternaam;e-mail;opleidingscode;klas;schooljaar\r\n')).toBe(true);
    const csv = parseCsv(res.body);
    expect(csv.rows).toHaveLength(await studentCount());
    const lisa = csv.rows.find((r) => r.values[4] === 'student@demo.koers.nl');
    expect(lisa?.values).toEqual([expect.stringMatching(/^\d+$/), 'Lisa', '', 'Meijer', 'student@demo.koers.nl', 'HICT', 'HICT-2B', YEAR]);
    const audits = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'students.exported').execute();
    expect(audits.length).toBeGreaterThan(0);
  });

  it('is the same when built in small pages (keyset pagination loses or repeats no one)', async () => {
    const user = await t.ctx.db.selectFrom('app_user').selectAll().where('email', '=', 'admin@demo.koers.nl').executeTakeFirstOrThrow();
    const actor: Actor = { id: user.id, institutionId: user.institution_id, role: 'admin', name: user.display_name, email: user.email, language: 'nl', sessionId: 's' };
    const { chunks } = await exportStudentsCsv(t.ctx, actor, '127.0.0.1', 7);
    let paged = '';
    let pieces = 0;
    for await (const chunk of chunks) {
      paged += chunk;
      pieces++;
    }
    expect(pieces).toBeGreaterThan(5);
    expect(paged).toBe((await exportCsv()).body);
  });

  it('imports back unchanged', async () => {
    const result = await reimport((await exportCsv()).body);
    expect(result).toMatchObject({ status: 'done', errorCount: 0, inserted: 0, updated: 0, unchanged: await studentCount() });
  });

  it('neutralises formulas and keeps diacritics, and still imports back unchanged', async () => {
    const header = 'Studentnummer;Roepnaam;Tussenvoegsel;Achternaam;E-mailadres;Opleidingscode;Klas;Schooljaar';
    const rows = ['F1;=cmd|calc;-2;+1;;HICT;@x;' + YEAR, `F2;Zoë;van der;Çelik-Öztürk;zoe.celik@voorbeeld.nl;BK;BK-1A;${YEAR}`, `F3;Noël;'t;Hart;;BK;BK-1A;${YEAR}`];
    const imported = await importRoster(t.app, drain, admin, [header, ...rows].join('\n'), {
      mapping: { studentNumber: 'Studentnummer', firstName: 'Roepnaam', namePrefix: 'Tussenvoegsel', lastName: 'Achternaam', email: 'E-mailadres', programmeCode: 'Opleidingscode', cohortName: 'Klas', schoolYear: 'Schooljaar' },
    });
    expect(imported).toMatchObject({ inserted: 3, errorCount: 0 });

    const body = (await exportCsv()).body;
    expect(body).toContain(`F1;'=cmd|calc;'-2;'+1;;HICT;'@x;${YEAR}\r\n`);
    expect(body).not.toMatch(/;[=+\-@]/);
    const rowsByNumber = new Map(parseCsv(body).rows.map((r) => [r.values[0], r.values]));
    expect(rowsByNumber.get('F2')).toEqual(['F2', 'Zoë', 'van der', 'Çelik-Öztürk', 'zoe.celik@voorbeeld.nl', 'BK', 'BK-1A', YEAR]);
    expect(rowsByNumber.get('F3')?.slice(1, 4)).toEqual(['Noël', "'t", 'Hart']);

    const again = await reimport(body);
    expect(again).toMatchObject({ errorCount: 0, inserted: 0, updated: 0, unchanged: await studentCount() });
    const f1 = await t.ctx.db.selectFrom('app_user').select(['first_name', 'name_prefix', 'last_name']).where('student_number', '=', 'F1').executeTakeFirstOrThrow();
    expect(f1).toEqual({ first_name: '=cmd|calc', name_prefix: '-2', last_name: '+1' });
  });

  it('is for admins only', async () => {
    const res = await t.app.inject({ url: '/api/admin/exports/students.csv', headers: { cookie: await loginAs(t.app, 'manager@demo.koers.nl') } });
    expect(res.statusCode).toBe(403);
  });
});
