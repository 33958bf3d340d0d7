import { loginAs, type TestApp } from '../helpers/app';
import { idOf, loginAsAnyone } from '../competencies/helpers';

/** Signed-in demo users around Lisa (the demo student) for the portfolio tests. */
export async function portfolioPeople(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const lisa = await idOf(t, 'student@demo.koers.nl');
  // A counsellor of the same school who does not guide Lisa.
  const other = await t.ctx.db
    .selectFrom('app_user')
    .select('email')
    .where('role', '=', 'counsellor')
    .where('email', '!=', 'slb@demo.koers.nl')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('assignment').select('assignment.id').whereRef('assignment.counsellor_id', '=', 'app_user.id').where('assignment.student_id', '=', lisa))))
    .executeTakeFirstOrThrow();
  return {
    call,
    lisa,
    student: await loginAs(t.app, 'student@demo.koers.nl'),
    slb: await loginAs(t.app, 'slb@demo.koers.nl'),
    zorg: await loginAs(t.app, 'zorg@demo.koers.nl'),
    ouder: await loginAs(t.app, 'ouder@demo.koers.nl'),
    admin: await loginAs(t.app, 'admin@demo.koers.nl'),
    otherCounsellor: await loginAsAnyone(t, other.email ?? ''),
  };
}

export const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
