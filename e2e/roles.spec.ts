import type { Locator, Page } from '@playwright/test';
import { apiLogin, someOtherStudent } from './api';
import {
  DEMO,
  type DemoRole,
  clickNav,
  expect,
  expectNoSeriousA11yViolations,
  expectPageReady,
  login,
  mainNav,
  navLinkNames,
  pageHeading,
  test,
  userMenuButton,
} from './helpers';
import { t } from './i18n';

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
// A role's walk visits every page of its navigation and runs axe on each. The tests only read and
// none needs another's result, so they may spread over the workers: this file is the longest.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

/** Navigation entries that only an administrator may be offered. */
const ADMIN_LINKS = ['nav.structure', 'nav.users', 'nav.assignments', 'nav.imports', 'nav.audit', 'nav.outbox'].map((k) => t(k));
/** Any list of students. */
const STUDENT_LIST_LINKS = [t('nav.students'), t('nav.myStudents')];

/** What a refusal says: the server's "Je hebt geen toegang tot deze gegevens." or the page "Geen toegang". */
const FORBIDDEN_TEXT = /geen toegang/i;

interface RoleCase {
  role: DemoRole;
  firstName: string;
  /** What this role's start page must show. */
  home: (page: Page) => Promise<void>;
  /** Navigation entries this role must be offered. */
  offered: string[];
  /** Navigation entries this role must never be offered. */
  notOffered: string[];
}

const main = (page: Page) => page.getByRole('main');
const section = (scope: Page | Locator, title: string) => scope.getByRole('region', { name: title, exact: true });

const CASES: RoleCase[] = [
  {
    role: 'admin',
    firstName: 'Monique',
    home: async (page) => {
      // Counts of the institution.
      const counts = main(page).getByRole('list', { name: t('home.admin.counts') });
      await expect(counts).toBeVisible();
      await expect(counts.getByRole('listitem')).toHaveCount(6);
      await expect(counts.getByRole('listitem').filter({ hasText: new RegExp(`^\\s*\\d+\\s*${t('home.admin.students')}\\s*$`) })).toHaveCount(1);
      // Tasks leading to each of the administrators' screens.
      const tasks = section(main(page), t('home.admin.tasks'));
      for (const path of ['/admin/imports', '/admin/assignments', '/admin/users', '/admin/structure', '/admin/audit']) {
        await expect(tasks.locator(`a[href^="${path}"]`)).toBeVisible();
      }
    },
    offered: [t('nav.students'), ...ADMIN_LINKS],
    notOffered: [t('nav.myStudents'), t('nav.myFile')],
  },
  {
    role: 'counsellor',
    firstName: 'Youssef',
    home: async (page) => {
      // The demo counsellor's caseload: 24 students in two HBO-ICT classes (no test changes it).
      const caseload = section(main(page), t('home.counsellor.caseload'));
      await expect(caseload).toBeVisible();
      await expect(caseload).toContainText(new RegExp(`(^|\\D)24\\s*${t('home.counsellor.students', { count: 24 })}`));
      const byCohort = section(main(page), t('home.counsellor.byCohort'));
      await expect(byCohort.getByRole('row', { name: /HICT-1A/ })).toContainText('12');
      await expect(byCohort.getByRole('row', { name: /HICT-2B/ })).toContainText('12');
    },
    offered: [t('nav.myStudents')],
    notOffered: [t('nav.students'), t('nav.myFile'), ...ADMIN_LINKS],
  },
  {
    role: 'student',
    firstName: 'Lisa',
    home: async (page) => {
      await expect(section(main(page), t('home.student.programme'))).toContainText('HBO-ICT');
      await expect(section(main(page), t('home.student.cohort'))).toContainText('HICT-2B');
      // Their current counsellor, with a way to reach them.
      const counsellor = section(main(page), t('home.student.counsellors', { count: 1 }));
      await expect(counsellor).toContainText('Youssef el Amrani');
      await expect(counsellor.getByRole('link', { name: 'slb@demo.koers.nl' })).toHaveAttribute('href', 'mailto:slb@demo.koers.nl');
    },
    offered: [t('nav.myFile')],
    notOffered: [...STUDENT_LIST_LINKS, ...ADMIN_LINKS],
  },
  {
    role: 'manager',
    firstName: 'Bart',
    home: async (page) => {
      // Aggregates: totals and students per sector; never a person.
      const totals = main(page).getByRole('list', { name: t('home.manager.totals') });
      await expect(totals.getByRole('listitem')).toHaveCount(3);
      const table = section(main(page), t('home.manager.bySector')).getByRole('table');
      await expect(table).toBeVisible();
      for (const sector of ['Techniek', 'Economie', 'Zorg & Welzijn']) {
        await expect(table.getByRole('rowheader', { name: sector })).toBeVisible();
      }
      await expect(main(page).locator('a[href^="/students"]')).toHaveCount(0);
      await expect(main(page)).not.toContainText('Lisa Meijer');
    },
    offered: [],
    notOffered: [...STUDENT_LIST_LINKS, t('nav.myFile'), ...ADMIN_LINKS],
  },
  {
    role: 'specialist',
    firstName: 'Esther',
    home: async (page) => {
      await expect(section(main(page), t('home.specialist.referrals'))).toContainText(t('home.specialist.emptyTitle'));
      await expect(main(page).locator('a[href^="/students/"]')).toHaveCount(0);
    },
    offered: [],
    notOffered: [...STUDENT_LIST_LINKS, t('nav.myFile'), ...ADMIN_LINKS],
  },
  {
    role: 'parent',
    firstName: 'Erik',
    home: async (page) => {
      // Their child, by name only.
      await expect(section(main(page), t('home.linked.students')).getByRole('listitem').filter({ hasText: 'Lisa Meijer' })).toBeVisible();
      await expect(main(page).locator('a[href^="/students/"]')).toHaveCount(0);
    },
    offered: [],
    notOffered: [...STUDENT_LIST_LINKS, t('nav.myFile'), ...ADMIN_LINKS],
  },
  {
    role: 'supervisor',
    firstName: 'Sandra',
    home: async (page) => {
      // The intern they supervise.
      await expect(section(main(page), t('home.linked.students')).getByRole('listitem').filter({ hasText: 'Lisa Meijer' })).toBeVisible();
      await expect(main(page).locator('a[href^="/students/"]')).toHaveCount(0);
    },
    offered: [],
    notOffered: [...STUDENT_LIST_LINKS, t('nav.myFile'), ...ADMIN_LINKS],
  },
];

