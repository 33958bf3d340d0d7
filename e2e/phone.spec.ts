import { devices } from '@playwright/test';
import {
  DEMO,
  clickNav,
  expect,
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  login,
  mainNav,
  menuButton,
  pageHeading,
  test,
} from './helpers';
import { t } from './i18n';

// The `phone` project runs these on a Pixel 7. The `desktop` project picks them up too (its config
// has no grepInvert), so the phone viewport is set here as well: then both runs test a phone.
// (`defaultBrowserType` cannot be set per file, and the config already uses Chromium.)
const { defaultBrowserType: _browser, ...pixel7 } = devices['Pixel 7'];
test.use({ ...pixel7, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

test.describe('Telefoon', () => {
  test('@phone login page fits the screen and is accessible', async ({ page }) => {
    await page.goto('/login');
    await expect(pageHeading(page)).toBeVisible();
    await expect(page.getByRole('region').filter({ hasText: DEMO.admin })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: login');
  });

  test('@phone student: navigation through the menu button, start page fits', async ({ page }) => {
    await login(page, DEMO.student);
    await expect(pageHeading(page)).toContainText('Lisa');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: student start page');

    // On a phone the navigation is folded away behind the menu button.
    const button = menuButton(page);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page).getByRole('link', { name: t('nav.myFile') })).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNav(page).getByRole('link', { name: t('nav.myFile') })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'phone: student menu open');

    // Choosing a page closes the menu again.
    await mainNav(page).getByRole('link', { name: t('nav.myFile') }).click();
    await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page).getByRole('link', { name: t('nav.myFile') })).toBeHidden();
    await expect(pageHeading(page)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: student file');
  });

  test('@phone counsellor: start page and students list fit the screen', async ({ page }) => {
    await login(page, DEMO.counsellor);
    await expect(pageHeading(page)).toContainText('Youssef');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: counsellor start page');

    await clickNav(page, t('nav.myStudents'));
    const table = page.getByRole('main').getByRole('table');
    await expect(table).toBeVisible();
    await expect(table).toContainText('Lisa Meijer');
    // A wide table scrolls inside its own frame; the page itself never scrolls sideways.
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: counsellor students list');

    await table.getByRole('link', { name: 'Lisa Meijer' }).click();
    await expect(pageHeading(page)).toHaveText('Lisa Meijer');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'phone: counsellor student file');
  });

  test('@phone the menu button is operable with the keyboard', async ({ page }) => {
    await login(page, DEMO.counsellor);
    const button = menuButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const link = mainNav(page).getByRole('link', { name: t('nav.myStudents') });
    await expect(link).toBeVisible();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/students$/);
    await expect(pageHeading(page)).toBeVisible();
  });
});
