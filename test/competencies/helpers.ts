import { expect } from 'vitest';
import type { ResponseView } from '../../src/shared/competencies';
import { loginAs, type TestApp } from '../helpers/app';

/** Small request helpers shared by the competence tests. */
export function client(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    call,
    async start(cookie: string, instrument: string, studentId?: string): Promise<ResponseView> {
      const res = await call('POST', '/api/responses', cookie, { instrument, ...(studentId ? { studentId } : {}) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as ResponseView;
    },
    /** Every item answered with `value(itemIndex)`. */
    allAnswers(response: Pick<ResponseView, 'instrument'>, value: (i: number) => number): Record<string, number> {
      const codes = response.instrument.scales.flatMap((s) => s.items.map((i) => i.code));
      return Object.fromEntries(codes.map((c, i) => [c, value(i)]));
    },
  };
}

export async function idOf(t: TestApp, email: string): Promise<string> {
  const row = await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}

/** Signs in a demo user without a demo login (e.g. another counsellor) by giving them the demo password. */
export async function loginAsAnyone(t: TestApp, email: string): Promise<string> {
  const { password_hash } = await t.ctx.db.selectFrom('app_user').select('password_hash').where('email', '=', 'slb@demo.koers.nl').executeTakeFirstOrThrow();
  await t.ctx.db.updateTable('app_user').set({ password_hash }).where('email', '=', email).execute();
  return loginAs(t.app, email);
}
