import { DEMO, clickNav, expect, expectNoSeriousA11yViolations, expectPageReady, login, logout, pageHeading, test, unique } from './helpers';
import { caseloadRows, g, main, section } from './guidance-texts';

/*
 * A referral from first to second line and back: the counsellor refers Lisa Meijer, the specialist
 * takes it on (a stale second tab is refused and reloads), records first contact, shares a step
 * plan and closes with feedback; the counsellor reads the feedback and the student the step plan.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

test.describe('Begeleiding: verwijzing naar de tweede lijn', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a full referral: counsellor refers Lisa, the specialist handles and closes it, both sides see the result', async ({ page }) => {
    const stamp = unique();
    const description = `Lisa twijfelt sterk over haar studiekeuze en zit niet lekker in haar vel (${stamp}).`;
    const steps = [`Kennismakingsgesprek met de zorgcoach ${stamp}`, `Oriëntatie op een andere opleiding ${stamp}`];
    const feedback = `Lisa heeft twee gesprekken gehad en kiest bewust voor haar opleiding (${stamp}).`;

    // The counsellor refers from the caseload.
    await login(page, DEMO.counsellor);
    await clickNav(page, g('nav.caseload'));
    await main(page).getByRole('searchbox', { name: g('caseload.search') }).fill('Lisa Meijer');
    await expect(caseloadRows(page)).toHaveCount(1);
    await main(page).getByRole('link', { name: `${g('referral.refer')} Lisa Meijer` }).click();
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(g('referral.formTitleFor', { name: 'Lisa Meijer' }));

    // Sent empty: clear Dutch messages, and the first field that needs attention has the focus.
    await main(page).getByRole('button', { name: g('referral.submit') }).click();
    await expect(main(page).getByText(g('referral.errors.reason'))).toBeVisible();
    await expect(main(page).getByText(g('referral.errors.description'))).toBeVisible();
    await expect(main(page).getByText(g('referral.errors.consent'))).toBeVisible();
    await expect(main(page).getByLabel(g('referral.reason'))).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'counsellor: verwijzen, with errors');

    await main(page).getByLabel(g('referral.reason')).selectOption('studiekeuze');
    await main(page).getByLabel(g('referral.description')).fill(description);
    // Without consent a reason is required.
    await main(page).getByLabel(g('referral.consentNotGiven')).check();
    await main(page).getByRole('button', { name: g('referral.submit') }).click();
    await expect(main(page).getByText(g('referral.errors.noConsentReason'))).toBeVisible();
    await main(page).getByLabel(g('referral.consentGiven')).check();
    await main(page).getByLabel(g('referral.parentsMaySee')).check();
    await main(page).getByRole('button', { name: g('referral.submit') }).click();

    await expect(page).toHaveURL(/\/verwijzingen\/[0-9a-f-]{36}/);
    await expectPageReady(page);
    const referralPath = new URL(page.url()).pathname;
    await expect(main(page).getByRole('status').filter({ hasText: g('referral.created') })).toBeVisible();
    const progress = main(page).getByRole('list', { name: g('referral.progress') });
    await expect(progress.locator('[aria-current="step"]')).toContainText(g('status.ingediend'));
    await expect(main(page)).toContainText(description);
    await expectNoSeriousA11yViolations(page, 'counsellor: verwijzing ingediend');
    await logout(page);

    // The specialist finds it in the queue and takes it on.
    await login(page, DEMO.specialist);
    await clickNav(page, g('nav.secondLine'));
    await expect(pageHeading(page)).toHaveText(g('secondLine.title'));
    const queue = section(main(page), g('secondLine.queue'));
    await expect(queue.locator(`a[href="${referralPath}"]`)).toHaveText('Lisa Meijer');
    await expectNoSeriousA11yViolations(page, 'specialist: tweede lijn');
    await queue.locator(`a[href="${referralPath}"]`).click();
    await expectPageReady(page);

    // A second tab still shows the old version: its "take on" is refused with a message, and it reloads.
    const stale = await page.context().newPage();
    await stale.goto(referralPath);
    await expectPageReady(stale);

    const actions = section(main(page), g('actions.title'));
    await actions.getByRole('button', { name: g('actions.accept') }).click();
    await expect(actions.getByRole('status').filter({ hasText: g('actions.accepted') })).toBeVisible();
    await expect(progress.locator('[aria-current="step"]')).toContainText(g('status.in_behandeling'));

    const staleActions = section(main(stale), g('actions.title'));
    await staleActions.getByRole('button', { name: g('actions.accept') }).click();
    await expect(staleActions.getByRole('alert')).toBeVisible();
    await expect(staleActions.getByRole('button', { name: g('actions.contact') })).toBeVisible();
    await stale.close();

    // First contact, then a step plan of two rows.
    await actions.getByLabel(g('actions.contactNote')).fill('Gebeld met Lisa, afspraak gemaakt.');
    await actions.getByRole('button', { name: g('actions.contact') }).click();
    await expect(actions.getByRole('status').filter({ hasText: g('actions.contacted') })).toBeVisible();
    await expect(actions.getByRole('button', { name: g('actions.contact') })).toHaveCount(0);

    const step1 = actions.getByRole('group', { name: g('plan.step', { number: 1 }) });
    await step1.getByLabel(g('plan.what')).fill(steps[0] ?? '');
    await step1.getByLabel(g('plan.who')).fill('Lisa en zorgcoach');
    await actions.getByRole('button', { name: g('plan.add') }).click();
    const step2 = actions.getByRole('group', { name: g('plan.step', { number: 2 }) });
    await expect(step2.getByLabel(g('plan.what'))).toBeFocused();
    await step2.getByLabel(g('plan.what')).fill(steps[1] ?? '');
    await step2.getByLabel(g('plan.who')).fill('Lisa');
    await actions.getByRole('button', { name: g('plan.submit') }).click();
    await expect(actions.getByRole('status').filter({ hasText: g('actions.planned') })).toBeVisible();
    await expect(progress.locator('[aria-current="step"]')).toContainText(g('status.stappenplan'));

    // The specialist ticks the first step off.
    const plan = section(main(page), g('steps.title'));
    await plan.getByRole('checkbox', { name: steps[0] }).check();
    await expect(plan).toContainText(g('steps.progress', { done: 1, total: 2 }));
    await expectNoSeriousA11yViolations(page, 'specialist: verwijzing met stappenplan');

    // Closing needs feedback to the referrer.
    await actions.getByLabel(g('status.afgerond')).check();
    await actions.getByRole('button', { name: g('actions.close') }).click();
    await expect(actions.getByText(g('actions.errors.feedback'))).toBeVisible();
    await actions.getByLabel(g('actions.feedback')).fill(feedback);
    await actions.getByRole('button', { name: g('actions.close') }).click();
    await expect(section(main(page), g('referral.feedback'))).toContainText(feedback);
    await expect(progress.locator('[aria-current="step"]')).toContainText(g('status.afgerond'));
    await logout(page);

    // The counsellor reads the feedback.
    await login(page, DEMO.counsellor);
    await page.goto(referralPath);
    await expectPageReady(page);
    await expect(section(main(page), g('referral.feedback'))).toContainText(feedback);
    await logout(page);

    // The student sees the status and the step plan, not the counsellor's description.
    await login(page, DEMO.student);
    await page.goto(referralPath);
    await expectPageReady(page);
    const ownPlan = section(main(page), g('steps.title'));
    await expect(ownPlan).toContainText(steps[0] ?? '');
    await expect(ownPlan).toContainText(steps[1] ?? '');
    await expect(ownPlan.getByRole('checkbox')).toHaveCount(0);
    await expect(main(page)).not.toContainText(description);
    await expectNoSeriousA11yViolations(page, 'student: eigen verwijzing');
  });
});
