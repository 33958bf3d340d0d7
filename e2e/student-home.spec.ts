import { DEMO, expect, expectNoSeriousA11yViolations, login, pageHeading, test } from './helpers';
import { t } from './i18n';

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

test('student start page: the next conversation, open agreements and competencies lead on', async ({ page }) => {
  await login(page, DEMO.student);
  const main = page.getByRole('main');
  const next = main.getByRole('region', { name: t('home.student.nextConversation') });
  await expect(next).toContainText(t('home.student.agendaReady'));
  const actions = main.getByRole('region', { name: t('home.student.openActions') });
  await expect(actions).toContainText(/\d+/);
  const competencies = main.getByRole('region', { name: t('home.student.competencies') });
  await expect(competencies).toContainText(/Laatst gemeten op/);
  await expectNoSeriousA11yViolations(page, 'student: start page with next steps');

  await next.getByRole('link', { name: t('home.student.openConversation') }).click();
  await expect(pageHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}$/);
});
