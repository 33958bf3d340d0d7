import {
  DEMO,
  DEMO_PASSWORD,
  emailField,
  expect,
  expectNoSeriousA11yViolations,
  expectPageReady,
  login,
  loginButton,
  logout,
  pageHeading,
  passwordField,
  test,
} from './helpers';
import { en, t } from './i18n';

// The app starts in the browser's language; these tests are about the Dutch default.
test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

test.describe('Inloggen', () => {
  test('the login page lists the demo accounts and one fills the form', async ({ page }) => {
    await page.goto('/login');
    await expectPageReady(page);
    await expect(page).toHaveTitle(/Koers/);
    await expect(emailField(page)).toBeVisible();
    await expect(passwordField(page)).toBeVisible();

    const demo = page.getByRole('region').filter({ hasText: DEMO.admin });
    await expect(demo).toBeVisible();
    for (const email of Object.values(DEMO)) {
      await expect(demo.getByRole('cell', { name: email, exact: true })).toBeVisible();
    }
    await expect(demo.getByText(DEMO_PASSWORD).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'login page');

    // "Gebruik" on the student's row fills the form; then signing in takes us to the start page.
    const row = demo.getByRole('row').filter({ hasText: DEMO.student });
    await row.getByRole('button').click();
    await expect(emailField(page)).toHaveValue(DEMO.student);
    await expect(passwordField(page)).toHaveValue(DEMO_PASSWORD);
    await loginButton(page).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(pageHeading(page)).toContainText('Lisa');
  });

  test('a wrong password shows the Dutch error and keeps you on the login page', async ({ page }) => {
    await page.goto('/login');
    await emailField(page).fill(DEMO.supervisor);
    await passwordField(page).fill('dit-is-niet-het-wachtwoord');
    await loginButton(page).click();

    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('E-mailadres of wachtwoord klopt niet.');
    await expect(page).toHaveURL(/\/login/);
    // The fields point at the error for screen reader users.
    await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(passwordField(page)).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, 'login page with an error');
  });

  test('an empty form says what is missing without asking the server', async ({ page }) => {
    await page.goto('/login');
    await loginButton(page).click();
    await expect(page.getByRole('alert')).toHaveText(t('login.missing'));
    await expect(page).toHaveURL(/\/login/);
  });

  test('logging out ends the session', async ({ page }) => {
    await login(page, DEMO.student);
    await logout(page);
    // The app itself is closed now: a visit sends you back to login, and then where you were going.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await expect(loginButton(page)).toBeVisible();
    await emailField(page).fill(DEMO.student);
    await passwordField(page).fill(DEMO_PASSWORD);
    await loginButton(page).click();
    await expect(page).toHaveURL((url) => url.pathname === '/account');
    await expectPageReady(page);
  });

  test('an unknown page while signed out says so, in the public frame', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expectPageReady(page);
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  });

  test('keyboard only: Tab to the fields, Enter signs in', async ({ page }) => {
    await page.goto('/login');
    await expect(loginButton(page)).toBeVisible();
    // Tab through the header (skip link, brand, language) until the e-mail field has focus.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await emailField(page).evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'the e-mail field can be reached with Tab').toBe(true);
    await page.keyboard.type(DEMO.counsellor);
    await page.keyboard.press('Tab');
    await expect(passwordField(page)).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(pageHeading(page)).toContainText('Youssef');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/login');
    await expect(loginButton(page)).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t('shell.skipToContent') });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(emailField(page)).toBeFocused();
  });
});

test.describe('Taal', () => {
  test('before login: English changes the interface and survives a reload', async ({ page }) => {
    await page.goto('/login');
    await expect(loginButton(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    const dutchTitle = await pageHeading(page).innerText();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(pageHeading(page)).not.toHaveText(dutchTitle);
    await expect(page.getByLabel(en('login.email'), { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: en('login.submit'), exact: true })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: en('login.submit'), exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'login page (English)');

    // The English error comes from the server in the language asked for.
    await page.getByLabel(en('login.email'), { exact: true }).fill(`nobody-${Date.now()}@example.org`);
    await page.getByLabel(en('login.password'), { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: en('login.submit'), exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Email address or password is incorrect.');

    // And back.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(loginButton(page)).toBeVisible();
  });

  test('signed in: English is saved on the account and survives a reload and a new login', async ({ page, browser, pageProblems }) => {
    // The supervisor's account: no other test depends on its language, and it is set back below.
    await login(page, DEMO.supervisor);
    try {
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      const dutchNav = await page.locator('#main-nav').innerText();

      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // innerText keeps the line between menu items; compare it as such.
      await expect.poll(() => page.locator('#main-nav').innerText()).not.toBe(dutchNav);
      await expect(pageHeading(page)).toContainText('Sandra');

      await page.reload();
      await expectPageReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
      await expectNoSeriousA11yViolations(page, 'start page (English)');

      // A new device (no remembered choice) gets the account's language after login.
      const other = await browser.newContext({ locale: 'nl-NL' });
      pageProblems.watch(other);
      try {
        const second = await other.newPage();
        await login(second, DEMO.supervisor);
        await expect(second.locator('html')).toHaveAttribute('lang', 'en');
        await expect(second.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
      } finally {
        await other.close();
      }

      await page.getByRole('button', { name: 'Nederlands' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expect.poll(() => page.locator('#main-nav').innerText()).toBe(dutchNav);
    } finally {
      // Leave the shared demo account as it was, whatever happened above.
      await page.request.patch('/api/me', { data: { language: 'nl' } });
    }
  });
});
