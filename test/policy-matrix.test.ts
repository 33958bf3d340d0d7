import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/shared/roles';
import { createTestApp, loginAs, type TestApp } from './helpers/app';
import { EXPECTATIONS, type Who } from './policy/expectations';

/**
 * Every role (and an anonymous caller) against every API route. "deny" must be 403 (401 when not
 * signed in); "allow" must get past authorization — any answer but 401/403, e.g. 200, 400 for an
 * empty body, or 404 for an id that does not exist.
 */
const EMAIL: Record<Role, string> = {
  student: 'student@demo.koers.nl',
  counsellor: 'slb@demo.koers.nl',
  specialist: 'zorg@demo.koers.nl',
  supervisor: 'stage@demo.koers.nl',
  parent: 'ouder@demo.koers.nl',
  manager: 'manager@demo.koers.nl',
  admin: 'admin@demo.koers.nl',
};

const routes: { method: string; url: string; access: unknown }[] = [];
let t: TestApp;
let studentId: string;
const cookies = new Map<Who, string>();

beforeAll(async () => {
  t = await createTestApp({
    demo: true,
    onRoute: (r) => {
      const methods = Array.isArray(r.method) ? r.method : [r.method];
      for (const method of methods) if (method !== 'HEAD' && r.url.startsWith('/api/')) routes.push({ method, url: r.url, access: r.access });
    },
  });
  const student = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', EMAIL.student).executeTakeFirstOrThrow();
  studentId = student.id;
  for (const role of ROLES) cookies.set(role, await loginAs(t.app, EMAIL[role]));
});
afterAll(async () => t?.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function concreteUrl(url: string): string {
  // Student routes get a real student from slb@'s caseload so relationships can allow; others an id that does not exist.
  const id = url.startsWith('/api/students/') ? studentId : UNKNOWN_ID;
  return url.replace(/:id\b/g, id).replace(/:[a-zA-Z]+/g, UNKNOWN_ID);
}

async function call(route: { method: string; url: string }, who: Who) {
  const cookie = who === 'anonymous' ? undefined : cookies.get(who);
  const res = await t.app.inject({
    method: route.method as 'GET',
    url: concreteUrl(route.url),
    headers: { ...(cookie ? { cookie } : {}), origin: 'http://localhost:80' },
    ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
  });
  // Logging out ends the caller's session; sign in again so the next routes are tested as that role.
  if (route.url === '/api/auth/logout' && who !== 'anonymous') cookies.set(who, await loginAs(t.app, EMAIL[who]));
  return res;
}

describe('policy matrix', () => {
  it('has an expectation and a declared access rule for every API route', () => {
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes.filter((r) => !EXPECTATIONS[`${r.method} ${r.url}`]).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    const undeclared = routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('allows and denies every role on every route as expected', async () => {
    const wrong: string[] = [];
    const whos: Who[] = ['anonymous', ...ROLES];
    for (const route of routes) {
      const expectation = EXPECTATIONS[`${route.method} ${route.url}`] ?? {};
      for (const who of whos) {
        const expected = expectation[who] ?? 'deny';
        const res = await call(route, who);
        const denied = res.statusCode === 401 || res.statusCode === 403;
        const deniedRight = who === 'anonymous' ? res.statusCode === 401 : res.statusCode === 403;
        if (expected === 'allow' && denied) wrong.push(`${who} ${route.method} ${route.url}: expected allow, got ${res.statusCode}`);
        if (expected === 'deny' && !deniedRight) wrong.push(`${who} ${route.method} ${route.url}: expected deny, got ${res.statusCode}`);
        if (res.statusCode >= 500) wrong.push(`${who} ${route.method} ${route.url}: server error ${res.statusCode} ${res.body}`);
      }
    }
    expect(wrong).toEqual([]);
    // Every route × every role through real HTTP handling: its time grows with the API, not a hang.
  }, 240_000);

  it('lets a counsellor read only the files of students assigned to them', async () => {
    const other = await t.ctx.db
      .selectFrom('app_user')
      .select('id')
      .where('role', '=', 'student')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('assignment')
              .innerJoin('app_user as c', 'c.id', 'assignment.counsellor_id')
              .select('assignment.id')
              .whereRef('assignment.student_id', '=', 'app_user.id')
              .where('c.email', '=', EMAIL.counsellor),
          ),
        ),
      )
      .executeTakeFirstOrThrow();
    const own = await t.app.inject({ url: `/api/students/${studentId}`, headers: { cookie: cookies.get('counsellor')! } });
    expect(own.statusCode).toBe(200);
    const notOwn = await t.app.inject({ url: `/api/students/${other.id}`, headers: { cookie: cookies.get('counsellor')! } });
    expect(notOwn.statusCode).toBe(403);
    const otherStudent = await t.app.inject({ url: `/api/students/${other.id}`, headers: { cookie: cookies.get('student')! } });
    expect(otherStudent.statusCode).toBe(403);
  });

  it('scopes the student list: a counsellor sees exactly their caseload, an admin everyone', async () => {
    const list = async (who: Who) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.app.inject({ url: `/api/students?limit=10${cursor ? `&cursor=${cursor}` : ''}`, headers: { cookie: cookies.get(who)! } });
        expect(res.statusCode).toBe(200);
        const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
        ids.push(...body.items.map((i) => i.id));
        cursor = body.nextCursor;
      } while (cursor);
      return ids;
    };
    const caseload = await list('counsellor');
    const all = await list('admin');
    const students = await t.ctx.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'student').executeTakeFirstOrThrow();
    expect(all).toHaveLength(Number(students.n));
    expect(new Set(all).size).toBe(all.length);
    expect(caseload.length).toBeGreaterThanOrEqual(20);
    expect(caseload.length).toBeLessThan(all.length);
    expect(caseload).toContain(studentId);
  });
});
