import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devices, type Browser, type Locator, type Page } from '@playwright/test';
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
import { t } from './i18n';

/*
 * Career competencies: the student's self-assessment (with resume after a reload), the 360° scan
 * by an external placement supervisor through a personal link, and the counsellor's comparison.
 * The demo institution already holds two self-assessments, a counsellor scan and a supervisor
 * scan for Lisa Meijer, so every view has something to show.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
test.describe.configure({ timeout: 90_000 });

type Tree = { [key: string]: string | Tree };
const texts = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/i18n/competencies.nl.json'), 'utf8'),
) as Tree;

/** The Dutch text of `competencies.<key>` with {{variables}} filled in, as the app shows it. */
function ct(key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = texts;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text "competencies.${key}" in competencies.nl.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const TOTAL = 20;
const items = (page: Page) => page.locator('fieldset.q-item');
const progress = (page: Page, answered: number) => page.getByText(ct('questionnaire.progress', { answered, total: TOTAL }), { exact: true });
const saveStatus = (page: Page) => page.locator('.q-savebar [role="status"]');

/** Answers items [from, to) with "Eens" and waits until every answer has been saved. */
async function answer(page: Page, from: number, to: number, label = 'Eens'): Promise<void> {
  for (let i = from; i < to; i++) {
    await items(page).nth(i).getByRole('radio', { name: label, exact: true }).check();
  }
  await expect(progress(page, to)).toBeVisible();
  await expect(saveStatus(page)).toHaveText(ct('questionnaire.saved'));
}

/** Opens the student's own page and starts (or continues) a self-assessment. */
async function openSelfAssessment(page: Page): Promise<void> {
  await page.goto('/competenties');
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(ct('page.title'));
  const start = page
    .getByRole('link', { name: ct('start.continue'), exact: true })
    .or(page.getByRole('button', { name: ct('start.again'), exact: true }))
    .or(page.getByRole('button', { name: ct('start.first'), exact: true }));
  await start.first().click();
  await expect(page).toHaveURL(/\/competenties\/invullen\/[0-9a-f-]{36}$/);
  await expectPageReady(page);
  await expect(items(page)).toHaveCount(TOTAL);
}

/** A context of its own without a session: what someone who only has the link sees. */
async function anonymousPage(browser: Browser, watch?: (context: import('@playwright/test').BrowserContext) => void): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  watch?.(context);
  return context.newPage();
}

const regionNamed = (scope: Page | Locator, name: string) => scope.getByRole('region', { name, exact: true });

