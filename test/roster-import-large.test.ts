import { afterAll, beforeAll, expect, it } from 'vitest';
import { schoolYearOf } from '../src/domain/dates/school-year';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { generateRoster, importRoster } from './helpers/roster';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin@demo.koers.nl');
});
afterAll(async () => t?.close());

const ROWS = 10_000;

async function count(table: 'app_user' | 'enrolment' | 'assignment' | 'cohort') {
  const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

it(`imports ${ROWS} generated rows in chunks, then again without changing anything`, { timeout: 180_000 }, async () => {
  const csv = generateRoster(ROWS, {
    programmes: ['HICT', 'BK', 'MT', 'VP'],
    counsellors: ['slb@demo.koers.nl', 'k.dewit@demo.koers.nl', 'r.pinas@demo.koers.nl'],
    schoolYear: schoolYearOf(new Date()),
  });
  const before = { users: await count('app_user'), enrolments: await count('enrolment'), assignments: await count('assignment') };

  let started = performance.now();
  const first = await importRoster(t.app, () => t.ctx.queue.drain(), admin, csv);
  console.log(`roster import of ${ROWS} rows (${t.ctx.database.engine}): ${Math.round(performance.now() - started)} ms`);
  expect(first).toMatchObject({ status: 'done', totalRows: ROWS, processedRows: ROWS, inserted: ROWS, updated: 0, unchanged: 0, skipped: 0, errorCount: 0 });
  expect(await count('app_user')).toBe(before.users + ROWS);
  expect(await count('enrolment')).toBe(before.enrolments + ROWS);
  expect(await count('assignment')).toBe(before.assignments + ROWS);

  const cohorts = await count('cohort');
  started = performance.now();
  const second = await importRoster(t.app, () => t.ctx.queue.drain(), admin, csv);
  console.log(`re-import of the same ${ROWS} rows (${t.ctx.database.engine}): ${Math.round(performance.now() - started)} ms`);
  expect(second).toMatchObject({ status: 'done', processedRows: ROWS, inserted: 0, updated: 0, unchanged: ROWS, skipped: 0 });
  expect(await count('app_user')).toBe(before.users + ROWS);
  expect(await count('enrolment')).toBe(before.enrolments + ROWS);
  expect(await count('assignment')).toBe(before.assignments + ROWS);
  expect(await count('cohort')).toBe(cohorts);
});
