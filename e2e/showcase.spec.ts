import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiGet, apiLogin, apiPost } from './api';
import { DEMO, expect, expectNoSeriousA11yViolations, login, test, unique } from './helpers';

/** The showcase texts (their own i18n pair), so the test reads what the student reads. */
const texts = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/i18n/showcase.nl.json'), 'utf8'));
const s = (key: string, vars: Record<string, string> = {}) =>
  (key.split('.').reduce((node: unknown, part) => (node as Record<string, unknown>)[part], texts) as string).replace(/\{\{(\w+)\}\}/g, (_, v: string) => vars[v] ?? '');

test('a student shares a page by link, an outsider sees it, and after revoking sees it is no longer available', async ({ page, browser, request, pageProblems }) => {
  const title = unique('Reflectie open dag ');
  const text = 'Ik merkte dat ik rustig blijf als het druk wordt.';
  await apiLogin(request, DEMO.student);
  const me = await apiGet<{ id: string }>(request, '/api/me');
  await apiPost(request, `/api/students/${me.id}/evidence`, { kind: 'reflection', template: 'free', title, body: { text }, status: 'final' });

  await login(page, DEMO.student);
  await page.goto('/portfolio/showcase');
  const pageTitle = unique('Mijn keuze ');
  await page.getByLabel(s('list.pageTitle')).fill(pageTitle);
  await page.getByRole('button', { name: s('list.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: pageTitle })).toBeVisible();

  await page.getByRole('button', { name: `${s('editor.add')} ${title} (${s('kind.reflection')})` }).click();
  await page.getByRole('button', { name: s('editor.save') }).click();
  await expect(page.getByText(s('editor.saved'))).toBeVisible();
  await expect(page.getByRole('article').getByText(text)).toBeVisible();

  const label = unique('Stagebedrijf ');
  await page.getByLabel(s('share.label')).fill(label);
  await page.getByRole('button', { name: s('share.makeLink') }).click();
  const url = (await page.getByTestId('share-url').textContent()) ?? '';
  expect(url).toMatch(/\/gedeeld\/[A-Za-z0-9_-]{20,}$/);
  await expectNoSeriousA11yViolations(page, 'showcase editor');

  const outsiderContext = await browser.newContext();
  pageProblems.watch(outsiderContext);
  const outsider = await outsiderContext.newPage();
  await outsider.goto(url);
  await expect(outsider.getByRole('heading', { level: 1, name: pageTitle })).toBeVisible();
  await expect(outsider.getByText(text)).toBeVisible();
  await expectNoSeriousA11yViolations(outsider, 'shared page');

  await page.reload();
  await expect(page.getByRole('cell', { name: s('share.viaLink', { label }) }).first()).toBeVisible();
  await page.getByRole('button', { name: `${s('share.revoke')} ${s('share.viaLink', { label })}` }).click();
  await expect(page.getByText(s('share.revoked'))).toBeVisible();

  await outsider.reload();
  await expect(outsider.getByRole('heading', { level: 1, name: s('link.gone.title') })).toBeVisible();
  await expect(outsider.getByText(text)).toHaveCount(0);
  await expectNoSeriousA11yViolations(outsider, 'page no longer available');
  await outsiderContext.close();
});