test.describe('Loopbaancompetenties', () => {
  test('a student fills in the self-assessment, resumes after a reload and sees radar and table', async ({ page }) => {
    await login(page, DEMO.student);
    await page.goto('/competenties');
    await expectPageReady(page);
    await expectNoSeriousA11yViolations(page, 'student: competencies page');

    await openSelfAssessment(page);
    // From the first item on: a draft left by an earlier test of this run gets the same answers.
    await answer(page, 0, 10);
    await expectNoSeriousA11yViolations(page, 'student: questionnaire');

    // Everything given so far is on the server: after a reload the answers are back.
    await page.reload();
    await expectPageReady(page);
    await expect(progress(page, 10)).toBeVisible();
    await expect(page.getByText(ct('questionnaire.resume', { answered: 10, total: TOTAL }))).toBeVisible();
    await expect(items(page).nth(0).getByRole('radio', { name: 'Eens', exact: true })).toBeChecked();
    await expect(items(page).nth(10).locator('input:checked')).toHaveCount(0);

    // Handing in too early explains what is missing, with links to the open questions.
    await page.getByRole('button', { name: ct('questionnaire.submit'), exact: true }).click();
    const missing = page.getByRole('alert').filter({ hasText: ct('questionnaire.missingTitle_other', { count: 10 }) });
    await expect(missing).toBeVisible();
    await expect(missing.getByRole('link')).toHaveCount(10);
    // Too few answers for a score in some parts: those are named, with how many are still needed.
    await expect(missing).toContainText(ct('questionnaire.shortScale_one', { scale: 'Werkexploratie', count: 1 }));
    await expect(missing).toContainText(ct('questionnaire.shortScale_other', { scale: 'Loopbaansturing', count: 3 }));
    await missing.getByRole('link', { name: ct('questionnaire.questionNumber', { number: 11 }) }).click();
    await expect(items(page).nth(10).getByRole('radio').first()).toBeFocused();

    await answer(page, 10, TOTAL);
    await page.getByRole('button', { name: ct('questionnaire.submit'), exact: true }).click();

    // The result: thanks, a radar chart and the same numbers in a table, with the change.
    await expect(page).toHaveURL(/\/competenties$/);
    await expectPageReady(page);
    await expect(page.getByRole('status').filter({ hasText: ct('page.thanks') })).toBeVisible();
    const chart = page.getByRole('img', { name: ct('result.chartLabelGrowth', { min: 1, max: 5 }) });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg path').first()).toBeAttached();
    const table = page.getByRole('table', { name: ct('result.tableCaption') });
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${ct('result.scoreNow')}`) })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: ct('result.change') })).toBeVisible();
    // Three times "eens" (4) and one reverse-keyed "eens" (counts as 2): 3,5 on every competency.
    await expect(table.getByRole('row')).toHaveCount(6);
    for (const row of await table.getByRole('row').all().then((rows) => rows.slice(1))) {
      await expect(row.getByRole('cell').first()).toHaveText('3,5');
    }
    await expect(page.getByText(ct('result.tryThis')).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'student: result');
  });

  test('a failed save keeps the choice, says so and saves on retry', async ({ browser }) => {
    // An unwatched context: the browser logs the deliberately broken request as an error.
    const page = await anonymousPage(browser);
    await login(page, DEMO.student);
    await openSelfAssessment(page);

    await page.route('**/api/responses/*', (route) => (route.request().method() === 'PATCH' ? route.abort() : route.continue()));
    const item = items(page).nth(5);
    await item.getByRole('radio', { name: 'Oneens', exact: true }).check();
    const alert = page.locator('.q-savebar').getByRole('alert');
    await expect(alert).toContainText(ct('questionnaire.notSaved'));
    await expect(alert).toContainText(t('errors.network'));
    await expect(item.getByRole('radio', { name: 'Oneens', exact: true })).toBeChecked();
    await expect(item.getByText(ct('questionnaire.itemNotSaved'))).toBeVisible();

    await page.unroute('**/api/responses/*');
    await alert.getByRole('button', { name: t('common.retry') }).click();
    await expect(saveStatus(page)).toHaveText(ct('questionnaire.saved'));
    await expect(item.getByText(ct('questionnaire.itemNotSaved'))).toHaveCount(0);
    await page.reload();
    await expectPageReady(page);
    await expect(items(page).nth(5).getByRole('radio', { name: 'Oneens', exact: true })).toBeChecked();
    await page.context().close();
  });

  test('an external supervisor fills in the scan through the link, without an account', async ({ page, browser, pageProblems }) => {
    await login(page, DEMO.student);
    await page.goto('/competenties');
    await expectPageReady(page);

    const name = `Petra de Vries ${unique()}`;
    const invite = regionNamed(page, ct('invite.title'));
    await invite.getByLabel(ct('invite.name')).fill(name);
    await invite.getByLabel(ct('invite.email')).fill(`petra.${unique().toLowerCase()}@stagebedrijf.example`);
    await invite.getByRole('button', { name: ct('invite.submit') }).click();

    await expect(invite.getByRole('heading', { name: ct('invite.createdTitle', { name }) })).toBeFocused();
    // Without a mail server the text is offered for copying.
    await expect(invite.getByText(/kon niet automatisch worden verstuurd/)).toBeVisible();
    await expect(invite.getByRole('button', { name: ct('invite.copyText') })).toBeVisible();
    const link = await invite.getByLabel(ct('invite.link')).inputValue();
    expect(link).toMatch(/\/scan\/[^/]+$/);
    await expect(invite.locator('.invite-row').filter({ hasText: name })).toContainText(ct('invite.status.open'));
    await expectNoSeriousA11yViolations(page, 'student: invitation created');

    // The supervisor opens the link in a browser of their own.
    const scanUrl = new URL(new URL(link).pathname, page.url()).toString();
    const supervisor = await anonymousPage(browser, (context) => pageProblems.watch(context));
    await supervisor.goto(scanUrl);
    await expectPageReady(supervisor);
    await expect(pageHeading(supervisor)).toHaveText(ct('scan.title', { name: 'Lisa Meijer' }));
    await expect(supervisor.getByText(ct('scan.greeting', { name }))).toBeVisible();
    await expect(supervisor.locator('.language-switch')).toBeVisible();
    await expectNoSeriousA11yViolations(supervisor, 'supervisor: scan form');

    await answer(supervisor, 0, TOTAL, 'Oneens');
    await supervisor.getByRole('button', { name: ct('scan.submit'), exact: true }).click();
    await expect(pageHeading(supervisor)).toHaveText(ct('scan.thanksTitle', { name }));
    await expect(supervisor.getByText(ct('scan.thanksText', { student: 'Lisa Meijer' }))).toBeVisible();
    await expectNoSeriousA11yViolations(supervisor, 'supervisor: thank you');
    await supervisor.context().close();

    // The student sees the invitation used and the supervisor's view in the comparison.
    await page.reload();
    await expectPageReady(page);
    await expect(invite.locator('.invite-row').filter({ hasText: name })).toContainText(ct('invite.status.used'));
    const comparison = page.getByRole('table', { name: ct('compare.caption') });
    await expect(comparison.getByRole('columnheader', { name: new RegExp(ct('compare.student.supervisor')) })).toContainText(name);

    // The link works only once. (An unwatched context: the browser logs the 410 answer as an error.)
    const again = await anonymousPage(browser);
    await again.goto(scanUrl);
    await expect(pageHeading(again)).toHaveText(ct('scan.errors.scan_link_used.title'));
    await expectNoSeriousA11yViolations(again, 'supervisor: link used');
    await again.context().close();
  });

  test('a revoked invitation stops its link', async ({ page, browser }) => {
    await login(page, DEMO.student);
    await page.goto('/competenties');
    await expectPageReady(page);
    const name = `Kees Bakker ${unique()}`;
    const invite = regionNamed(page, ct('invite.title'));
    await invite.getByLabel(ct('invite.name')).fill(name);
    await invite.getByLabel(ct('invite.email')).fill(`kees.${unique().toLowerCase()}@stagebedrijf.example`);
    await invite.getByRole('button', { name: ct('invite.submit') }).click();
    const link = await invite.getByLabel(ct('invite.link')).inputValue();

    const row = invite.locator('.invite-row').filter({ hasText: name });
    await row.getByRole('button', { name: ct('invite.revokeFor', { name }) }).click();
    await expect(row.getByText(ct('invite.revokeConfirm', { name }))).toBeVisible();
    await row.getByRole('button', { name: ct('invite.revokeYes') }).click();
    await expect(row).toContainText(ct('invite.status.revoked'));

    const visitor = await anonymousPage(browser);
    await visitor.goto(new URL(new URL(link).pathname, page.url()).toString());
    await expect(pageHeading(visitor)).toHaveText(ct('scan.errors.scan_link_revoked.title'));
    await visitor.goto(new URL('/scan/dit-is-geen-geldige-link', page.url()).toString());
    await expect(pageHeading(visitor)).toHaveText(ct('scan.errors.scan_link_invalid.title'));
    await expectNoSeriousA11yViolations(visitor, 'visitor: invalid link');
    await visitor.context().close();
  });

  test('the counsellor compares self, counsellor and supervisor and fills in a scan', async ({ page }) => {
    await login(page, DEMO.counsellor);
    await clickNav(page, t('nav.myStudents'));
    await page.getByRole('main').getByRole('table').getByRole('link', { name: 'Lisa Meijer' }).click();
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText('Lisa Meijer');

    const section = regionNamed(page, ct('staff.title'));
    await expect(section.getByRole('table', { name: ct('result.tableCaption') })).toBeVisible();
    const comparison = section.getByRole('table', { name: ct('compare.caption') });
    await expect(comparison).toBeVisible();
    for (const source of ['self', 'counsellor', 'supervisor']) {
      await expect(comparison.getByRole('columnheader', { name: new RegExp(ct(`compare.staff.${source}`)) })).toBeVisible();
    }
    await expect(comparison.getByRole('row')).toHaveCount(6);
    await expect(regionNamed(page, ct('invite.titleStaff'))).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'counsellor: student file with competencies');

    // The counsellor's own scan uses the same questionnaire.
    await section.getByRole('button', { name: ct('staff.fillScan') }).click();
    await expect(page).toHaveURL(/\/competenties\/invullen\/[0-9a-f-]{36}$/);
    await expectPageReady(page);
    await expect(page.getByText(ct('fill.about', { name: 'Lisa Meijer' }))).toBeVisible();
    await expect(items(page)).toHaveCount(TOTAL);
    await answer(page, 0, TOTAL, 'Helemaal eens');
    await page.getByRole('button', { name: ct('questionnaire.submit'), exact: true }).click();

    await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
    await expectPageReady(page);
    const counsellorColumn = section.getByRole('table', { name: ct('compare.caption') }).getByRole('columnheader', {
      name: new RegExp(ct('compare.staff.counsellor')),
    });
    await expect(counsellorColumn).toContainText('Youssef el Amrani');
  });
});

test.describe('Loopbaancompetenties op een telefoon', () => {
  const { defaultBrowserType: _browser, ...pixel7 } = devices['Pixel 7'];
  test.use({ ...pixel7, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

  test('@phone the questionnaire fits the screen with large answer targets', async ({ page }) => {
    await login(page, DEMO.student);
    await openSelfAssessment(page);
    await expectNoHorizontalScroll(page);

    const option = items(page).first().locator('label').first();
    const box = await option.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(250);

    const first = items(page).first().getByRole('radio', { name: 'Neutraal', exact: true });
    await items(page).first().getByText('Neutraal', { exact: true }).tap();
    await expect(first).toBeChecked();
    await expect(saveStatus(page)).toHaveText(ct('questionnaire.saved'));
    await expect(page.locator('.q-savebar')).toBeInViewport();
    await expectNoSeriousA11yViolations(page, 'phone: questionnaire');
  });
});
