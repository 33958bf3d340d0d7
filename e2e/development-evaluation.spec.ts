import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * The end-of-year student evaluation of guidance (the demo runs it this year and slb@ already has
 * seven responses) and the administrator's team screen.
 */

test.describe.configure({ timeout: 120_000 });

type Tree = { [key: string]: string | Tree };
const dir = path.dirname(fileURLToPath(import.meta.url));
const texts = JSON.parse(fs.readFileSync(path.resolve(dir, '../src/web/i18n/development.nl.json'), 'utf8')) as Tree;

/** A Dutch text of the development area with {{variables}} filled in and `_one`/`_other` chosen by `count`. */
function d(key: string, vars: Record<string, string | number> = {}): string {
  const find = (k: string) => {
    let node: string | Tree | undefined = texts;
    for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return node;
  };
  let node = find(key);
  if (node === undefined && typeof vars.count === 'number') node = find(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof node !== 'string') throw new Error(`No text "development.${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const ITEMS = 12;
const SLB = 'Youssef el Amrani';

test('a student evaluates their counsellor from the invitation on the start page', async ({ page }) => {
  await login(page, DEMO.student);
  await expectPageReady(page);
  const invite = page.getByRole('region', { name: d('evaluate.inviteTitle') });
  await expect(invite).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'start page with invitation');
  await invite.getByRole('link', { name: d('evaluate.inviteButton') }).click();

  await expect(pageHeading(page)).toHaveText(d('evaluate.title'));
  await expect(page.getByText(`${SLB} · ${d('evaluate.status.todo')}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'evaluation list');
  await page.getByRole('button', { name: `${d('evaluate.start')} ${SLB}` }).click();

  await expect(pageHeading(page)).toHaveText(d('evaluate.aboutTitle', { name: SLB }));
  const items = page.locator('fieldset.q-item');
  await expect(items).toHaveCount(ITEMS);
  await expect(page.getByRole('heading', { name: 'Ruimte voor mijn eigen vragen', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'evaluation questionnaire');
  for (let i = 0; i < ITEMS; i++) await items.nth(i).getByRole('radio', { name: 'Eens', exact: true }).check();
  await expect(page.locator('.q-savebar [role="status"]')).toHaveText('Opgeslagen');
  await page.getByRole('button', { name: d('evaluate.submit'), exact: true }).click();
  await expect(page.getByText(d('evaluate.thanks'))).toBeVisible();

  await page.getByRole('link', { name: d('evaluate.back') }).click();
  await expect(page.getByText(`${SLB} · ${d('evaluate.status.done')}`)).toBeVisible();
  // Everyone is evaluated: the start page no longer invites.
  await clickNav(page, 'Start');
  await expect(page.getByRole('region', { name: d('evaluate.inviteTitle') })).toHaveCount(0);
});

test('the counsellor sees means per part, the team leader the team as a whole', async ({ page }) => {
  await login(page, DEMO.counsellor);
  await clickNav(page, d('nav.myDevelopment'));
  const mine = page.getByRole('region', { name: d('evaluation.title') });
  await expect(mine.getByRole('heading', { name: /Schooljaar \d{4}-\d{4}/ }).first()).toBeVisible();
  await expect(mine.getByRole('row', { name: /Ruimte voor mijn eigen vragen/ })).toContainText(/\d,\d/);
  await expect(mine.getByText(/\d+ reacties\./).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'development with student evaluation');

  await page.context().clearCookies();
  await login(page, DEMO.manager);
  await clickNav(page, d('nav.team'));
  await page.getByRole('link', { name: 'Team Techniek' }).click();
  const team = page.getByRole('region', { name: d('evaluation.teamTitle') });
  await expect(team.getByRole('row', { name: /Bereikbaarheid/ })).toContainText(/\d,\d/);
  await expectNoSeriousA11yViolations(page, 'team overview with student evaluation');
});

test('an administrator creates a team, renames it, changes its members and runs the evaluation next year', async ({ page }) => {
  await login(page, DEMO.admin);
  await clickNav(page, d('nav.teams'));
  await expect(pageHeading(page)).toHaveText(d('adminTeams.title'));
  await expect(page.getByRole('region', { name: 'Team Techniek' })).toContainText('Bart Hendriks');
  await expectNoSeriousA11yViolations(page, 'teams');

  const name = `E2E-groep ${unique()}`;
  const create = page.getByRole('region', { name: d('adminTeams.newTitle') });
  await create.getByRole('textbox', { name: d('adminTeams.name') }).fill(name);
  await create.getByRole('button', { name: /Bart Hendriks/ }).click();
  await create.getByRole('button', { name: d('adminTeams.create') }).click();
  await expect(create.getByText(d('adminTeams.created', { name }))).toBeVisible();

  // Renaming with the keyboard: Enter in the name field saves.
  const renamed = `${name} bis`;
  const card = page.getByRole('region', { name, exact: true });
  await card.getByRole('textbox', { name: d('adminTeams.name') }).fill(renamed);
  await card.getByRole('textbox', { name: d('adminTeams.name') }).press('Enter');
  const team = page.getByRole('region', { name: renamed, exact: true });
  await expect(team).toBeVisible();
  await expect(team.getByText(d('adminTeams.members', { count: 0 }))).toBeVisible();

  // Changing the leader opens a list of managers; the demo has one, so cancel again.
  const change = team.getByRole('button', { name: `${d('adminTeams.changeLeader')} (${renamed})` });
  await change.click();
  await expect(team.getByRole('button', { name: /Bart Hendriks/ })).toBeVisible();
  await expect(team.getByRole('button', { name: `${d('adminTeams.cancel')} (${renamed})` })).toHaveAttribute('aria-expanded', 'true');
  await team.getByRole('button', { name: `${d('adminTeams.cancel')} (${renamed})` }).click();
  await expect(change).toHaveAttribute('aria-expanded', 'false');

  await team.getByRole('searchbox', { name: d('adminTeams.addMember', { team: renamed }) }).fill('Youssef');
  await team.getByRole('button', { name: new RegExp(SLB) }).click();
  await expect(team.getByText(d('adminTeams.memberAdded'))).toBeVisible();
  await expect(team.getByRole('listitem').filter({ hasText: SLB })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'team with a member');
  await team.getByRole('button', { name: `${d('adminTeams.remove')} ${d('adminTeams.removeWho', { name: SLB, team: renamed })}` }).click();
  await expect(team.getByText(d('adminTeams.noMembers'))).toBeVisible();

  const switches = page.getByRole('region', { name: d('adminEvaluation.title') });
  const boxes = switches.getByRole('checkbox');
  await expect(boxes.first()).toBeChecked();
  // The box follows the saved setting, so it turns on once the server has it.
  await boxes.nth(1).click();
  await expect(switches.getByRole('status')).toContainText(/staat aan voor schooljaar/);
  await expect(boxes.nth(1)).toBeChecked();
});

test('the evaluation and the team screen fit a phone screen @phone', async ({ page }) => {
  await login(page, DEMO.student);
  await page.goto('/evaluatie');
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(d('evaluate.title'));
  await expectNoHorizontalScroll(page);

  await page.context().clearCookies();
  await login(page, DEMO.admin);
  await page.goto('/admin/teams');
  await expectPageReady(page);
  await expect(page.getByRole('region', { name: 'Team Techniek' })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
