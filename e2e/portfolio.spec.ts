import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiGet, apiLogin, apiPost } from './api';
import { DEMO, expect, expectNoSeriousA11yViolations, login, test, unique } from './helpers';

/** The portfolio texts (their own i18n pair), so the test reads what the student reads. */
const dir = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(dir, `../src/web/i18n/${file}`), 'utf8'));
const texts = read('portfolio.nl.json');
const autosaveSaved: string = read('conversations.nl.json').autosave.saved;
const p = (key: string) => key.split('.').reduce((node: unknown, part) => (node as Record<string, unknown>)[part], texts) as string;

const STARRTT = {
  Situatie: 'Meeloopdag op de kinderafdeling van het ziekenhuis.',
  Taak: 'Ik wilde zien of verplegen bij mij past.',
  Actie: 'Ik hielp bij de lunch en stelde vragen aan de verpleegkundige.',
  Resultaat: 'Een kind lachte om mijn grapje; de verpleegkundige gaf me een compliment.',
  Reflectie: 'Ik voelde me op mijn plek, maar de drukte was wennen.',
  Transfer: 'Bij mijn stage vraag ik vaker om uitleg als het druk is.',
};

test('a student writes a STARRTT reflection and links it to a goal', async ({ page, request }) => {
  // Two axe runs on long pages; a loaded machine needs more than the default.
  test.slow();
  await apiLogin(request, DEMO.student);
  const me = await apiGet<{ id: string }>(request, '/api/me');
  const goalTitle = unique('Twee ziekenhuizen bezoeken ');
  const goal = await apiPost<{ id: string }>(request, `/api/students/${me.id}/goals`, { title: goalTitle, competencies: ['werkexploratie'] });

  await login(page, DEMO.student);
  await page.getByRole('navigation').getByRole('link', { name: p('nav.portfolio'), exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: p('title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: goalTitle })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'portfolio overview');

  await page.goto('/portfolio/nieuw');
  await page.getByRole('radio', { name: /STARRTT/ }).check();
  const title = unique('Meeloopdag ziekenhuis ');
  await page.getByLabel(p('evidence.titleLabel')).fill(title);
  await page.getByRole('button', { name: p('new.start') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  for (const [label, text] of Object.entries(STARRTT)) await page.getByLabel(label, { exact: true }).fill(text);
  await expect(page.getByRole('status').filter({ hasText: autosaveSaved })).toBeVisible();
  // The link is saved at once; on a busy server the box may show the server's answer a moment later.
  await page.getByRole('checkbox', { name: goalTitle }).click();
  await expect(page.getByRole('checkbox', { name: goalTitle })).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'reflection editor');

  await page.getByRole('button', { name: p('evidence.finish') }).click();
  await expect(page.getByText(p('evidence.finished'))).toBeVisible();

  // The page shows "finished" at once; the server's answer may still be on its way.
  await expect
    .poll(async () => (await apiGet<{ items: { title: string; status: string; template: string }[] }>(request, `/api/students/${me.id}/evidence?goal=${goal.id}`)).items)
    .toEqual([expect.objectContaining({ title, status: 'final', template: 'starrtt' })]);
});
