import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IntakeView } from '../src/shared/intake';
import { apiGet, apiLogin } from './api';
import { DEMO, expect, expectNoSeriousA11yViolations, expectPageReady, login, logout, pageHeading, test } from './helpers';

/*
 * An intake with an imported dossier: an admin moves Lisa Meijer's loopbaandossier into a
 * first-year student's file (the import endpoint of the dossier feature), the counsellor fills in
 * the intake (saved as typed), ticks a handover item, sees what came in with the dossier and the
 * first-100-days timeline, and completes the intake.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const nl = JSON.parse(fs.readFileSync(path.join(here, '../src/web/i18n/transition.nl.json'), 'utf8')) as typeof import('../src/web/i18n/transition.nl.json');

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

interface Row {
  id: string;
  name: string;
  cohort: string | null;
}

test.describe('Intake en eerste 100 dagen', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the counsellor records an intake for a first-year student with an imported dossier', async ({ page, request }) => {
    // Set-up through the API: a first-year student of slb@ without an intake, and a dossier for them.
    await apiLogin(request, DEMO.admin);
    const students = await apiGet<{ items: Row[] }>(request, '/api/students?limit=200');
    const candidates = students.items.filter((s) => s.cohort?.startsWith('HICT-1'));
    let target: Row | undefined;
    for (const s of candidates) {
      const view = await apiGet<IntakeView>(request, `/api/students/${s.id}/intake`);
      if (view.intake === null) {
        target = s;
        break;
      }
    }
    expect(target, 'a first-year student without an intake').toBeDefined();
    const student = target as Row;
    const lisa = students.items.find((s) => s.name === 'Lisa Meijer');
    const zip = await request.get(`/api/students/${lisa?.id}/dossier`);
    expect(zip.status()).toBe(200);
    const imported = await request.post(`/api/dossiers/import?studentId=${student.id}&consent=true&language=nl`, {
      headers: { 'content-type': 'application/zip' },
      data: await zip.body(),
    });
    expect(imported.status(), await imported.text()).toBe(201);

    await login(page, DEMO.counsellor);
    await page.goto(`/students/${student.id}/intake`);
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(nl.intake.title.replace('{{name}}', student.name));
    const main = page.getByRole('main');
    await expect(main.getByText(nl.intake.statusNone)).toBeVisible();
    await expect(main.getByRole('heading', { name: nl.dossier.title })).toBeVisible();
    await expect(main.getByText(/Meegekomen: \d+ doelen/)).toBeVisible();

    await main.getByLabel(nl.intake.priorEducation).selectOption('mbo');
    await main.getByLabel(nl.intake.mboLevel).selectOption('4');
    await main.getByLabel(nl.intake.mboProgramme).fill('Software developer');
    await main.getByLabel(nl.intake.learningHistory).fill('Mbo-4 afgerond; sterk in projecten, wil meer theorie.');
    await main.getByLabel(nl.intake.choiceCheckOutcome).selectOption('doubtful');
    await main.getByLabel(nl.intake.choiceCheckAdvice).fill('Wiskunde bijspijkeren in blok 1.');
    await main.getByLabel(nl.intake.supportNeeds).fill('Geen bijzondere ondersteuning.');
    await main.getByLabel(nl.intake.firstSteps).fill('Planning maken en na drie weken bespreken.');
    await expect(main.getByRole('status').filter({ hasText: /Opgeslagen|Saved|bewaard/i }).first()).toBeVisible({ timeout: 15_000 });

    // The checklist appears once the intake exists.
    await page.reload();
    await expectPageReady(page);
    await expect(main.getByText(nl.intake.statusDraft)).toBeVisible();
    const item = main.getByRole('checkbox', { name: /studiekeuzecheck met de student besproken/ });
    // A controlled checkbox: it turns on once the server has the tick.
    await item.click();
    await expect(item).toBeChecked();
    await expect(main.getByText(/afgevinkt door/)).toBeVisible();

    await main.getByRole('button', { name: nl.intake.complete }).click();
    await expect(main.getByText(/Intake afgerond op/)).toBeVisible();
    await expect(main.getByRole('heading', { name: nl.journey.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'counsellor: intake');

    // The student reads it back, read-only.
    await logout(page);
    const own = await apiGet<IntakeView>(request, `/api/students/${student.id}/intake`);
    expect(own.intake?.status).toBe('complete');
    expect(own.intake?.fields.priorDetail).toBe('Software developer');
  });
});
