import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devices, type Locator, type Page } from '@playwright/test';
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
 * Insight screens: the counsellor's competency table, the manager's figures per programme and the
 * administrator's questionnaires (import, reliability). The demo gives 72 students two
 * self-assessments each, so figures and reliability exist without set-up here.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

// The insight texts live in their own file (src/web/i18n/insights.nl.json, key `insights`).
type Tree = { [key: string]: string | Tree };
const texts = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/i18n/insights.nl.json'), 'utf8'),
) as Tree;

/** A Dutch insight text, `{{var}}` filled in; a missing key fails loudly. */
function it(key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = texts;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text "insights.${key}" in insights.nl.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const main = (page: Page) => page.getByRole('main');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each row of the caseload table: the student's name and the score shown in one column ('' without). */
async function columnScores(table: Locator, column: number): Promise<{ name: string; score: number | null }[]> {
  return table.locator('tbody tr').evaluateAll(
    (rows, index) =>
      rows.map((row) => {
        const cell = row.children[index];
        const score = cell?.querySelector('.score')?.textContent ?? '';
        return {
          name: row.querySelector('th a')?.textContent ?? '',
          score: score ? Number(score.replace(',', '.')) : null,
        };
      }),
    column,
  );
}

/** A small valid questionnaire; `broken` makes its only scale point at an item that does not exist. */
function definition(code: string, broken: boolean) {
  const text = (nl: string) => ({ nl, en: `${nl} (en)` });
  return {
    code,
    version: 1,
    title: text(`E2E-vragenlijst ${code}`),
    description: text('Een vragenlijst uit de browsertest.'),
    responseScale: { min: 1, max: 3, labels: [text('oneens'), text('neutraal'), text('eens')] },
    scales: [
      { code: 'alpha', title: text('Schaal A'), explanation: text('Uitleg.'), suggestion: text('Tip.'), items: broken ? ['a1', 'x'] : ['a1', 'a2'] },
    ],
    items: [
      { code: 'a1', text: text('Vraag een.'), reverse: false },
      { code: 'a2', text: text('Vraag twee.'), reverse: false },
    ],
    scoring: { rule: 'mean', minAnsweredFraction: 0.5 },
    respondents: [{ role: 'student', about: 'self' }],
  };
}

test.describe('Inzicht in loopbaancompetenties', () => {
  test.describe.configure({ timeout: 90_000 });

  test('counsellor sorts the caseload by a competency', async ({ page }) => {
    await login(page, DEMO.counsellor);
    await clickNav(page, it('nav.caseload'));
    await expect(pageHeading(page)).toHaveText(it('caseload.title'));
    const table = main(page).getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(24);
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${it('caseload.student')}`) })).toHaveAttribute('aria-sort', 'ascending');
    await expectNoSeriousA11yViolations(page, 'counsellor: competenties caseload');

    const header = table.getByRole('columnheader', { name: /^Werkexploratie/ });
    const column = await header.evaluate((th) => Array.from(th.parentElement?.children ?? []).indexOf(th));
    const byName = await columnScores(table, column);

    // Keyboard: the sort button is a real button, Enter sorts.
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expectPageReady(page);
    await expect(main(page).getByRole('status').filter({ hasText: it('caseload.sortedBy', { column: 'Werkexploratie', direction: it('caseload.ascending') }) })).toBeAttached();
    const ascending = await columnScores(table, column);
    expectSorted(ascending, 'asc');
    expect(ascending.map((r) => r.name)).not.toEqual(byName.map((r) => r.name));

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expectPageReady(page);
    const descending = await columnScores(table, column);
    expectSorted(descending, 'desc');
    await expect(table.getByRole('link').first()).toHaveText(descending[0]?.name ?? '');
  });

  test('manager sees the figures per programme and class', async ({ page }) => {
    await login(page, DEMO.manager);
    await clickNav(page, it('nav.insight'));
    await expect(pageHeading(page)).toHaveText(it('stats.title'));
    await expect(main(page).getByText(it('stats.explanation'))).toBeVisible();
    // Every class row shows either its numbers or the privacy message, never both.
    const rows = main(page).getByRole('region', { name: /Gemiddelde per competentie/ }).first().getByRole('table').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const suppressed = new RegExp(escapeRegExp(it('stats.suppressed', { min: 'MIN' })).replace('MIN', '\\d+'));
    for (const row of await rows.all()) {
      const text = await row.innerText();
      if (suppressed.test(text)) await expect(row.getByRole('cell')).toHaveCount(1);
      else await expect(row.getByRole('cell').first()).toHaveText(/^\d+$/);
    }
    // The distribution charts (echarts, loaded on demand) draw as SVG beside their tables.
    await expect(main(page).locator('.distribution-chart svg').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'manager: loopbaancompetenties per opleiding');
  });

  test('admin imports a questionnaire: problems with their path, then success', async ({ page }) => {
    const code = `e2e-${unique().toLowerCase()}`;
    await login(page, DEMO.admin);
    await clickNav(page, it('nav.instruments'));
    await expect(pageHeading(page)).toHaveText(it('instruments.title'));
    await expectNoSeriousA11yViolations(page, 'admin: vragenlijsten');

    // Pasted, with a scale that names an item that does not exist.
    const json = main(page).getByLabel(it('instruments.json'));
    await json.fill(JSON.stringify(definition(code, true), null, 2));
    await main(page).getByRole('button', { name: it('instruments.submit') }).click();
    const problems = main(page).locator('.problem-summary');
    await expect(problems).toBeVisible();
    await expect(problems.getByRole('listitem').filter({ hasText: 'scales[0].items[1]' })).toContainText('Item "x" bestaat niet.');
    await expect(problems.getByRole('listitem').filter({ hasText: /^items\[1\]/ })).toContainText('Item "a2" hoort bij geen enkele schaal.');
    await expectNoSeriousA11yViolations(page, 'admin: vragenlijsten, import problems');

    // From a file: read into the text box, then imported.
    await main(page)
      .getByLabel(it('instruments.file'))
      .setInputFiles({ name: `${code}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(definition(code, false))) });
    await expect(main(page).getByText(it('instruments.fileRead', { name: `${code}.json` }))).toBeVisible();
    await main(page).getByRole('button', { name: it('instruments.submit') }).click();
    await expect(main(page).getByRole('status').filter({ hasText: it('instruments.importedMessage', { code, version: 1 }) })).toBeVisible();
    await expect(problems).toHaveCount(0);
    const row = main(page).getByRole('table').locator('tbody tr').filter({ hasText: code });
    await expect(row).toContainText(`E2E-vragenlijst ${code}`);
    await expect(row).toContainText(it('instruments.imported'));

    // The same version again is refused.
    await json.fill(JSON.stringify(definition(code, false)));
    await main(page).getByRole('button', { name: it('instruments.submit') }).click();
    await expect(main(page).getByRole('alert')).toBeVisible();
  });

  test('admin reads the reliability of the career competencies questionnaire', async ({ page }) => {
    await login(page, DEMO.admin);
    await clickNav(page, it('nav.instruments'));
    await main(page)
      .getByRole('link', { name: new RegExp(escapeRegExp(it('instruments.reliabilityFor', { code: 'loopbaancompetenties', version: 1 }))) })
      .click();
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(it('psychometrics.title', { title: 'Loopbaancompetenties', version: 1 }));
    await expect(main(page).getByRole('heading', { level: 2, name: 'Kwaliteitenreflectie' })).toBeVisible();
    await expect(main(page).getByText(/Cronbach's alfa: \d,\d\d/).first()).toBeVisible();
    await expect(main(page).getByRole('columnheader', { name: it('psychometrics.itemTotal') }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin: betrouwbaarheid loopbaancompetenties');

    // Administrators see the figures per programme as well.
    await clickNav(page, it('nav.insight'));
    await expect(pageHeading(page)).toHaveText(it('stats.title'));
  });
});

const { defaultBrowserType: _browser, ...pixel7 } = devices['Pixel 7'];

test.describe('Inzicht op een telefoon', () => {
  test.use({ ...pixel7, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

  test('@phone caseload table scrolls within its frame, the name stays in view', async ({ page }) => {
    await login(page, DEMO.counsellor);
    await clickNav(page, it('nav.caseload'));
    await expectNoHorizontalScroll(page);
    const frame = main(page).getByRole('region', { name: `${it('caseload.title')} (tabel)` });
    await frame.evaluate((el) => el.scrollBy(400, 0));
    const name = frame.locator('tbody th').first();
    const box = await name.boundingBox();
    const frameBox = await frame.boundingBox();
    expect(box && frameBox && box.x - frameBox.x).toBeLessThan(4);
    await expectNoSeriousA11yViolations(page, 'phone: competenties caseload');
  });

  test('@phone manager figures fit the screen', async ({ page }) => {
    await login(page, DEMO.manager);
    await clickNav(page, it('nav.insight'));
    await expect(main(page).locator('.distribution-chart svg').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: loopbaancompetenties per opleiding');
  });
});

function expectSorted(rows: { name: string; score: number | null }[], dir: 'asc' | 'desc') {
  const scores = rows.map((r) => r.score);
  const firstEmpty = scores.indexOf(null);
  // Students without a score come last, whatever the direction.
  if (firstEmpty >= 0) expect(scores.slice(firstEmpty).every((s) => s === null)).toBe(true);
  const measured = scores.filter((s): s is number => s !== null);
  const sorted = [...measured].sort((a, b) => (dir === 'asc' ? a - b : b - a));
  expect(measured).toEqual(sorted);
}
