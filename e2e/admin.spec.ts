import type { Locator, Page } from '@playwright/test';
import { apiLogin, apiPost, isoDate } from './api';
import {
  DEMO,
  clickNav,
  expect,
  expectNoSeriousA11yViolations,
  expectPageReady,
  login,
  loginButton,
  pageHeading,
  test,
  unique,
} from './helpers';
import { t } from './i18n';

/*
 * Functioneel beheer, through the screens an administrator uses. The database is shared by all
 * tests of a run, so everything made here carries a unique suffix, and no test relies on a global
 * count. Nothing here touches the demo counsellor slb@ or the demo student's caseload, which
 * roles.spec.ts counts on.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

const main = (page: Page) => page.getByRole('main');

/** The school year that runs today, as the app writes it ("2026-2027"; a new one starts 1 August). */
function currentSchoolYear(date = new Date()): string {
  const start = date.getMonth() >= 7 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field by its label, whether or not the label carries "(optioneel)". */
function field(scope: Locator | Page, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\(${escapeRegExp(t('common.optional'))}\\))?$`));
}

/** A section of the page (a region named by its h2), not the table frame inside it. */
function section(scope: Locator | Page, title: string): Locator {
  return scope.getByRole('region', { name: title, exact: true });
}

/** The table inside a section (its frame is a region named "<title> (tabel)"). */
function tableIn(scope: Locator, title: string): Locator {
  return scope.getByRole('region', { name: t('common.tableLabel', { label: title }), exact: true }).getByRole('table');
}

test.describe('Functioneel beheer', () => {
  // Whole workflows with several page loads and axe runs each: more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });

  test('Inrichting: add a sector, a programme in it and a class in that', async ({ page }) => {
    const stamp = unique();
    const sector = `E2E-sector ${stamp}`;
    const programme = `E2E-opleiding ${stamp}`;
    const cohort = `E2E-${stamp}`;
    const save = t('common.save');

    await login(page, DEMO.admin);
    await clickNav(page, t('nav.structure'));
    await expect(pageHeading(page)).toHaveText(t('structure.title'));
    // The demo structure: sectors with their programmes.
    await expect(main(page).getByRole('heading', { level: 2, name: /Techniek/ })).toBeVisible();
    await expect(main(page).getByRole('heading', { level: 3, name: /HBO-ICT/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: Inrichting');

    // Sector.
    await main(page).getByRole('button', { name: t('structure.addSector'), exact: true }).click();
    const sectorForm = main(page).getByRole('form', { name: t('structure.addSector') });
    await expect(field(sectorForm, t('fields.name'))).toBeFocused();
    await field(sectorForm, t('fields.name')).fill(sector);
    await field(sectorForm, t('fields.code')).fill(`S${stamp}`.slice(0, 10));
    await expectNoSeriousA11yViolations(page, 'admin: Inrichting, sector form');
    await sectorForm.getByRole('button', { name: save }).click();
    await expect(sectorForm).toBeHidden();
    const sectorItem = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: sector }) });
    await expect(sectorItem).toBeVisible();
    await expect(sectorItem).toContainText(t('structure.noProgrammes'));

    // Programme.
    await sectorItem.getByRole('button', { name: `${t('structure.addProgramme')} (${sector})` }).click();
    const programmeForm = sectorItem.getByRole('form', { name: t('structure.addProgramme') });
    await field(programmeForm, t('fields.name')).fill(programme);
    await field(programmeForm, t('fields.code')).fill(`P${stamp}`.slice(0, 10));
    await field(programmeForm, t('fields.level')).selectOption('hbo');
    await programmeForm.getByRole('button', { name: save }).click();
    await expect(programmeForm).toBeHidden();
    const programmeItem = sectorItem.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: programme }) });
    await expect(programmeItem).toBeVisible();
    await expect(programmeItem.getByRole('heading', { level: 3 })).toContainText(t('levels.hbo'));
    await expect(programmeItem).toContainText(t('structure.noCohorts'));

    // Class: a wrong school year is explained next to the field; a right one is saved.
    await programmeItem.getByRole('button', { name: `${t('structure.addCohort')} (${programme})` }).click();
    const cohortForm = programmeItem.getByRole('form', { name: t('structure.addCohort') });
    await field(cohortForm, t('fields.cohortName')).fill(cohort);
    await expect(field(cohortForm, t('fields.schoolYear'))).toHaveValue(currentSchoolYear());
    await field(cohortForm, t('fields.schoolYear')).fill('2026');
    await cohortForm.getByRole('button', { name: save }).click();
    await expect(cohortForm.getByRole('alert')).toHaveText(t('structure.schoolYearInvalid'));
    await expect(field(cohortForm, t('fields.schoolYear'))).toHaveAttribute('aria-invalid', 'true');
    await field(cohortForm, t('fields.schoolYear')).fill(currentSchoolYear());
    await cohortForm.getByRole('button', { name: save }).click();
    await expect(cohortForm).toBeHidden();
    const cohortItem = programmeItem.getByRole('listitem').filter({ hasText: cohort });
    await expect(cohortItem).toContainText(currentSchoolYear());
    await expect(cohortItem).toContainText(t('structure.studentCount', { count: 0, formatted: '0' }));
    await expectNoSeriousA11yViolations(page, 'admin: Inrichting after adding');

    // A code that is taken is refused with a clear message.
    await main(page).getByRole('button', { name: t('structure.addSector'), exact: true }).click();
    const again = main(page).getByRole('form', { name: t('structure.addSector') });
    await field(again, t('fields.name')).fill(`${sector} bis`);
    await field(again, t('fields.code')).fill(`S${stamp}`.slice(0, 10));
    await again.getByRole('button', { name: save }).click();
    await expect(again.getByRole('alert').first()).toBeVisible();
    await again.getByRole('button', { name: t('common.cancel') }).click();
    await expect(again).toBeHidden();

    // Still there after a reload: it was saved, not just drawn.
    await page.reload();
    await expectPageReady(page);
    await expect(main(page).getByRole('heading', { level: 3, name: programme })).toBeVisible();
    await expect(main(page).getByText(cohort, { exact: true })).toBeVisible();
  });

  test('Gebruikers: a new account gets an invitation in Uitgaande mail, which sets a password', async ({ page, browser, pageProblems }) => {
    const stamp = unique();
    const email = `e2e.${stamp.toLowerCase()}@example.org`;
    const lastName = `Test${stamp}`;
    const name = `Eva ${lastName}`;
    const counsellorRole = t('roles.counsellor');

    await login(page, DEMO.admin);
    await clickNav(page, t('nav.users'));
    await expect(pageHeading(page)).toHaveText(t('users.title'));
    const table = tableIn(main(page), t('users.title'));
    await expect(table).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: Gebruikers');

    // Search and the role filter narrow the list.
    const search = main(page).getByRole('search');
    const searchBox = search.getByRole('searchbox', { name: t('users.search') });
    await searchBox.fill('slb@demo');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Youssef el Amrani');
    await searchBox.fill('');
    await search.getByLabel(t('users.filterRole')).selectOption({ label: t('roles.manager') });
    await expect(table.getByRole('row').nth(1)).toContainText(t('roles.manager'));
    await expect(table.getByRole('cell', { name: t('roles.student'), exact: true })).toHaveCount(0);
    await search.getByLabel(t('users.filterRole')).selectOption({ label: t('users.allRoles') });

    // Create a counsellor.
    await main(page).getByRole('button', { name: t('users.new') }).click();
    const form = section(main(page), t('users.new'));
    await expect(form).toBeVisible();
    await field(form, t('fields.firstName')).fill('Eva');
    await field(form, t('fields.lastName')).fill(lastName);
    await field(form, t('fields.email')).fill(email);
    await field(form, t('fields.role')).selectOption({ label: counsellorRole });
    await expect(field(form, t('fields.studentNumber'))).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'admin: Gebruikers, new user form');
    await form.getByRole('button', { name: t('users.create') }).click();
    const done = form.getByRole('status');
    await expect(done).toContainText(t('users.created', { name }));
    // The form is empty again for the next one.
    await expect(field(form, t('fields.email'))).toHaveValue('');

    // The list knows the new person.
    await searchBox.fill(lastName);
    const row = table.getByRole('row').filter({ hasText: email });
    await expect(row).toBeVisible();
    await expect(row).toContainText(counsellorRole);
    await expect(row).toContainText(t('users.active'));

    // The invitation waits in Uitgaande mail.
    await done.getByRole('link', { name: t('users.toOutbox') }).click();
    await expect(page).toHaveURL(/\/admin\/outbox$/);
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(t('outbox.title'));
    const mail = main(page).getByRole('listitem').filter({ hasText: t('outbox.to', { to: email }) });
    await expect(mail).toHaveCount(1);
    await mail.locator('summary').click();
    const link = mail.getByRole('link', { name: /\?token=/ });
    await expect(link).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: Uitgaande mail, invitation open');
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();

    // The invited person follows the link (in their own browser), chooses a password, signs in.
    const invited = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    pageProblems.watch(invited);
    try {
      const theirs = await invited.newPage();
      const target = new URL(href as string);
      expect(target.origin, 'the link points at this Koers').toBe(new URL(page.url()).origin);
      await theirs.goto(`${target.pathname}${target.search}`);
      // The link opens the app's set-password page (not a "not found").
      await expect(pageHeading(theirs), `the invitation link ${target.pathname} opens the set-password page`).toHaveText(t('setPassword.title'));
      await expectNoSeriousA11yViolations(theirs, 'set password');
      const password = `e2e-${stamp}-lang-genoeg`;
      await theirs.getByLabel(t('account.password.new'), { exact: true }).fill(password);
      await theirs.getByLabel(t('account.password.repeat'), { exact: true }).fill(password);
      await theirs.getByRole('button', { name: t('setPassword.submit') }).click();
      await expect(theirs.getByRole('status').filter({ hasText: t('setPassword.done') })).toBeVisible();
      await theirs.getByRole('link', { name: t('setPassword.toLogin') }).click();
      await expect(loginButton(theirs)).toBeVisible();
      await login(theirs, email, password);
      await expect(pageHeading(theirs)).toHaveText(t('home.title', { name: 'Eva' }));
      const caseload = section(theirs.getByRole('main'), t('home.counsellor.caseload'));
      await expect(caseload).toContainText(new RegExp(`(^|\\D)0\\s*${t('home.counsellor.students', { count: 0 })}`));
    } finally {
      await invited.close();
    }

    // The same address a second time is refused.
    await clickNav(page, t('nav.users'));
    await main(page).getByRole('button', { name: t('users.new') }).click();
    await field(form, t('fields.firstName')).fill('Eva');
    await field(form, t('fields.lastName')).fill(`${lastName}bis`);
    await field(form, t('fields.email')).fill(email);
    await field(form, t('fields.role')).selectOption({ label: counsellorRole });
    await form.getByRole('button', { name: t('users.create') }).click();
    await expect(form.getByText('Er is al een account met dit e-mailadres.').first()).toBeVisible();
    await expect(form.getByRole('status')).not.toContainText(t('users.created', { name: `Eva ${lastName}bis` }));
    await expectNoSeriousA11yViolations(page, 'admin: Gebruikers, duplicate e-mail error');
  });

  test('Koppelingen: link a student to a counsellor, end it, and see it in the history', async ({ page, request }) => {
    // Set-up: a student of our own, so no other test's numbers change.
    const stamp = unique();
    const lastName = `Koppel${stamp}`;
    const studentName = `Sam ${lastName}`;
    await apiLogin(request, DEMO.admin);
    await apiPost(request, '/api/admin/users', {
      firstName: 'Sam',
      lastName,
      email: `sam.${stamp.toLowerCase()}@example.org`,
      role: 'student',
      studentNumber: `E2E${stamp}`,
    });

    await login(page, DEMO.admin);
    await clickNav(page, t('nav.assignments'));
    await expect(pageHeading(page)).toHaveText(t('assignments.title'));
    await expectNoSeriousA11yViolations(page, 'admin: Koppelingen');

    // Choose the counsellor Karin de Wit.
    await main(page).getByRole('searchbox', { name: t('assignments.counsellor') }).fill('Karin');
    await main(page).getByRole('button', { name: /^Karin de Wit/ }).click();
    await expect(page).toHaveURL(/counsellorId=/);
    const caseloadTitle = t('assignments.current', { name: 'Karin de Wit' });
    const caseload = section(main(page), caseloadTitle);
    await expect(caseload).toBeVisible();
    await expectPageReady(page);
    await expectNoSeriousA11yViolations(page, 'admin: Koppelingen, caseload of a counsellor');

    // Add our student from a month ago.
    const add = section(main(page), t('assignments.add'));
    await add.getByRole('searchbox', { name: t('assignments.searchStudents') }).fill(lastName);
    await add.getByRole('checkbox', { name: new RegExp(studentName) }).check();
    await expect(add).toContainText(t('assignments.selected', { count: 1 }));
    await field(add, t('fields.startDate')).fill(isoDate(-30));
    await add.getByRole('button', { name: t('assignments.link', { count: 1 }), exact: true }).click();
    await expect(add.getByRole('status').filter({ hasText: t('assignments.added', { count: 1 }) })).toBeVisible();
    const current = tableIn(caseload, caseloadTitle).getByRole('row').filter({ hasText: studentName });
    await expect(current).toBeVisible();

    // End it as of yesterday: it moves from the caseload to the history.
    await current.getByRole('button', { name: `${t('assignments.end')} ${t('assignments.endHidden', { name: studentName })}` }).click();
    const endForm = caseload.getByRole('form', { name: t('assignments.endFor', { name: studentName }) });
    await expect(field(endForm, t('fields.endDate'))).toBeFocused();
    await field(endForm, t('fields.endDate')).fill(isoDate(-1));
    await endForm.getByRole('button', { name: t('assignments.confirmEnd') }).click();
    await expect(caseload.getByRole('row').filter({ hasText: studentName })).toHaveCount(0);
    const history = section(main(page), t('assignments.history'));
    const past = history.getByRole('row').filter({ hasText: studentName });
    await expect(past, `the ended assignment is listed under "${t('assignments.history')}"`).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: Koppelingen with history');

    // The student's file tells the same story.
    await past.getByRole('link', { name: studentName }).click();
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(studentName);
    const counsellors = section(main(page), t('studentFile.counsellors'));
    await expect(counsellors).toContainText('Karin de Wit');
    await expect(counsellors).toContainText(t('studentFile.noCounsellor'));
    await expectNoSeriousA11yViolations(page, 'admin: student file with counsellor history');
  });

  test('Studenten importeren: CSV with ; and a BOM, mapping, a row error, import with skip', async ({ page }) => {
    const stamp = unique();
    const year = currentSchoolYear();
    const good1 = { number: `I1${stamp}`, first: 'Noor', prefix: 'van', last: `Import${stamp}` };
    const good2 = { number: `I2${stamp}`, first: 'Daan', prefix: '', last: `Import${stamp}` };
    const bad = { number: `I3${stamp}`, first: 'Fout', prefix: '', last: `Import${stamp}` };
    // Column names as a school's own export has them, so the mapping is done by hand.
    const header = ['Leerlingnummer', 'Roepnaam', 'Voorvoegsel', 'Achternaam', 'Mailadres', 'M/V', 'Opl', 'Groep', 'Jaar', 'Begin', 'Coach'];
    const line = (s: typeof good1, programme: string) =>
      [s.number, s.first, s.prefix, s.last, `${s.first.toLowerCase()}.${s.number.toLowerCase()}@example.org`, 'v', programme, 'HICT-1A', year, isoDate(-7), 'a.kaya@demo.koers.nl'].join(';');
    const csv = [header.join(';'), line(good1, 'HICT'), line(bad, 'BESTAATNIET'), line(good2, 'HICT')].join('\r\n') + '\r\n';
    const filename = `klas-${stamp}.csv`;
    const steps = (p: Page) => main(p).getByRole('list', { name: t('imports.steps.label') }).locator('[aria-current="step"]');

    await login(page, DEMO.admin);
    await clickNav(page, t('nav.imports'));
    await expect(pageHeading(page)).toHaveText(t('imports.title'));
    await expect(steps(page)).toContainText(t('imports.steps.file'));
    await expectNoSeriousA11yViolations(page, 'admin: import, step 1');

    // 1. Choose the file (UTF-8 with a byte order mark, ; as separator).
    await main(page).getByLabel(t('imports.file')).setInputFiles({
      name: filename,
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]),
    });
    await main(page).getByRole('button', { name: t('imports.upload') }).click();

    // 2. Map the columns.
    const mapping = section(main(page), t('imports.steps.mapping'));
    await expect(mapping).toBeVisible();
    await expect(mapping).toContainText(t('imports.fileSummary', { count: 3, rows: '3', delimiter: ';' }));
    await expect(steps(page)).toContainText(t('imports.steps.mapping'));
    // The byte order mark is not part of the first column's name.
    const fields = (name: string) => field(mapping, t(`imports.fields.${name}`));
    await expect(fields('studentNumber').getByRole('option', { name: 'Leerlingnummer', exact: true })).toHaveCount(1);
    const map: [string, string][] = [
      ['studentNumber', 'Leerlingnummer'],
      ['firstName', 'Roepnaam'],
      ['namePrefix', 'Voorvoegsel'],
      ['lastName', 'Achternaam'],
      ['email', 'Mailadres'],
      ['gender', 'M/V'],
      ['programmeCode', 'Opl'],
      ['cohortName', 'Groep'],
      ['schoolYear', 'Jaar'],
      ['startDate', 'Begin'],
      ['counsellorEmail', 'Coach'],
    ];
    for (const [name, column] of map) {
      await fields(name).selectOption(column);
    }
    const preview = mapping.getByRole('region', { name: t('common.tableLabel', { label: t('imports.preview') }) });
    await expect(preview.getByRole('row').filter({ hasText: good1.number })).toContainText('Noor');
    await expectNoSeriousA11yViolations(page, 'admin: import, mapping');

    // Check: one row is wrong, and the table says which and why.
    const start = section(main(page), t('imports.steps.start'));
    await start.getByRole('button', { name: t('imports.check') }).click();
    const summary = start.getByRole('status').filter({ hasText: t('imports.validRows', { count: 3, valid: '2', total: '3' }) });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(t('imports.errorCount', { count: 1 }));
    const errors = tableIn(start, t('imports.errorsTable'));
    await expect(errors.getByRole('columnheader')).toHaveText([t('imports.row'), t('imports.column'), t('imports.problem')]);
    await expect(errors.getByRole('row')).toHaveCount(2);
    const errorRow = errors.getByRole('row').nth(1);
    // Rij counts lines of the file (the header is line 1), so the second student is on line 3.
    await expect(errorRow.getByRole('cell').nth(0)).toHaveText('3');
    await expect(errorRow.getByRole('cell').nth(1)).toHaveText('Opl');
    await expect(errorRow.getByRole('cell').nth(2)).toContainText('BESTAATNIET');
    await expectNoSeriousA11yViolations(page, 'admin: import, validation errors');

    // Starting without skipping is refused; with "rijen met fouten overslaan" it runs.
    await start.getByRole('button', { name: t('imports.start') }).click();
    await expect(start.getByRole('alert').filter({ hasText: 'Het bestand bevat fouten.' })).toBeVisible();
    const skip = start.getByRole('checkbox', { name: t('imports.skipInvalid') });
    await expect(skip).toBeFocused();
    await skip.check();
    await start.getByRole('button', { name: t('imports.start') }).click();

    // 3. Progress until done, then the counts.
    await expect(page).toHaveURL(/\/admin\/imports\/[0-9a-f-]{36}$/);
    await expect(pageHeading(page)).toHaveText(t('imports.detailTitle'));
    await expect(main(page)).toContainText(filename);
    const progress = section(main(page), t('imports.progress'));
    await expect(progress.getByText(t('imports.status.done'), { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(progress).toContainText(t('imports.doneText', { count: 3, rows: '3' }));
    const bar = progress.getByRole('progressbar', { name: t('imports.progressLabel') });
    await expect(bar).toHaveAttribute('value', '3');
    await expect(bar).toHaveAttribute('max', '3');
    const result = progress.getByRole('list', { name: t('imports.result') });
    const count = (key: string, value: number) =>
      expect(result.getByRole('listitem').filter({ hasText: t(`imports.${key}`) })).toHaveText(new RegExp(`^\\s*${value}\\s*${escapeRegExp(t(`imports.${key}`))}\\s*$`));
    await count('inserted', 2);
    await count('updated', 0);
    await count('skipped', 1);
    await count('errors', 1);
    await expect(tableIn(main(page), t('imports.errorsTable')).getByRole('row')).toHaveCount(2);
    await expectPageReady(page);
    await expectNoSeriousA11yViolations(page, 'admin: import result');

    // The imported students are there; the wrong one is not.
    await main(page).getByRole('link', { name: t('imports.toStudents'), exact: true }).click();
    await expectPageReady(page);
    await main(page).getByRole('searchbox', { name: t('students.search') }).fill(`Import${stamp}`);
    const students = main(page).getByRole('table');
    await expect(students.getByRole('link', { name: `Noor van Import${stamp}` })).toBeVisible();
    await expect(students.getByRole('link', { name: `Daan Import${stamp}` })).toBeVisible();
    await expect(students.getByRole('row')).toHaveCount(3);
    await expect(students.getByRole('row').filter({ hasText: good1.number })).toContainText('HICT-1A');

    // The import is listed among earlier imports, without a reload.
    await clickNav(page, t('nav.imports'));
    const history = section(main(page), t('imports.history'));
    const row = history.getByRole('row').filter({ hasText: filename });
    await expect(row, `the import just done is listed under "${t('imports.history')}"`).toContainText(t('imports.status.done'));
    await expect(row).toContainText(t('imports.resultShort', { inserted: '2', updated: '0', skipped: '1' }));
    await expectNoSeriousA11yViolations(page, 'admin: import, history');
  });

  test('Auditlog: filter on a student after the counsellor opened their file', async ({ page, browser, pageProblems }) => {
    const started = isoDate(0);

    // The counsellor opens Lisa Meijer's file, in their own browser.
    const counsellor = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    pageProblems.watch(counsellor);
    try {
      const theirs = await counsellor.newPage();
      await login(theirs, DEMO.counsellor);
      await clickNav(theirs, t('nav.myStudents'));
      await theirs.getByRole('main').getByRole('link', { name: 'Lisa Meijer' }).click();
      await expect(pageHeading(theirs)).toHaveText('Lisa Meijer');
      await expectPageReady(theirs);
    } finally {
      await counsellor.close();
    }

    await login(page, DEMO.admin);
    await clickNav(page, t('nav.audit'));
    await expect(pageHeading(page)).toHaveText(t('audit.title'));
    await expectNoSeriousA11yViolations(page, 'admin: Auditlog');

    const filters = section(main(page), t('audit.filters'));
    await filters.getByRole('searchbox', { name: t('fields.student') }).fill('Meijer');
    await filters.getByRole('button', { name: /^Lisa Meijer/ }).click();
    await expect(filters).toContainText('Lisa Meijer');
    await field(filters, t('audit.from')).fill(started);
    await filters.getByRole('button', { name: t('audit.apply') }).click();
    await expectPageReady(page);

    const table = tableIn(main(page), t('audit.title'));
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    const column = (index: number) => rows.evaluateAll((trs, i) => [...new Set(trs.map((tr) => tr.querySelectorAll('td')[i]?.textContent?.trim()))], index);
    // Every line is about Lisa; one of them is the counsellor reading her file.
    await expect.poll(() => column(3), { message: 'the Student column holds only Lisa Meijer' }).toEqual(['Lisa Meijer']);
    await expect(rows.filter({ hasText: 'Youssef el Amrani' }).filter({ hasText: 'student.read' }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: Auditlog filtered');

    // And on the person as well: only what the counsellor did.
    await filters.getByRole('searchbox', { name: t('audit.actor') }).fill('Youssef');
    await filters.getByRole('button', { name: /^Youssef el Amrani/ }).click();
    await filters.getByRole('button', { name: t('audit.apply') }).click();
    await expect.poll(() => column(1), { message: 'the Persoon column holds only the counsellor' }).toEqual(['Youssef el Amrani']);
    await expect.poll(() => column(3)).toEqual(['Lisa Meijer']);
    await expectPageReady(page);

    // Clearing the filters shows everything again.
    await filters.getByRole('button', { name: t('audit.reset') }).click();
    await expectPageReady(page);
    await expect(rows.first()).toBeVisible();
  });

  test('Uitgaande mail and Studenten: the lists open and are accessible', async ({ page }) => {
    await login(page, DEMO.admin);
    await clickNav(page, t('nav.outbox'));
    await expect(pageHeading(page)).toHaveText(t('outbox.title'));
    await expectNoSeriousA11yViolations(page, 'admin: Uitgaande mail');

    await clickNav(page, t('nav.students'));
    await expect(pageHeading(page)).toHaveText(t('students.title'));
    await main(page).getByRole('searchbox', { name: t('students.search') }).fill('Lisa Meijer');
    await main(page).getByRole('table').getByRole('link', { name: 'Lisa Meijer' }).click();
    await expectPageReady(page);
    // The administrator can place a student in a class from the file.
    await expect(section(main(page), t('enrol.title'))).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: student file');
  });
  test('Instelling: a larger minimum group hides the figures managers see', async ({ page, browser }) => {
    await login(page, DEMO.admin);
    await clickNav(page, t('nav.structure'));
    const settings = main(page).getByRole('form', { name: t('institution.title') });
    const minimum = field(settings, t('institution.minGroupSize'));
    await expect(minimum).toHaveValue('5');
    await minimum.fill('100');
    await settings.getByRole('button', { name: t('common.save') }).click();
    await expect(page.getByRole('status').filter({ hasText: t('institution.saved') })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: Inrichting with settings');

    const managerContext = await browser.newContext();
    const manager = await managerContext.newPage();
    try {
      await login(manager, DEMO.manager);
      await manager.goto('/inzicht/competenties');
      await expect(manager.getByText(/Minder dan 100 studenten/).first()).toBeVisible();
    } finally {
      await managerContext.close();
      // Leave the shared database as the other tests expect it.
      await minimum.fill('5');
      await settings.getByRole('button', { name: t('common.save') }).click();
      await expect(page.getByRole('status').filter({ hasText: t('institution.saved') })).toBeVisible();
    }
  });
});