for (const c of CASES) {
  test(`${c.role}: start page, every page in the navigation, account — all accessible`, async ({ page }) => {
    // One axe scan per page of the role's menu; the admin's menu is long.
    test.setTimeout(180_000);
    await login(page, DEMO[c.role]);

    // 1. The role-aware start page.
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(pageHeading(page)).toHaveText(t('home.title', { name: c.firstName }));
    await c.home(page);
    await expectNoSeriousA11yViolations(page, `${c.role}: start page`);

    // 2. What the navigation offers.
    const names = await navLinkNames(page);
    expect(names, 'the navigation starts with the start page').toContain(t('nav.home'));
    for (const wanted of c.offered) {
      expect(names, `${c.role} is offered "${wanted}"`).toContain(wanted);
    }
    for (const unwanted of c.notOffered) {
      expect(names, `${c.role} is not offered "${unwanted}"`).not.toContain(unwanted);
    }
    // Nothing on the start page leads to a forbidden area either.
    if (c.role !== 'admin') {
      await expect(page.locator('a[href^="/admin"]')).toHaveCount(0);
    }

    // 3. Every page of the navigation: it opens, has one h1, and passes axe.
    for (const name of names) {
      await clickNav(page, name);
      await expect(mainNav(page).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expectNoSeriousA11yViolations(page, `${c.role}: ${name}`);
    }

    // 4. The account page, through the user menu.
    await userMenuButton(page).click();
    await expect(userMenuButton(page)).toHaveAttribute('aria-expanded', 'true');
    await page.locator('#user-menu-panel').getByRole('link', { name: t('nav.account') }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expectPageReady(page);
    await expect(pageHeading(page)).toHaveText(t('account.title'));
    await expect(main(page)).toContainText(DEMO[c.role]);
    await expectNoSeriousA11yViolations(page, `${c.role}: account`);
  });
}

test('counsellor: from the caseload into a student file', async ({ page }) => {
  await login(page, DEMO.counsellor);
  await clickNav(page, t('nav.myStudents'));
  await expect(pageHeading(page)).toHaveText(t('students.mineTitle'));
  const table = main(page).getByRole('table');
  await expect(table).toBeVisible();
  // 24 students, all on the first page (plus the header row).
  await expect(table.getByRole('row')).toHaveCount(25);
  await expect(table).toContainText('Lisa Meijer');

  // Search narrows the list.
  await main(page).getByRole('searchbox', { name: t('students.search') }).fill('Meijer');
  await expect(table.getByRole('link', { name: 'Lisa Meijer' })).toBeVisible();
  await expect(table.getByRole('row')).not.toHaveCount(25);

  await table.getByRole('link', { name: 'Lisa Meijer' }).click();
  await expect(page).toHaveURL(/\/students\/[0-9a-f-]{36}$/);
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText('Lisa Meijer');
  await expect(section(main(page), t('studentFile.details'))).toContainText('HBO-ICT');
  await expectNoSeriousA11yViolations(page, 'counsellor: student file');
});

test('student: own file with counsellor history, and nothing of anyone else', async ({ page, request }) => {
  await apiLogin(request, DEMO.admin);
  const other = await someOtherStudent(request);
  await login(page, DEMO.student);

  await clickNav(page, t('nav.myFile'));
  await expect(pageHeading(page)).toHaveText(t('studentFile.ownTitle'));
  await expect(section(main(page), t('studentFile.details'))).toContainText('HBO-ICT');
  await expect(section(main(page), t('studentFile.counsellors'))).toContainText('Youssef el Amrani');
  await expectNoSeriousA11yViolations(page, 'student: own file');

  // Someone else's file: a clear refusal, not a crash and not their data.
  await page.goto(`/students/${other.id}`);
  await expectPageReady(page);
  await expect(main(page)).toContainText(FORBIDDEN_TEXT);
  await expect(main(page)).not.toContainText(other.studentNumber);
  await expect(main(page)).not.toContainText(other.name);
  await expectNoSeriousA11yViolations(page, "student: someone else's file");
});

const FORBIDDEN_VISITS: { role: DemoRole; path: string }[] = [
  { role: 'student', path: '/admin/users' },
  { role: 'student', path: '/admin/structure' },
  { role: 'student', path: '/admin/audit' },
  { role: 'student', path: '/students' },
  { role: 'counsellor', path: '/admin/imports' },
  { role: 'manager', path: '/students' },
  { role: 'manager', path: '/admin/assignments' },
  { role: 'specialist', path: '/admin/outbox' },
  { role: 'parent', path: '/students' },
  { role: 'supervisor', path: '/admin/users' },
];

for (const { role, path } of FORBIDDEN_VISITS) {
  test(`${role}: a direct visit to ${path} shows "geen toegang", not a crash`, async ({ page }) => {
    await login(page, DEMO[role]);
    await page.goto(path);
    // The app shell is there (the user can go on), with a page that says why.
    await expect(userMenuButton(page)).toBeVisible();
    await expectPageReady(page);
    await expect(main(page)).toContainText(FORBIDDEN_TEXT);
    // No data leaked into the page.
    await expect(main(page).getByRole('table')).toHaveCount(0);
    await expect(main(page).locator('a[href^="/students/"]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, `${role}: ${path} (no access)`);
    // A page outside the role answers with its own page, and a way back to the start page.
    await expect(pageHeading(page)).toHaveText(t('forbidden.title'));
    await main(page).getByRole('link', { name: t('notFound.home') }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expectPageReady(page);
  });
}

test('an unknown address inside the app shows "not found" in the shell', async ({ page }) => {
  await login(page, DEMO.counsellor);
  await page.goto('/dit-bestaat-niet');
  await expect(userMenuButton(page)).toBeVisible();
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(t('notFound.title'));
  await expect(mainNav(page)).toBeAttached();
  await expectNoSeriousA11yViolations(page, 'not found');
});
