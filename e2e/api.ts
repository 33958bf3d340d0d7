import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';

/**
 * Direct API calls for test set-up only (finding an id, creating a throw-away record). What a test
 * is about always goes through the UI. Pass Playwright's `request` fixture: its cookie jar is its
 * own, separate from the browser's, so signing in here does not touch the page's session.
 */
export async function apiLogin(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), `API login as ${email}`).toBe(200);
}

export async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

export async function apiPost<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await request.post(path, { data });
  expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export interface StudentRow {
  id: string;
  studentNumber: string;
  name: string;
}

/** The first student whose name or number matches `q`, as the administrator sees it. */
export async function findStudent(request: APIRequestContext, q: string): Promise<StudentRow> {
  const page = await apiGet<{ items: StudentRow[] }>(request, `/api/students?q=${encodeURIComponent(q)}&limit=5`);
  const student = page.items[0];
  expect(student, `a student matching "${q}"`).toBeDefined();
  return student as StudentRow;
}

/** A student other than the demo student Lisa Meijer, as the administrator sees them. */
export async function someOtherStudent(request: APIRequestContext): Promise<StudentRow> {
  const page = await apiGet<{ items: StudentRow[] }>(request, '/api/students?limit=10');
  const student = page.items.find((s) => s.name !== 'Lisa Meijer');
  expect(student, 'a student other than Lisa Meijer').toBeDefined();
  return student as StudentRow;
}

/** `YYYY-MM-DD`, `days` from today (negative: in the past), in local time. */
export function isoDate(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
