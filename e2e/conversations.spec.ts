import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from '@playwright/test';
import { conversationType, FEEDBACK_TOPIC_LABELS, phaseByCode, WHOSE_AGENDA_LABELS } from '../src/domain/conversations';
import { apiGet, apiLogin, apiPost, isoDate } from './api';
import { DEMO, expect, expectNoHorizontalScroll, expectNoSeriousA11yViolations, expectPageReady, login, pageHeading, test, unique, type PageProblems } from './helpers';

/*
 * Reflective career conversations, end to end through the screens: the student proposes a talk
 * and writes the agenda, the counsellor accepts, holds the talk in conduct mode (a key point
 * shared with the student, one private) and closes it with a SMART action. The student then sees
 * the shared note and the action, never the private note. The database is shared by all tests of
 * a run, so the texts written here carry a unique stamp.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
test.describe.configure({ timeout: 120_000 });

type Tree = { [key: string]: string | Tree };
const texts = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/i18n/conversations.nl.json'), 'utf8'),
) as Tree;

/** The Dutch text of `conversations.<key>` with {{variables}} filled in, as the app shows it. */
function ct(key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = texts;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text "conversations.${key}" in conversations.nl.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const STUDENT = 'Lisa Meijer';
const COUNSELLOR = 'Youssef el Amrani';
const CAREER_TALK = conversationType('loopbaangesprek').title.nl;
const phase = (code: Parameters<typeof phaseByCode>[0]) => phaseByCode(code).title.nl;
const main = (page: Page) => page.getByRole('main');
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

async function secondUser(browser: Browser, problems: PageProblems, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  problems.watch(context);
  const page = await context.newPage();
  await login(page, email);
  return page;
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expectPageReady(page);
}

test.describe('Loopbaangesprekken', () => {
  test('proposed and prepared by the student, held and closed by the counsellor, read back by the student', async ({ page, browser, pageProblems }) => {
    const stamp = unique();
    const agenda = `Ik twijfel over mijn stageplek ${stamp}`;
    const shared = `Lisa merkte dat ze energie krijgt van klantcontact ${stamp}`;
    const secret = `Privé-indruk van de begeleider ${stamp}`;
    const action = 'Twee stagebedrijven bellen en vragen naar een meeloopdag';

    // The student proposes a career conversation.
    await login(page, DEMO.student);
    await open(page, '/gesprekken');
    await expect(pageHeading(page)).toHaveText(ct('list.ownTitle'));
    await expectNoSeriousA11yViolations(page, 'student: conversations list');
    await button(main(page), ct('list.plan')).first().click();
    const form = main(page).getByRole('form', { name: ct('plan.title') });
    await form.getByRole('radio', { name: CAREER_TALK, exact: true }).check();
    await form.getByLabel(ct('plan.date'), { exact: true }).fill(isoDate(7));
    await form.getByLabel(ct('plan.time'), { exact: true }).fill('10:00');
    await expectNoSeriousA11yViolations(page, 'student: plan form');
    await button(form, ct('plan.submit')).click();
    await expect(page.getByRole('status').filter({ hasText: ct('plan.sent', { name: COUNSELLOR }) })).toBeVisible();

    // … and prepares it: the agenda saves itself.
    await page.getByRole('link', { name: ct('list.prepareNow') }).click();
    await expect(page).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}$/);
    await expectPageReady(page);
    const conversationUrl = new URL(page.url()).pathname;
    await main(page).getByLabel(ct('prepare.agenda')).fill(agenda);
    await expect(main(page).getByText(ct('autosave.saved'), { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'student: preparation');
    await page.reload();
    await expectPageReady(page);
    await expect(main(page).getByLabel(ct('prepare.agenda'))).toHaveValue(agenda);

    // The counsellor sees the proposal in Lisa's list and accepts it.
    const slb = await secondUser(browser, pageProblems, DEMO.counsellor);
    await open(slb, '/gesprekken/overzicht');
    await expectNoSeriousA11yViolations(slb, 'counsellor: overview');
    await main(slb).getByRole('link', { name: STUDENT, exact: true }).click();
    await expectPageReady(slb);
    await expect(pageHeading(slb)).toHaveText(ct('list.studentTitle', { name: STUDENT }));
    const item = main(slb).getByRole('listitem').filter({ has: slb.getByRole('heading', { name: new RegExp(CAREER_TALK) }) }).filter({ hasText: ct('status.awaitingYou') }).first();
    await expectNoSeriousA11yViolations(slb, 'counsellor: student conversations');
    await button(item, ct('respond.accept')).click();
    await expect(slb.getByRole('status').filter({ hasText: ct('respond.done.accept') })).toBeVisible();

    // Preparation view: the student's agenda is there.
    await open(slb, conversationUrl);
    await expect(main(slb).getByText(agenda)).toBeVisible();
    await expect(main(slb).getByRole('heading', { name: ct('prep.notBroughtUp') })).toBeVisible();
    await expectNoSeriousA11yViolations(slb, 'counsellor: preparation view');

    // Conduct mode: a shared key point while looking back, a private one in the next phase.
    await slb.getByRole('link', { name: ct('detail.conduct'), exact: true }).click();
    await expectPageReady(slb);
    await expect(slb.getByRole('heading', { level: 2, name: ct('conduct.phaseHeading', { number: 1, title: phase('terugblikken') }) })).toBeVisible();
    await expectNoSeriousA11yViolations(slb, 'counsellor: conduct mode');
    await slb.getByLabel(ct('conduct.captureLabel', { phase: phase('terugblikken') })).fill(shared);
    await expect(slb.getByRole('radio', { name: ct('tier.option.student'), exact: true })).toBeChecked();
    await button(slb, ct('conduct.capture')).click();
    await expect(main(slb).locator('.note-item').filter({ hasText: shared })).toBeVisible();
    await button(slb, ct('conduct.next', { phase: phase('bewustwording') })).click();
    await expect(slb.getByRole('heading', { level: 2, name: ct('conduct.phaseHeading', { number: 2, title: phase('bewustwording') }) })).toBeFocused();

    await slb.getByLabel(ct('conduct.captureLabel', { phase: phase('bewustwording') })).fill(secret);
    await slb.getByRole('radio', { name: ct('tier.option.private'), exact: true }).check();
    await button(slb, ct('conduct.capture')).click();
    await expect(main(slb).locator('.note-item').filter({ hasText: secret })).toContainText(ct('tier.badge.private'));
    await button(slb, ct('conduct.next', { phase: phase('alternatieven') })).click();
    // Without a key point, moving on asks for confirmation instead of being suggested.
    await button(slb, ct('conduct.next', { phase: phase('acties') })).click();
    await expect(slb.getByRole('alert').filter({ hasText: ct('conduct.confirmText') })).toBeVisible();
    await button(slb, ct('conduct.confirmYes', { phase: phase('acties') })).click();
    await slb.getByRole('link', { name: ct('conduct.toClose'), exact: true }).click();
    await expectPageReady(slb);

    // Closing with a SMART action.
    await expect(pageHeading(slb)).toHaveText(ct('close.title'));
    await main(slb).getByLabel(ct('close.what'), { exact: true }).fill(action);
    await main(slb).getByLabel(ct('close.due'), { exact: true }).fill(isoDate(14));
    await expect(main(slb).getByText(ct('close.smartAllOk'))).toBeVisible();
    await main(slb).getByRole('checkbox', { name: 'Kwaliteitenreflectie', exact: true }).check();
    await main(slb).getByRole('checkbox', { name: ct('close.planNext'), exact: true }).uncheck();
    await expectNoSeriousA11yViolations(slb, 'counsellor: close');
    await button(main(slb), ct('close.submit')).click();
    await expect(slb).toHaveURL((url) => url.pathname === conversationUrl);
    await expectPageReady(slb);
    await expect(main(slb).getByText(ct('status.held'), { exact: true }).first()).toBeVisible();

    // The student reads back the shared note and the action; the private note never reaches them.
    await open(page, conversationUrl);
    await expect(main(page).getByText(shared)).toBeVisible();
    await expect(main(page).getByText(action)).toBeVisible();
    await expect(main(page).getByText(secret)).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await main(page).getByRole('checkbox', { name: action }).check();
    await expect(main(page).getByText(ct('actions.done'), { exact: true })).toBeVisible();
    await main(page).getByLabel(ct('after.summaryLabel')).fill(`Ik ga twee bedrijven bellen ${stamp}`);
    await expect(main(page).getByText(ct('autosave.saved'), { exact: true })).toBeVisible();
    await main(page).getByRole('radio', { name: WHOSE_AGENDA_LABELS.mine.nl, exact: true }).check();
    await main(page).getByRole('radio', { name: /^5/ }).check();
    await main(page).getByRole('checkbox', { name: FEEDBACK_TOPIC_LABELS.acties_werk_loopbaan.nl, exact: true }).check();
    await expectNoSeriousA11yViolations(page, 'student: after the talk');
    await button(main(page), ct('feedback.submit')).click();
    await expect(main(page).getByText(ct('feedback.thanks'))).toBeVisible();
  });

  test('typed preparation survives a dropped connection and a save from another tab', async ({ browser, request }) => {
    // Set-up through the API: a talk proposed by the student.
    await apiLogin(request, DEMO.student);
    const me = await apiGet<{ id: string }>(request, '/api/me');
    const proposed = await apiPost<{ id: string }>(request, `/api/students/${me.id}/conversations`, {
      type: 'voortgang',
      startsAt: `${isoDate(10)}T09:00:00+02:00`,
      durationMinutes: 30,
      location: '',
      online: true,
    });
    // Unwatched contexts: the deliberately broken requests are logged by the browser as errors.
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const tab = await context.newPage();
    await login(tab, DEMO.student);
    await open(tab, `/gesprekken/${proposed.id}`);
    const agendaField = (page: Page) => main(page).getByLabel(ct('prepare.agenda'));

    // Offline: the text stays, the student is told, and it is kept on the device.
    await tab.route('**/api/conversations/*/preparation', (route) => route.abort());
    await agendaField(tab).fill('Tekst zonder verbinding');
    await expect(tab.getByRole('alert').filter({ hasText: ct('autosave.offline') })).toBeVisible();
    await expect(agendaField(tab)).toHaveValue('Tekst zonder verbinding');
    await tab.unroute('**/api/conversations/*/preparation');
    await tab.reload();
    await expectPageReady(tab);
    await expect(agendaField(tab)).toHaveValue('Tekst zonder verbinding');
    await expect(main(tab).getByText(ct('autosave.restored'))).toBeVisible();
    await expect(main(tab).getByText(ct('autosave.saved'), { exact: true })).toBeVisible();

    // Another tab saves a different text: this tab keeps what was typed and lets the student choose.
    const other = await context.newPage();
    await open(other, `/gesprekken/${proposed.id}`);
    await agendaField(other).fill('Tekst uit het andere tabblad');
    await expect(main(other).getByText(ct('autosave.saved'), { exact: true })).toBeVisible();
    await agendaField(tab).fill('Mijn eigen tekst');
    const conflict = tab.getByRole('alert').filter({ hasText: ct('autosave.conflictTitle') });
    await expect(conflict).toBeVisible();
    await expect(agendaField(tab)).toHaveValue('Mijn eigen tekst');
    await expectNoSeriousA11yViolations(tab, 'student: autosave conflict');
    await button(conflict, ct('autosave.keepMine')).click();
    await expect(main(tab).getByText(ct('autosave.saved'), { exact: true })).toBeVisible();
    await open(other, `/gesprekken/${proposed.id}`);
    await expect(agendaField(other)).toHaveValue('Mijn eigen tekst');
    await context.close();
  });

  test('a manager sees feedback only as aggregates, an administrator sets norms', async ({ page }) => {
    await login(page, DEMO.manager);
    await open(page, '/inzicht/gesprekken');
    await expect(pageHeading(page)).toHaveText(ct('insight.title'));
    await expectNoSeriousA11yViolations(page, 'manager: conversation insight');

    const admin = page;
    await admin.context().clearCookies();
    await login(admin, DEMO.admin);
    await open(admin, '/admin/gespreksnormen');
    await expect(pageHeading(admin)).toHaveText(ct('norms.title'));
    const perYear = main(admin).getByRole('spinbutton', { name: ct('norms.perYearFor', { name: 'HBO-ICT' }) });
    await perYear.fill('4');
    await main(admin).getByRole('button', { name: /Opslaan\s+HBO-ICT/ }).click();
    await expect(main(admin).getByText(ct('norms.saved')).first()).toBeVisible();
    await expectNoSeriousA11yViolations(admin, 'admin: conversation norms');
  });

  test('@phone student: conversations and planning fit a phone screen', async ({ page }) => {
    await login(page, DEMO.student);
    await open(page, '/gesprekken');
    await expectNoHorizontalScroll(page);
    await button(main(page), ct('list.plan')).first().click();
    await expect(main(page).getByRole('form', { name: ct('plan.title') })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: plan form');
  });
});
