import { devices } from '@playwright/test';
import {
  DEMO,
  clickNav,
  expect,
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  expectPageReady,
  login,
  logout,
  pageHeading,
  test,
  unique,
} from './helpers';
import { caseloadRows, g, main, section } from './guidance-texts';

/*
 * Caseload at a glance, handover, signal settings and the manager's figures (the referral cycle is
 * in guidance-referral.spec.ts). The demo gives slb@ 24 students with a mix of lights;
 * roles.spec.ts counts that caseload, so the handover here moves a student of another counsellor
 * (Karin de Wit → Ricardo Pinas).
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

test.describe('Begeleiding: caseload, overdracht, instellingen', () => {
  test.describe.configure({ timeout: 120_000 });

  test('counsellor: caseload with lights, reasons, filters and search', async ({ page }) => {
    await login(page, DEMO.counsellor);
    await clickNav(page, g('nav.caseload'));
    await expect(pageHeading(page)).toHaveText(g('caseload.title'));
    await expect(caseloadRows(page)).toHaveCount(24);

    // Counts per light, in words; together the whole caseload.
    const counts = main(page).getByRole('list', { name: g('caseload.countsLabel') });
    const count = async (light: 'red' | 'orange' | 'green') =>
      Number(await counts.getByRole('button', { name: new RegExp(g(`light.${light}`)) }).locator('.stat-value').innerText());
    const red = await count('red');
    expect(red + (await count('orange')) + (await count('green'))).toBe(24);
    expect(red, 'the demo caseload has students who need action').toBeGreaterThan(0);

    // Sorted by light: the first student needs action, said in words; their reasons open to an explanation and a next step.
    const first = caseloadRows(page).first();
    await expect(first).toContainText(g('light.red'));
    const reason = first.locator('details').first();
    await reason.locator('summary').click();
    await expect(reason).toContainText(g('caseload.nextStep'));
    await expectNoSeriousA11yViolations(page, 'counsellor: caseload');

    // Filter by light through its count: only the students who need action.
    await counts.getByRole('button', { name: new RegExp(g('light.red')) }).click();
    await expect(page).toHaveURL(/light=red/);
    await expect(caseloadRows(page)).toHaveCount(red);
    for (const row of await caseloadRows(page).all()) await expect(row).toContainText(g('light.red'));
    await expect(main(page).getByRole('status').filter({ hasText: g('caseload.shownFiltered', { shown: red, total: 24 }) })).toBeVisible();

    // Filter by signal: every student shown has that reason.
    await main(page).getByRole('button', { name: g('caseload.clearFilters') }).click();
    await expect(caseloadRows(page)).toHaveCount(24);
    await main(page).getByLabel(g('caseload.signalFilter')).selectOption('acties_verlopen');
    await expect(page).toHaveURL(/signal=acties_verlopen/);
    await expectPageReady(page);
    const withSignal = await caseloadRows(page).count();
    expect(withSignal).toBeGreaterThan(0);
    expect(withSignal).toBeLessThan(24);
    for (const row of await caseloadRows(page).all()) await expect(row.locator('summary', { hasText: g('signal.acties_verlopen') })).toBeVisible();

    // Search by name, with the signal filter cleared again.
    await main(page).getByLabel(g('caseload.signalFilter')).selectOption('');
    await main(page).getByRole('searchbox', { name: g('caseload.search') }).fill('Meijer');
    await expect(caseloadRows(page)).toHaveCount(1);
    await expect(caseloadRows(page).first().getByRole('link', { name: 'Lisa Meijer', exact: true })).toBeVisible();

    // Sorting by name keeps everyone.
    await main(page).getByRole('button', { name: g('caseload.clearFilters') }).click();
    await main(page).getByLabel(g('caseload.sort')).selectOption('name');
    await expect(page).toHaveURL(/sort=name/);
    await expect(caseloadRows(page)).toHaveCount(24);

    // The counsellor's own handover starts here.
    await main(page).getByRole('link', { name: g('handover.counsellorAction') }).click();
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(g('handover.title'));
    await expectNoSeriousA11yViolations(page, 'counsellor: overdracht');
  });

  test('admin hands one student of Karin de Wit over to Ricardo Pinas', async ({ page }) => {
    const note = `Heeft baat bij vaste afspraken op maandag (${unique()}).`;
    await login(page, DEMO.admin);
    await clickNav(page, g('nav.handover'));
    await expect(pageHeading(page)).toHaveText(g('handover.title'));
    await expectNoSeriousA11yViolations(page, 'admin: overdracht');

    await main(page).getByRole('searchbox', { name: g('handover.from') }).fill('Karin');
    await main(page).getByRole('button', { name: /^Karin de Wit/ }).click();
    const what = section(main(page), g('handover.whatTitle', { name: 'Karin de Wit' }));
    await expect(what).toBeVisible();

    // Nothing chosen yet: the form says what is missing.
    await what.getByLabel(g('handover.scopeChosen')).check();
    await what.getByRole('button', { name: g('handover.submit'), exact: true }).click();
    await expect(what.getByText(g('handover.errors.target'))).toBeVisible();
    await expect(what.getByText(g('handover.errors.students'))).toBeVisible();
    await expect(what.getByText(g('handover.errors.note'))).toBeVisible();

    await what.getByRole('searchbox', { name: g('handover.to') }).fill('Ricardo');
    await what.getByRole('button', { name: /^Ricardo Pinas/ }).click();
    const choice = what.getByRole('group', { name: g('handover.students') });
    const student = choice.getByRole('checkbox').first();
    const name = ((await choice.locator('li label').first().innerText()).split('·')[0] ?? '').trim();
    expect(name).not.toBe('');
    await student.check();
    await expect(choice).toContainText(g('handover.chosenCount', { count: 1 }));
    await what.getByLabel(g('handover.note')).fill(note);
    await expectNoSeriousA11yViolations(page, 'admin: overdracht ingevuld');
    await what.getByRole('button', { name: g('handover.submit'), exact: true }).click();
    await expect(what.getByRole('status').filter({ hasText: g('handover.done', { count: 1, name: 'Ricardo Pinas' }) })).toBeVisible();
    await expect(choice.getByRole('checkbox', { name })).toHaveCount(0);

    // The student is now with Ricardo Pinas (only the demo's fixed accounts can sign in, so the admin looks).
    await main(page).getByRole('button', { name: new RegExp(`\\(${g('handover.from')}\\)`) }).click();
    await main(page).getByRole('searchbox', { name: g('handover.from') }).fill('Ricardo');
    await main(page).getByRole('button', { name: /^Ricardo Pinas/ }).click();
    const theirs = section(main(page), g('handover.whatTitle', { name: 'Ricardo Pinas' }));
    await theirs.getByLabel(g('handover.scopeChosen')).check();
    await expect(theirs.getByRole('group', { name: g('handover.students') }).getByRole('checkbox', { name })).toBeVisible();
  });

  test('admin sets the signal thresholds; the manager reads the guidance figures', async ({ page }) => {
    await login(page, DEMO.admin);
    await clickNav(page, g('nav.signals'));
    await expect(pageHeading(page)).toHaveText(g('settings.title'));
    const days = main(page).getByLabel(g('settings.fields.noConversationDays'));
    const before = await days.inputValue();
    await days.fill('5');
    await main(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(main(page).getByText(g('settings.rangeWhole', { min: 14, max: 730 }))).toBeVisible();
    await expect(days).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'admin: signalen');
    await days.fill(before);
    await main(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(main(page).getByRole('status').filter({ hasText: g('settings.saved') })).toBeVisible();
    await logout(page);

    await login(page, DEMO.manager);
    await clickNav(page, g('nav.insight'));
    await expect(pageHeading(page)).toHaveText(g('stats.title'));
    await expect(section(main(page), g('stats.withinNorm'))).toBeVisible();
    await expect(section(main(page), g('stats.referrals'))).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'manager: begeleiding');
  });
});

const { defaultBrowserType: _browser, ...pixel7 } = devices['Pixel 7'];

test.describe('Caseload op een telefoon', () => {
  test.use({ ...pixel7, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

  test('@phone caseload as cards: fits the screen, reasons open, accessible', async ({ page }) => {
    await login(page, DEMO.counsellor);
    await clickNav(page, g('nav.caseload'));
    await expect(caseloadRows(page)).toHaveCount(24);
    await expectNoHorizontalScroll(page);
    // Each student is a card as wide as the list, not a squeezed table row.
    const first = caseloadRows(page).first();
    const frame = await main(page).getByRole('region', { name: `${g('caseload.title')} (tabel)` }).boundingBox();
    const card = await first.boundingBox();
    expect(card && frame && card.width).toBeGreaterThan((frame?.width ?? 0) - 4);
    await first.locator('summary').first().click();
    await expect(first).toContainText(g('caseload.nextStep'));
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: caseload');
  });
});
