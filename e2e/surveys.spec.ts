import { devices, type Page } from '@playwright/test';
import { apiGet, apiLogin } from './api';
import { DEMO, clickNav, expect, expectNoHorizontalScroll, expectNoSeriousA11yViolations, expectPageReady, login, pageHeading, test, unique } from './helpers';

/*
 * Quality monitor: a manager creates a student campaign for one programme and opens it; a student
 * answers on a phone-sized screen from the start page; the response rate on the campaign page moves.
 * The e2e database is shared: the campaign has a unique title and only its own numbers are read.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
test.describe.configure({ timeout: 120_000 });

const totalRow = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Totaal', exact: true }) });

test('a manager runs a campaign and a student answers it on a phone', async ({ page, browser, request }) => {
  await apiLogin(request, DEMO.student);
  const home = await apiGet<{ programme: { name: string } | null }>(request, '/api/home');
  const programme = home.programme?.name;
  if (!programme) throw new Error('the demo student has a programme');
  const title = unique('Studentenmonitor ');

  await login(page, DEMO.manager);
  await clickNav(page, 'Kwaliteitsmonitor');
  await expect(pageHeading(page)).toHaveText('Kwaliteitsmonitor');
  await expectPageReady(page);
  await expectNoSeriousA11yViolations(page, 'campaign list');

  await page.getByRole('link', { name: 'Nieuwe campagne' }).click();
  await expect(pageHeading(page)).toHaveText('Nieuwe campagne');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Studentenmonitor loopbaanleren').check();
  await page.getByLabel(`${programme} — Hele opleiding`, { exact: true }).check();
  await expectNoSeriousA11yViolations(page, 'new campaign form');
  await page.getByRole('button', { name: 'Campagne aanmaken' }).click();

  await expect(pageHeading(page)).toHaveText(title);
  await page.getByRole('button', { name: 'Openen en uitnodigen' }).click();
  await expect(page.getByRole('heading', { name: 'Links om te versturen' })).toBeVisible();
  await expect(totalRow(page)).toContainText('0%');
  await expectNoSeriousA11yViolations(page, 'campaign page');

  const { defaultBrowserType: _b, ...pixel7 } = devices['Pixel 7'];
  const phone = await browser.newContext({ ...pixel7, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const student = await phone.newPage();
  await login(student, DEMO.student);
  await student.getByRole('link', { name: `Invullen: ${title}` }).click();
  await expect(pageHeading(student)).toHaveText(title);
  const items = student.locator('fieldset.q-item');
  const count = await items.count();
  expect(count).toBeGreaterThan(30);
  await expectNoSeriousA11yViolations(student, 'survey questionnaire on a phone');
  await expectNoHorizontalScroll(student);
  for (let i = 0; i < count; i++) await items.nth(i).getByRole('radio', { name: 'Mee eens', exact: true }).check();
  await expect(student.locator('.q-savebar [role="status"]')).toContainText(/opgeslagen/i);
  await student.getByRole('button', { name: 'Inleveren', exact: true }).click();
  await expect(pageHeading(student)).toHaveText('Bedankt!');
  await student.goto('/');
  await expect(student.getByRole('link', { name: `Invullen: ${title}` })).toHaveCount(0);
  await phone.close();

  await page.reload();
  await expect(pageHeading(page)).toHaveText(title);
  await expect(totalRow(page).getByRole('cell').nth(1)).toHaveText('1');
});
