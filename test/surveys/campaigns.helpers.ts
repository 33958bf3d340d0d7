import { expect } from 'vitest';
import type { CampaignDetail, CampaignInput, LinksResult } from '../../src/shared/surveys';
import type { TestApp } from '../helpers/app';

/** Request helpers shared by the quality-monitor tests. */
export function surveys(t: TestApp) {
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie?: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    call,
    async create(cookie: string, input: CampaignInput): Promise<CampaignDetail> {
      const res = await call('POST', '/api/surveys', cookie, input);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as CampaignDetail;
    },
    async open(cookie: string, id: string): Promise<LinksResult> {
      const res = await call('POST', `/api/surveys/${id}/open`, cookie);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as LinksResult;
    },
  };
}

export const today = () => new Date().toISOString().slice(0, 10);
export const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The programme of the demo student (Lisa Meijer) and how many current students it has. */
export async function lisasProgramme(t: TestApp): Promise<{ programmeId: string; students: number }> {
  const row = await t.ctx.db
    .selectFrom('app_user as u')
    .innerJoin('enrolment as e', 'e.student_id', 'u.id')
    .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
    .select('c.programme_id')
    .where('u.email', '=', 'student@demo.koers.nl')
    .where('e.end_date', 'is', null)
    .executeTakeFirstOrThrow();
  const count = await t.ctx.db
    .selectFrom('enrolment as e')
    .innerJoin('cohort as c', 'c.id', 'e.cohort_id')
    .innerJoin('app_user as u', 'u.id', 'e.student_id')
    .select((eb) => eb.fn.count<number>('e.student_id').distinct().as('n'))
    .where('c.programme_id', '=', row.programme_id)
    .where('e.end_date', 'is', null)
    .where('u.active', '=', true)
    .executeTakeFirstOrThrow();
  return { programmeId: row.programme_id, students: Number(count.n) };
}

export function studentCampaign(programmeId: string, extra: Partial<CampaignInput> = {}): CampaignInput {
  return {
    title: 'Studentenmonitor najaar',
    audience: 'students',
    anonymity: 'anonymous',
    opensOn: today(),
    closesOn: inDays(21),
    instruments: ['studentenmonitor'],
    targets: [{ programmeId }],
    ...extra,
  };
}
