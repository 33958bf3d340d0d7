import { DEMO, clickNav, expect, expectNoSeriousA11yViolations, expectPageReady, login, pageHeading, test, unique } from './helpers';

/*
 * The LOB-scan and the evidence loop through the team leader's screens. The demo gives manager@'s
 * largest team a closed cycle (with priorities, actions and a review) and a current open one. The
 * database is shared by all specs, so the action added here carries a unique text.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
test.describe.configure({ timeout: 120_000 });

test('a team leader reads the LOB-scan, sets priorities and adds an action', async ({ page }) => {
  await login(page, DEMO.manager);
  await clickNav(page, 'LOB-scan');
  await expect(pageHeading(page)).toHaveText('LOB-scan');
  await page.getByRole('link', { name: 'LOB-scan najaar' }).first().click();
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText('LOB-scan najaar');
  await expect(page.getByText('Teamlid 1').first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Teamlid 2' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Radar van Teamlid 1/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Terugblik/ })).toBeVisible();

  const choice = page.getByRole('group', { name: "Thema's als speerpunt" });
  for (const box of await choice.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
  await choice.getByRole('checkbox', { name: /Ouders of verzorgers/ }).check();
  await page.getByRole('button', { name: 'Speerpunten opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();

  const what = unique('Ouderavond ');
  await page.getByLabel('Wat', { exact: true }).fill(what);
  await page.getByLabel('Wie', { exact: true }).fill('SLB-coördinator');
  await page.getByLabel('Klaar op').fill('2027-03-01');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByRole('cell', { name: what, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'LOB-scan');
});

test('a manager opens the evidence loop and reads the explanation with its limits', async ({ page }) => {
  await login(page, DEMO.manager);
  await clickNav(page, 'Bewijslus');
  await expect(pageHeading(page)).toHaveText('Bewijslus');
  await expect(page.getByRole('heading', { name: 'Wat zien we?' })).toBeVisible();
  await expect(page.getByText(/Samenhang is geen bewijs/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Bewijslus');
});
