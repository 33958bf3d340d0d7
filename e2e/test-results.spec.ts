import { apiLogin, findStudent } from './api';
import { DEMO, clickNav, expect, expectNoSeriousA11yViolations, login, pageHeading, test } from './helpers';
import { caseloadRows, g, main } from './guidance-texts';

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

/** A date in the running school year (from 1 September on), as the import expects it: dd-mm-yyyy. */
function earlyThisSchoolYear(day: number): string {
  const now = new Date();
  const year = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${String(day).padStart(2, '0')}-09-${year}`;
}

test('Toetsresultaten: a faulty file is refused row by row, a good one turns failed tests into a caseload signal', async ({ page, request }) => {
  await apiLogin(request, DEMO.admin);
  const lisa = await findStudent(request, 'Lisa Meijer');

  await login(page, DEMO.admin);
  await clickNav(page, g('testResults.nav'));
  await expect(pageHeading(page)).toHaveText(g('testResults.title'));
  const file = main(page).getByLabel(g('testResults.file'));

  await file.setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('studentnummer;toets;datum;cijfer\n999999;Wiskunde;31-02-2026;4\n') });
  await main(page).getByRole('button', { name: g('testResults.import') }).click();
  const problems = main(page).getByRole('table');
  await expect(problems).toContainText('datum');
  await expect(problems).toContainText('31-02-2026');
  await expectNoSeriousA11yViolations(page, 'admin: toetsresultaten met fouten');

  const csv = ['studentnummer;toets;datum;cijfer', `${lisa.studentNumber};Wiskunde A;${earlyThisSchoolYear(8)};3,9`, `${lisa.studentNumber};Programmeren 1;${earlyThisSchoolYear(9)};5,0`].join('\n');
  await file.setInputFiles({ name: 'toetsen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await main(page).getByRole('button', { name: g('testResults.import') }).click();
  await expect(page.getByRole('status').filter({ hasText: g('testResults.done', { rows: 2, inserted: 2, updated: 0, failed: 2 }) })).toBeVisible();

  // The counsellor now sees why Lisa needs attention.
  const counsellor = await page.context().browser()!.newContext();
  const slb = await counsellor.newPage();
  try {
    await login(slb, DEMO.counsellor);
    await slb.goto('/caseload?signal=toetsen_onvoldoende');
    await expect(caseloadRows(slb).filter({ hasText: 'Lisa Meijer' })).toHaveCount(1);
    await expect(main(slb)).toContainText('Wiskunde A');
  } finally {
    await counsellor.close();
  }
});
