import { DEMO, expect, expectNoSeriousA11yViolations, login, pageHeading, test } from './helpers';
import { t } from './i18n';

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

/** Any of these (variable-free) texts. */
const either = (...keys: string[]) => new RegExp(keys.map((k) => t(k).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/*
 * The database is shared by every browser test of a run, so other tests may already have
 * proposed a conversation or started a self-assessment for the demo student: each card is
 * checked for one of the states it can show, and for the way on from there.
 */
test('student start page: the next conversation, open agreements and competencies lead on', async ({ page }) => {
  await login(page, DEMO.student);
  const main = page.getByRole('main');
  const next = main.getByRole('region', { name: t('home.student.nextConversation') });
  await expect(next).toContainText(either('home.student.agendaReady', 'home.student.agendaMissing', 'home.student.awaitingYou'));
  const actions = main.getByRole('region', { name: t('home.student.openActions') });
  await expect(actions).toContainText(/\d+/);
  const competencies = main.getByRole('region', { name: t('home.student.competencies') });
  await expect(competencies).toContainText(/Laatst gemeten op|Je bent bezig/);
  await expect(competencies.getByRole('link')).toHaveText(either('home.student.seeCompetencies', 'home.student.continue'));
  await expectNoSeriousA11yViolations(page, 'student: start page with next steps');

  await next.getByRole('link').click();
  await expect(pageHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}$/);
});
