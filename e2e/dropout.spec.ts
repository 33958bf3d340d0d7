import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO, clickNav, expect, expectNoHorizontalScroll, expectNoSeriousA11yViolations, login, pageHeading, test } from './helpers';

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

type Tree = { [key: string]: string | Tree };
const texts = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/i18n/study-progress.nl.json'), 'utf8')) as Tree;
/** A Dutch study-progress text; a missing key fails loudly. */
function s(key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = texts;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_m, v: string) => String(vars[v] ?? ''));
}

function currentSchoolYear(): string {
  const now = new Date();
  const start = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

function previousSchoolYear(): string {
  const now = new Date();
  const start = (now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1) - 1;
  return `${start}-${start + 1}`;
}

test('Uitval en switch: a manager sees rates and reasons per year, small groups suppressed, and downloads the same figures', async ({ page }) => {
  await login(page, DEMO.manager);
  await clickNav(page, s('nav.dropout'));
  await expect(pageHeading(page)).toHaveText(s('dropout.title'));
  const main = page.getByRole('main');

  const figures = main.getByRole('region', { name: new RegExp(s('dropout.table')) }).getByRole('table');
  const lastYear = figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: previousSchoolYear() }) });
  await expect(lastYear).toHaveCount(1);
  // Last year's demo leavers: at least three switches and two dropouts, shown as numbers.
  await expect(lastYear.getByRole('cell').nth(1)).toHaveText(/^[3-9]\d*$/);
  await expect(lastYear.getByRole('cell').nth(3)).toHaveText(/^[2-9]\d*$/);
  await expect(main.getByText(s('dropout.reasonsNote'))).toBeVisible();
  const reasons = main.getByRole('region', { name: new RegExp(s('dropout.reasons')) }).getByRole('table');
  const total = reasons.getByRole('row').filter({ has: page.getByRole('rowheader', { name: s('dropout.total') }) });
  await expect(total.getByRole('cell').first()).toHaveText(/^\d+$/);
  await expectNoSeriousA11yViolations(page, 'manager: uitval per studiejaar');

  // This year nobody in the demo has left yet: too few leavers to show their reasons.
  const thisYear = reasons.getByRole('row').filter({ has: page.getByRole('rowheader', { name: currentSchoolYear() }) });
  await expect(thisYear.getByRole('cell').first()).toHaveText(s('dropout.suppressed'));

  const href = await main.getByRole('link', { name: s('dropout.csv') }).getAttribute('href');
  expect(href).toBe('/api/analytics/dropout.csv?groupBy=year');
  const csv = await page.request.get(href ?? '');
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^studiejaar;starters;switches;uitval/);
  expect(lines.find((l) => l.startsWith(`${currentSchoolYear()};`))).toMatch(/;;;;;;$/);
  expect(lines.find((l) => l.startsWith(`${previousSchoolYear()};`))).toMatch(/;\d+;\d+;\d+;\d+;\d+;\d+$/);

  await main.getByLabel(s('dropout.groupBy')).selectOption('gender');
  await expect(figures.getByRole('columnheader').first()).toHaveText(s('dropout.by.gender'));
  await expect(main.getByRole('link', { name: s('dropout.csv') })).toHaveAttribute('href', '/api/analytics/dropout.csv?groupBy=gender');

  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoHorizontalScroll(page);
});
