import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  DEMO,
  clickNav,
  expect,
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  expectPageReady,
  login,
  pageHeading,
  test,
  unique,
} from './helpers';

/*
 * Counsellor professionalisation: the seven-competency self-rating on the meetlat, a development
 * goal with live SMART feedback, and the team leader's overview with consent-based visibility.
 * The demo gives slb@ two earlier self-ratings, a plan, a log and 360° ratings, and manager@ one
 * team per sector.
 */

test.describe.configure({ timeout: 120_000 });

type Tree = { [key: string]: string | Tree };
const dir = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(dir, `../src/web/i18n/${file}`), 'utf8')) as Tree;
const texts = { development: read('development.nl.json'), competencies: read('competencies.nl.json') };

/** A Dutch text of the app with {{variables}} filled in and `_one`/`_other` chosen by `count`. */
function tx(area: keyof typeof texts, key: string, vars: Record<string, string | number> = {}): string {
  const find = (k: string) => {
    let node: string | Tree | undefined = texts[area];
    for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return node;
  };
  let node = find(key);
  if (node === undefined && typeof vars.count === 'number') node = find(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof node !== 'string') throw new Error(`No text "${area}.${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
const d = (key: string, vars?: Record<string, string | number>) => tx('development', key, vars);

const ITEMS = 32;
const PROFICIENT = '4 · Bekwaam: vanzelfsprekend, bij al mijn studenten';

async function openDevelopment(page: Page): Promise<void> {
  await clickNav(page, d('nav.myDevelopment'));
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(d('page.title'));
}

const historyRows = (page: Page) => page.getByRole('region', { name: new RegExp(d('rating.historyLabel')) }).locator('tbody tr');

test('a counsellor rates themself on the seven competencies and sees the new point in the history', async ({ page }) => {
  await login(page, DEMO.counsellor);
  await openDevelopment(page);
  await expect(historyRows(page).first()).toBeVisible();
  const before = await historyRows(page).count();
  await expectNoSeriousA11yViolations(page, 'my development');

  await page.getByRole('button', { name: d('rating.start') }).click();
  await expect(pageHeading(page)).toHaveText('Zelfbeoordeling zeven begeleiderscompetenties');
  const items = page.locator('fieldset.q-item');
  await expect(items).toHaveCount(ITEMS);
  await expect(page.getByRole('heading', { name: 'Adviseren', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'self-rating questionnaire');
  for (let i = 0; i < ITEMS; i++) await items.nth(i).getByRole('radio', { name: PROFICIENT, exact: true }).check();
  await expect(page.getByText(tx('competencies', 'questionnaire.progress', { answered: ITEMS, total: ITEMS }), { exact: true })).toBeVisible();
  await expect(page.locator('.q-savebar [role="status"]')).toHaveText(tx('competencies', 'questionnaire.saved'));
  await page.getByRole('button', { name: d('rate.submit'), exact: true }).click();

  await expect(pageHeading(page)).toHaveText(d('page.title'));
  await expect(historyRows(page)).toHaveCount(before + 1);
  // Every competency was answered with level 4, so the newest row reads 4,0 throughout.
  await expect(historyRows(page).first().locator('td')).toHaveText(Array(7).fill('4,0'));
  await expect(page.getByRole('img', { name: /Spingrafiek/ })).toBeVisible();
});

test('a counsellor adds a development goal and gets SMART feedback while typing', async ({ page }) => {
  await login(page, DEMO.counsellor);
  await openDevelopment(page);
  const goal = page.getByRole('textbox', { name: d('goals.what') });
  await goal.fill('Beter worden in coachen');
  // Vague ("beter worden") and without a date: not SMART yet, and the list says which criteria fail.
  await expect(page.locator('.dev-goal-form .dev-smart-summary')).toContainText(/van de 5 SMART-punten in orde/);
  await expect(page.locator('.dev-goal-form .dev-smart-todo').filter({ hasText: d('smart.specifiek') })).toContainText(d('goals.smartTodo'));
  await expect(page.locator('.dev-goal-form .dev-smart-todo').filter({ hasText: d('smart.tijdgebonden') })).toBeVisible();

  const what = `Ik voer 4 loopbaangesprekken met de reflectiecyclus en bespreek er 1 in intervisie ${unique()}`;
  await goal.fill(what);
  const due = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(d('goals.due')).fill(due);
  await page.getByRole('group', { name: d('goals.competencies') }).getByRole('checkbox', { name: 'Coachen' }).check();
  await expect(page.getByText(d('goals.smartAllOk'), { exact: true })).toBeVisible();
  await page.getByRole('button', { name: d('goals.add') }).click();
  await expect(page.getByText(d('goals.saved'))).toBeVisible();
  const added = page.locator('.dev-goal').filter({ hasText: what });
  await expect(added).toBeVisible();
  await expect(added.getByText('Coachen')).toBeVisible();
  await expect(goal).toHaveValue('');
  await expectNoSeriousA11yViolations(page, 'goal added');
});

test('the team leader sees the team overview, with ratings only of colleagues who consented', async ({ page }) => {
  await login(page, DEMO.manager);
  await clickNav(page, d('nav.team'));
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(d('team.title'));
  await expectNoSeriousA11yViolations(page, 'team list');

  await page.getByRole('link', { name: 'Team Techniek' }).click();
  await expect(pageHeading(page)).toHaveText('Team Techniek');
  await expect(page.getByRole('heading', { name: d('overview.distributionTitle') })).toBeVisible();
  await expect(page.getByRole('heading', { name: d('overview.needsTitle') })).toBeVisible();
  await expect(page.getByRole('heading', { name: d('overview.trainingsTitle') })).toBeVisible();
  // Jeroen van der Heijden gave no consent: he is named, his scores are not; as a group of one he is left out.
  const members = page.getByRole('region', { name: new RegExp(d('overview.membersTitle')) });
  await expect(members.getByRole('row', { name: /Jeroen van der Heijden/ })).toContainText(d('overview.noConsent'));
  await expect(page.getByText(d('overview.withheld', { count: 1, min: 5 }))).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'team overview');

  await members.getByRole('link', { name: 'Youssef el Amrani' }).click();
  await expect(pageHeading(page)).toHaveText(d('member.title', { name: 'Youssef el Amrani' }));
  await expect(page.getByRole('heading', { name: d('reviews.title') })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'member development');
});

test('my development fits a phone screen @phone', async ({ page }) => {
  await login(page, DEMO.counsellor);
  await page.goto('/ontwikkeling');
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(d('page.title'));
  await expect(historyRows(page).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});
