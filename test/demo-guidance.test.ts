import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from './helpers/app';

/** The demo shows guidance at once: measurements with growth and 360° scans, and conversation history. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(t.ctx.db)).rows[0] as T;

it('gives every current student two self-assessments, and some a 360° scan', async () => {
  const row = await one(sql<{ students: number; with_two: number; with_scan: number }>`
    SELECT count(*)::int AS students,
      count(*) FILTER (WHERE (SELECT count(*) FROM instrument_response r WHERE r.student_id = e.student_id AND r.source = 'self' AND r.status = 'submitted') = 2)::int AS with_two,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM instrument_response r WHERE r.student_id = e.student_id AND r.source = 'supervisor'))::int AS with_scan
    FROM (SELECT DISTINCT student_id FROM enrolment WHERE end_date IS NULL) e`);
  expect(row.students).toBeGreaterThan(50);
  expect(row.with_two).toBe(row.students);
  expect(row.with_scan).toBeGreaterThan(5);
  expect(row.with_scan).toBeLessThan(row.students);
});

it('gives every guided student a conversation history closed with actions, and leaves some overdue', async () => {
  const row = await one(sql<{ guided: number; with_held: number; with_actions: number; upcoming: number }>`
    SELECT count(DISTINCT a.student_id)::int AS guided,
      count(DISTINCT c.student_id) FILTER (WHERE c.status = 'held')::int AS with_held,
      count(DISTINCT ac.student_id)::int AS with_actions,
      count(DISTINCT c.student_id) FILTER (WHERE c.status IN ('planned', 'proposed'))::int AS upcoming
    FROM assignment a
    LEFT JOIN conversation c ON c.student_id = a.student_id
    LEFT JOIN conversation_action ac ON ac.student_id = a.student_id
    WHERE a.end_date IS NULL`);
  expect(row.with_held).toBe(row.guided);
  expect(row.with_actions).toBe(row.guided);
  expect(row.upcoming).toBeGreaterThan(0);
  const slb = await loginAs(t.app, 'slb@demo.koers.nl');
  const items = (await t.app.inject({ url: '/api/caseload/conversations', headers: { cookie: slb } })).json().items as { overdue: boolean; expectedByNow: number; norm: unknown }[];
  expect(items.every((i) => JSON.stringify(i.norm) === JSON.stringify({ conversationsPerYear: 4, minutesEach: 30 }))).toBe(true);
  expect(items.some((i) => !i.overdue)).toBe(true);
  // Once the first due date of the school year (31 October) has passed, some students are behind.
  if (items.some((i) => i.expectedByNow > 0)) expect(items.some((i) => i.overdue)).toBe(true);
  const feedback = (await t.app.inject({ url: '/api/me/conversation-feedback', headers: { cookie: slb } })).json();
  expect(feedback.aggregate.n).toBeGreaterThanOrEqual(5);
});

it('has a prepared conversation coming up for the demo student', async () => {
  const student = await loginAs(t.app, 'student@demo.koers.nl');
  const me = (await t.app.inject({ url: '/api/me', headers: { cookie: student } })).json();
  const list = (await t.app.inject({ url: `/api/students/${me.id}/conversations`, headers: { cookie: student } })).json().items as { status: string; hasAgenda: boolean }[];
  expect(list.some((c) => c.status === 'planned' && c.hasAgenda)).toBe(true);
  expect(list.some((c) => c.status === 'held')).toBe(true);
});

it('has a referral in each status, and the demo student a shared step plan', async () => {
  const statuses = (await sql<{ status: string }>`SELECT DISTINCT status FROM referral ORDER BY status`.execute(t.ctx.db)).rows.map((r) => r.status);
  expect(statuses).toEqual(['afgerond', 'in_behandeling', 'ingediend', 'stappenplan', 'terugverwezen']);
  const student = await loginAs(t.app, 'student@demo.koers.nl');
  const me = (await t.app.inject({ url: '/api/me', headers: { cookie: student } })).json();
  const list = (await t.app.inject({ url: `/api/students/${me.id}/referrals`, headers: { cookie: student } })).json().items as { id: string; status: string }[];
  const plan = list.find((r) => r.status === 'stappenplan')!;
  const view = (await t.app.inject({ url: `/api/referrals/${plan.id}`, headers: { cookie: student } })).json();
  expect(view.steps.length).toBeGreaterThan(1);
  const slb = await loginAs(t.app, 'slb@demo.koers.nl');
  const rows = (await t.app.inject({ url: '/api/caseload', headers: { cookie: slb } })).json() as { signals: { code: string }[] }[];
  expect(rows.filter((r) => r.signals.some((s) => s.code === 'verwijzing_open')).length).toBeGreaterThanOrEqual(3);
});
