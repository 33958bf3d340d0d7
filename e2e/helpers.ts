import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { t } from './i18n';
import { serverURL } from './servers';

/**
 * Shared helpers for the browser tests.
 *
 * - `test` is Playwright's test with an automatic watcher: a test fails when a page in its browser
 *   context reports a Content-Security-Policy violation, an uncaught error or a console error
 *   (other than the browser's own note about a failed HTTP request, which a 401/403 answer of the
 *   API legitimately produces). Its `baseURL` is this worker's own server (see servers.ts), for the
 *   page, the `request` fixture and every `browser.newContext()` alike.
 * - `login()` signs in through the real login form.
 * - `expectNoSeriousA11yViolations()` runs axe (WCAG 2.0/2.1 A and AA) and fails with a readable
 *   list of every serious or critical violation.
 */

export const DEMO_PASSWORD = 'koers-demo';

export const DEMO = {
  admin: 'admin@demo.koers.nl',
  counsellor: 'slb@demo.koers.nl',
  student: 'student@demo.koers.nl',
  manager: 'manager@demo.koers.nl',
  specialist: 'zorg@demo.koers.nl',
  parent: 'ouder@demo.koers.nl',
  supervisor: 'stage@demo.koers.nl',
} as const;

export type DemoRole = keyof typeof DEMO;

/** A unique suffix for things a test creates: the database is shared by all tests of one worker. */
export function unique(prefix = ''): string {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`.toUpperCase();
  return `${prefix}${stamp}`;
}

// ---------------------------------------------------------------------------------------------
// Console / CSP watcher
// ---------------------------------------------------------------------------------------------

/** Chromium's own line for a request answered with an error status: expected for 401/403/404. */
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (400|401|403|404|409|410|422)\b/;
const CSP = /Content[- ]Security[- ]Policy|violates the following .*directive/i;

export interface PageProblems {
  /** Every problem seen so far, readable. */
  readonly list: string[];
  /** Also watch another context (e.g. one made with `browser.newContext()` for a second user). */
  watch(context: BrowserContext): void;
}

function watchContext(context: BrowserContext, list: string[]): void {
  context.on('console', (message) => {
    const text = message.text();
    const where = message.page()?.url() ?? '?';
    if (CSP.test(text)) {
      list.push(`CSP violation on ${where}: ${text}`);
    } else if (message.type() === 'error' && !FAILED_RESOURCE.test(text)) {
      list.push(`console.error on ${where}: ${text}`);
    }
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    list.push(`uncaught error on ${webError.page()?.url() ?? '?'}: ${error.stack ?? error.message}`);
  });
}

export const test = base.extend<{ pageProblems: PageProblems }>({
  baseURL: async ({}, use, testInfo) => use(serverURL(testInfo.parallelIndex)),
  pageProblems: [
    async ({ context }, use) => {
      const list: string[] = [];
      watchContext(context, list);
      await use({ list, watch: (other) => watchContext(other, list) });
      expect(list, `The page reported problems:\n${list.map((p) => `  - ${p}`).join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// ---------------------------------------------------------------------------------------------
// Login / logout
// ---------------------------------------------------------------------------------------------

export function emailField(page: Page): Locator {
  return page.getByLabel('E-mailadres', { exact: true });
}

export function passwordField(page: Page): Locator {
  return page.getByLabel('Wachtwoord', { exact: true });
}

export function loginButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Inloggen', exact: true });
}

/** Signs in through the real login form and waits for the start page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await loginButton(page).click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
  await expectPageReady(page);
}

/** The header's user menu: a button with the user's name that opens Account and Uitloggen. */
export function userMenuButton(page: Page): Locator {
  return page.locator('header button[aria-controls="user-menu-panel"]');
}

export async function logout(page: Page): Promise<void> {
  await userMenuButton(page).click();
  await page.locator('#user-menu-panel').getByRole('button', { name: t('shell.logout') }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(loginButton(page)).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// Pages and navigation
// ---------------------------------------------------------------------------------------------

/** The page's single h1. */
export function pageHeading(page: Page): Locator {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}

/** Waits until the page has its h1 and nothing is loading any more. */
export async function expectPageReady(page: Page): Promise<void> {
  await expect(pageHeading(page)).toHaveCount(1);
  await expect(pageHeading(page)).toBeVisible();
  await expect(page.locator('.state-loading')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The main navigation (`#main-nav`, the element the menu button controls). */
export function mainNav(page: Page): Locator {
  return page.locator('#main-nav');
}

/** The header's menu button, shown on narrow screens. */
export function menuButton(page: Page): Locator {
  return page.locator('header button[aria-controls="main-nav"]');
}

/** Makes the navigation visible: on a phone it sits behind the menu button. */
export async function openNav(page: Page): Promise<Locator> {
  const nav = mainNav(page);
  if (!(await nav.isVisible()) || !(await nav.getByRole('link').first().isVisible())) {
    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(nav.getByRole('link').first()).toBeVisible();
  return nav;
}

/** Names of the links in the main navigation. */
export async function navLinkNames(page: Page): Promise<string[]> {
  const nav = await openNav(page);
  const names = (await nav.getByRole('link').allInnerTexts()).map((name) => name.trim());
  // Close it again on a phone, so the page is as the user left it.
  if ((await menuButton(page).isVisible()) && (await menuButton(page).getAttribute('aria-expanded')) === 'true') {
    await menuButton(page).click();
  }
  return names;
}

/** Clicks a link of the main navigation (through the menu button on a phone) and waits for the page. */
export async function clickNav(page: Page, name: string | RegExp): Promise<void> {
  const nav = await openNav(page);
  const link = nav.getByRole('link', { name, exact: typeof name === 'string' ? true : undefined });
  const href = await link.getAttribute('href');
  await link.click();
  if (href) await expect(page).toHaveURL((url) => url.pathname === new URL(href, url).pathname);
  await expectPageReady(page);
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the current page and fails with a readable list when any violation is serious or
 * critical. Minor and moderate ones are attached to the test report as an annotation.
 */
export async function expectNoSeriousA11yViolations(page: Page, what?: string): Promise<void> {
  // Only violations are read, so only they are collected in full. Without frames, axe.run() in the
  // page checks exactly what the frame-by-frame mode does, without opening a helper page per scan.
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] });
  if (page.frames().length === 1) builder.setLegacyMode(true);
  const results = await builder.analyze();
  const label = what ?? page.url();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lesser = results.violations.filter((v) => !serious.includes(v));
  if (lesser.length > 0) {
    test.info().annotations.push({
      type: 'axe (minor/moderate)',
      description: `${label}: ${lesser.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`,
    });
  }
  const lines = serious.flatMap((v) => [
    `${v.id} [${v.impact}] ${v.help} — ${v.helpUrl}`,
    ...v.nodes.slice(0, 8).map((node) => {
      const html = node.html.replace(/\s+/g, ' ').slice(0, 200);
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300);
      return `    • ${node.target.join(' ')}: ${html}${why ? `\n      ${why}` : ''}`;
    }),
    ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
  ]);
  expect(lines, `Serious accessibility violations on ${label}:\n${lines.join('\n')}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

/** Whether the document scrolls sideways (wider than the viewport). */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // Polled: right after a viewport change the page may not have laid itself out again yet.
  await expect
    .poll(async () => {
      const { scrollWidth, innerWidth } = await horizontalOverflow(page);
      return scrollWidth <= innerWidth ? 'fits' : `the page is ${scrollWidth}px wide on a ${innerWidth}px screen`;
    })
    .toBe('fits');
}
