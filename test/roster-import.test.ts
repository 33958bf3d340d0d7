import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolYearOf } from '../src/domain/dates/school-year';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { generateRoster, importRoster, studentHistory, tableCounts } from './helpers/roster';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

const YEAR = schoolYearOf(new Date());
const HEADER = ['Studentnummer', 'Roepnaam', 'Tussenvoegsel', 'Achternaam', 'E-mailadres', 'Geslacht', 'Opleidingscode', 'Klas', 'Schooljaar', 'Startdatum', 'Mentor'];
const MAPPING = {
  studentNumber: 'Studentnummer', firstName: 'Roepnaam', namePrefix: 'Tussenvoegsel', lastName: 'Achternaam', email: 'E-mailadres',
  gender: 'Geslacht', programmeCode: 'Opleidingscode', cohortName: 'Klas', schoolYear: 'Schooljaar', startDate: 'Startdatum', counsellorEmail: 'Mentor',
};
const file = (rows: string[][], sep = ';') => [HEADER, ...rows].map((r) => r.join(sep)).join('\r\n');
const drain = () => t.ctx.queue.drain();

function upload(payload: string | Buffer, options: { cookie?: string; filename?: string; type?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/admin/imports?filename=${encodeURIComponent(options.filename ?? 'leerlingen.csv')}`,
    headers: { cookie: options.cookie ?? admin, 'content-type': options.type ?? 'text/csv' },
    payload,
  });
}

const counts = () => tableCounts(t.ctx.db);
const studentByNumber = (number: string) => t.ctx.db.selectFrom('app_user').selectAll().where('student_number', '=', number).executeTakeFirstOrThrow();
const historyOf = (number: string) => studentHistory(t.ctx.db, number);

describe('upload', () => {
  it('reads a Dutch Excel file (BOM, ";"), previews 10 rows and suggests the mapping', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`U${i}`, 'Zoë', 'van', 'Dijk', '', 'v', 'HICT', 'HICT-1A', YEAR, '', '']);
    const res = await upload(`\uFEFF${file(rows)}\r\n`);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ delimiter: ';', headers: HEADER, totalRows: 12, suggestedMapping: MAPPING });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.preview).toHaveLength(10);
    expect(body.preview[0]).toEqual(rows[0]);
  });

  it('reads a "," file in Windows-1252 and accepts files above the 1 MB JSON limit', async () => {
    const res = await upload(Buffer.from(file([['U1', 'Noël', '', 'Çelik', '', '', 'BK', 'BK-1', YEAR, '', '']], ','), 'latin1'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ delimiter: ',', preview: [['U1', 'Noël', '', 'Çelik', '', '', 'BK', 'BK-1', YEAR, '', '']] });
    const big = generateRoster(15_000, { programmes: ['HICT'], counsellors: [''], schoolYear: YEAR });
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const large = await upload(big);
    expect(large.statusCode).toBe(201);
    expect(large.json().totalRows).toBe(15_000);
  });

  it('takes its size limit from KOERS_BODY_LIMIT_MB', async () => {
    const small = await createTestApp({ demo: true, env: { KOERS_BODY_LIMIT_MB: '1' } });
    try {
      const cookie = await loginAs(small.app, 'admin@demo.koers.nl');
      const big = generateRoster(15_000, { programmes: ['HICT'], counsellors: [''], schoolYear: YEAR });
      const send = (payload: string) =>
        small.app.inject({ method: 'POST', url: '/api/admin/imports', headers: { cookie, 'content-type': 'text/csv; charset=utf-8' }, payload });
      const tooLarge = await send(big);
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.id).toBe('payload_too_large');
      expect((await send(big.slice(0, 500_000))).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('refuses an empty file or one without data rows with a clear Dutch message', async () => {
    for (const payload of ['', '\uFEFF', `${HEADER.join(';')}\r\n;;;\r\n`]) {
      const res = await upload(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.id).toBe('import_empty');
      expect(res.json().error.message).toMatch(/leeg of bevat onder de kopregel geen rijen/);
    }
  });

  it('is for admins only', async () => {
    const res = await upload(file([]), { cookie: await loginAs(t.app, 'slb@demo.koers.nl') });
    expect(res.statusCode).toBe(403);
  });
});

describe('validate and start', () => {
  const BAD = file([
    ['B1', 'Anna', '', 'Bos', 'anna@', 'v', 'HICT', 'HICT-1A', YEAR, '', 'slb@demo.koers.nl'],
    ['B2', 'Bas', '', 'Kok', 'bas@voorbeeld.nl', 'm', 'NOPE', 'HICT-1A', YEAR, '', ''],
    ['B3', 'Cas', '', 'Mol', 'cas@voorbeeld.nl', 'm', 'HICT', 'HICT-1A', YEAR, '', 'onbekend@demo.koers.nl'],
    ['B4', 'Dirk', '', 'Vos', 'dirk@voorbeeld.nl', 'm', 'HICT', 'HICT-1A', YEAR, '', ''],
    ['', 'Eva', '', 'Wit', 'eva@voorbeeld.nl', 'v', 'HICT', 'HICT-1A', YEAR, '32-01-2025', ''],
    ['B4', 'Fleur', '', 'Zee', 'admin@demo.koers.nl', 'v', 'HICT', 'HICT-1A', YEAR, '', ''],
    ['B7', 'Gijs', '', 'Ham', 'gijs@voorbeeld.nl', 'm', 'HICT', 'HICT-1A', YEAR, '', ''],
  ]);

  it('lists every row error with row, column and what is wrong, in Dutch and in English', async () => {
    const { id } = (await upload(BAD)).json();
    const validate = () => t.app.inject({ method: 'POST', url: `/api/admin/imports/${id}/validate`, headers: { cookie: admin }, payload: { mapping: MAPPING } });
    const nl = await validate();
    expect(nl.statusCode).toBe(200);
    expect(nl.json()).toEqual({
      totalRows: 7,
      validRows: 1,
      errorCount: 8,
      errors: [
        { row: 2, column: 'E-mailadres', code: 'invalid_email', message: "'anna@' is geen geldig e-mailadres." },
        { row: 3, column: 'Opleidingscode', code: 'unknown_programme', message: "Opleiding 'NOPE' bestaat niet in deze instelling." },
        { row: 4, column: 'Mentor', code: 'unknown_counsellor', message: "Er is geen mentor/SLB'er met e-mailadres 'onbekend@demo.koers.nl'." },
        { row: 5, column: 'Studentnummer', code: 'duplicate_student_number', message: "Studentnummer 'B4' staat ook al in rij 7." },
        { row: 6, column: 'Studentnummer', code: 'required', message: 'Verplichte waarde ontbreekt.' },
        { row: 6, column: 'Startdatum', code: 'invalid_date', message: "'32-01-2025' is geen geldige datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD." },
        { row: 7, column: 'E-mailadres', code: 'email_taken', message: "E-mailadres 'admin@demo.koers.nl' hoort al bij een ander account." },
        { row: 7, column: 'Studentnummer', code: 'duplicate_student_number', message: "Studentnummer 'B4' staat ook al in rij 5." },
      ],
    });

    await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: admin }, payload: { language: 'en' } });
    try {
      const en = (await validate()).json();
      expect(en.errors.slice(0, 2)).toEqual([
        { row: 2, column: 'E-mailadres', code: 'invalid_email', message: "'anna@' is not a valid email address." },
        { row: 3, column: 'Opleidingscode', code: 'unknown_programme', message: "Programme 'NOPE' does not exist in this institution." },
      ]);
    } finally {
      await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: admin }, payload: { language: 'nl' } });
    }
  });

  it('refuses a mapping without a required field or with a column the file lacks', async () => {
    const { id } = (await upload(BAD)).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/imports/${id}/validate`,
      headers: { cookie: admin },
      payload: { mapping: { ...MAPPING, lastName: null, email: 'Mail' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      id: 'import_mapping_invalid',
      details: [
        { path: 'mapping.lastName', message: 'Kies de kolom voor "Achternaam".' },
        { path: 'mapping.email', message: 'Het bestand heeft geen kolom "Mail".' },
      ],
    });
  });

  it('starts only without errors or with skipInvalid, skips and lists the bad rows, and never starts twice', async () => {
    const before = await counts();
    const { id } = (await upload(BAD)).json();
    const start = (skipInvalid: boolean) =>
      t.app.inject({ method: 'POST', url: `/api/admin/imports/${id}/start`, headers: { cookie: admin }, payload: { mapping: MAPPING, skipInvalid } });
    const refused = await start(false);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ id: 'import_has_errors', details: { errorCount: 8, invalidRows: 6 } });

    const started = await start(true);
    expect(started.statusCode).toBe(202);
    expect(started.json()).toEqual({ id, status: 'queued' });
    expect((await start(true)).json().error.id).toBe('invalid_state');
    expect((await start(true)).statusCode).toBe(409);

    await drain();
    const result = (await t.app.inject({ url: `/api/admin/imports/${id}`, headers: { cookie: admin } })).json();
    expect(result).toMatchObject({
      id, filename: 'leerlingen.csv', status: 'done', totalRows: 7, processedRows: 7,
      inserted: 1, updated: 0, unchanged: 0, skipped: 6, errorCount: 8, failure: null,
    });
    expect(result.errors).toHaveLength(8);
    expect(result.errors[0]).toEqual({ row: 2, column: 'E-mailadres', code: 'invalid_email', message: "'anna@' is geen geldig e-mailadres." });
    expect(result.finishedAt).not.toBeNull();
    expect(await counts()).toMatchObject({ users: before.users + 1, enrolments: before.enrolments + 1 });
    expect((await historyOf('B7')).student).toMatchObject({ display_name: 'Gijs Ham', role: 'student', email: 'gijs@voorbeeld.nl' });
    expect(await t.ctx.db.selectFrom('app_user').select('id').where('student_number', 'in', ['B1', 'B2', 'B3', 'B4']).execute()).toEqual([]);
  });

  it('answers 404 for an import of an unknown id', async () => {
    const res = await t.app.inject({ url: '/api/admin/imports/00000000-0000-4000-8000-000000000000', headers: { cookie: admin } });
    expect(res.statusCode).toBe(404);
  });
});

describe('running an import', () => {
  const start = '2025-08-01';
  const ROWS = [
    ['K1', 'Zoë', 'van der', 'Berg', 'zoe@voorbeeld.nl', 'vrouw', 'HICT', 'HICT-1Z', YEAR, start, 'slb@demo.koers.nl'],
    ['K2', 'Daan', '', 'Öztürk', 'daan@voorbeeld.nl', 'M', 'HICT', 'HICT-1Z', YEAR, start, 'slb@demo.koers.nl'],
    ['K3', 'Fenna', 'de', 'Vries', '', 'x', 'BK', 'BK-1Z', YEAR, start, 'k.dewit@demo.koers.nl'],
    ['K4', 'Sem', '', 'Bakker', 'sem@voorbeeld.nl', '', 'BK', 'BK-1Z', YEAR, start, ''],
  ];

  it('imports, then imports the same file again without changing or duplicating anything', async () => {
    const before = await counts();
    const first = await importRoster(t.app, drain, admin, file(ROWS), { mapping: MAPPING });
    expect(first).toMatchObject({ status: 'done', totalRows: 4, processedRows: 4, inserted: 4, updated: 0, unchanged: 0, skipped: 0 });
    const afterFirst = await counts();
    expect(afterFirst).toEqual({ users: before.users + 4, enrolments: before.enrolments + 4, assignments: before.assignments + 3, cohorts: before.cohorts + 2 });
    expect(await historyOf('K1')).toMatchObject({
      student: { first_name: 'Zoë', name_prefix: 'van der', last_name: 'Berg', display_name: 'Zoë van der Berg', sort_name: 'berg zoe van der', gender: 'v' },
      enrolments: [{ name: 'HICT-1Z', start_date: start, end_date: null }],
      assignments: [{ email: 'slb@demo.koers.nl', start_date: start, end_date: null }],
    });

    const second = await importRoster(t.app, drain, admin, file(ROWS), { mapping: MAPPING });
    expect(second).toMatchObject({ status: 'done', processedRows: 4, inserted: 0, updated: 0, unchanged: 4, skipped: 0 });
    expect(await counts()).toEqual(afterFirst);
  });

  it('updates a changed row, moves a student to another class and changes a counsellor, keeping history', async () => {
    const moved = '2026-02-01';
    const changed = ROWS.map((r) => [...r]);
    changed[0]![3] = 'Bergen'; // K1: new last name
    changed[1]!.splice(7, 1, 'HICT-1Y'); // K2: other class, from `moved`
    changed[1]![9] = moved;
    changed[2]![10] = 'slb@demo.koers.nl'; // K3: other counsellor, from `moved`
    changed[2]![9] = moved;
    const before = await counts();
    const result = await importRoster(t.app, drain, admin, file(changed), { mapping: MAPPING });
    expect(result).toMatchObject({ status: 'done', inserted: 0, updated: 3, unchanged: 1 });
    expect(await counts()).toEqual({ ...before, enrolments: before.enrolments + 1, assignments: before.assignments + 1, cohorts: before.cohorts + 1 });

    expect((await historyOf('K1')).student).toMatchObject({ last_name: 'Bergen', display_name: 'Zoë van der Bergen' });
    expect((await historyOf('K2')).enrolments).toEqual([
      { name: 'HICT-1Z', start_date: start, end_date: moved },
      { name: 'HICT-1Y', start_date: moved, end_date: null },
    ]);
    expect((await historyOf('K3')).assignments).toEqual([
      { email: 'k.dewit@demo.koers.nl', start_date: start, end_date: moved },
      { email: 'slb@demo.koers.nl', start_date: moved, end_date: null },
    ]);
    const adminUser = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'admin@demo.koers.nl').executeTakeFirstOrThrow();
    const ended = await t.ctx.db.selectFrom('assignment').select('ended_by').where('end_date', '=', moved).execute();
    expect(ended).toEqual([{ ended_by: adminUser.id }]);
  });

  // Continues from the previous test's state: K1 renamed, K2 moved, K3 with slb@.
  it('leaves optional values alone when their column is not in the mapping', async () => {
    const { email: _email, gender: _gender, ...withoutEmail } = MAPPING;
    const rows = ROWS.map((r) => [...r]);
    rows[0]![3] = 'Bergen';
    rows[1]!.splice(7, 1, 'HICT-1Y');
    rows[1]![9] = '2026-02-01';
    rows[2]![10] = 'slb@demo.koers.nl';
    rows[0]![4] = 'ander@voorbeeld.nl';
    const result = await importRoster(t.app, drain, admin, file(rows), { mapping: withoutEmail });
    expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    expect((await studentByNumber('K1')).email).toBe('zoe@voorbeeld.nl');
  });

  it('recognises an existing demo student as unchanged', async () => {
    const lisa = await t.ctx.db
      .selectFrom('app_user as u')
      .innerJoin('enrolment as e', 'e.student_id', 'u.id')
      .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
      .innerJoin('programme as p', 'p.id', 'c.programme_id')
      .select(['u.student_number', 'u.first_name', 'u.name_prefix', 'u.last_name', 'u.email', 'u.gender', 'p.code', 'c.name', 'c.school_year'])
      .where('u.email', '=', 'student@demo.koers.nl')
      .where('e.end_date', 'is', null)
      .executeTakeFirstOrThrow();
    const row = [lisa.student_number ?? '', lisa.first_name, lisa.name_prefix ?? '', lisa.last_name, lisa.email ?? '', lisa.gender ?? '', lisa.code, lisa.name, lisa.school_year, '', 'slb@demo.koers.nl'];
    const result = await importRoster(t.app, drain, admin, file([row]), { mapping: MAPPING });
    expect(result).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 1, errorCount: 0 });
  });

  it('lists imports newest first without their errors, and audits each import with its counts', async () => {
    const res = await t.app.inject({ url: '/api/admin/imports', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { createdAt: string; status: string; errors?: unknown }[];
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((i) => i.errors === undefined)).toBe(true);
    const times = items.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const audits = await t.ctx.db.selectFrom('audit_log').select(['detail', 'entity_id']).where('action', '=', 'roster.imported').orderBy('id').execute();
    const done = items.filter((i) => i.status === 'done');
    expect(audits).toHaveLength(done.length);
    expect(audits.at(-1)?.detail).toMatchObject({ totalRows: 1, inserted: 0, updated: 0, unchanged: 1, skipped: 0 });
  });

  it('resumes after a crash from the last committed chunk, without duplicates', async () => {
    // A trigger makes the second chunk fail once, as a crash in the middle of an import would.
    await sql`CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.student_number = 'R001500' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`.execute(t.ctx.db);
    await sql`CREATE TRIGGER fail_once BEFORE INSERT ON app_user FOR EACH ROW EXECUTE FUNCTION fail_once()`.execute(t.ctx.db);
    const csv = generateRoster(2500, { prefix: 'R', programmes: ['MT'], counsellors: ['r.pinas@demo.koers.nl'], schoolYear: YEAR });
    const crashed = await importRoster(t.app, drain, admin, csv);
    expect(crashed).toMatchObject({ status: 'running', totalRows: 2500, processedRows: 1000, inserted: 1000 });
    expect(crashed.failure).toMatch(/simulated crash/);

    await sql`DROP TRIGGER fail_once ON app_user`.execute(t.ctx.db);
    await t.ctx.db.updateTable('job').set({ run_at: new Date() }).where('status', '=', 'pending').execute();
    await drain();
    const done = (await t.app.inject({ url: `/api/admin/imports/${crashed.id}`, headers: { cookie: admin } })).json();
    expect(done).toMatchObject({ status: 'done', processedRows: 2500, inserted: 2500, updated: 0, unchanged: 0, failure: null });
    const r = await t.ctx.db
      .selectFrom('app_user as u')
      .innerJoin('enrolment as e', 'e.student_id', 'u.id')
      .innerJoin('assignment as a', 'a.student_id', 'u.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('u.student_number', 'like', 'R%')
      .executeTakeFirstOrThrow();
    expect(Number(r.n)).toBe(2500);
  });
});
