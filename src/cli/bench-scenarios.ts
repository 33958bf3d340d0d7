import type autocannon from 'autocannon';
import { sql } from 'kysely';
import { schoolYearOf } from '../domain/dates/school-year';
import type { AppContext } from '../server/context';
import { BENCH_PASSWORD, type Plan } from '../server/bench/plan';
import type { Actor } from '../server/policies/policy';
import { caseload } from '../server/services/caseload.service';
import { homeFor } from '../server/services/home.service';
import { guidanceStats } from '../server/services/guidance-stats.service';
import { scoreBands } from '../server/repositories/competencies.repository';
import { startImport, uploadImport } from '../server/services/roster-import.service';
import { generateRoster, ROSTER_MAPPING } from '../../test/helpers/roster';
import { measure, type ScenarioResult } from './bench-measure';
import { REPORT_QUERY, REPORT_URL_QUERY, seedLargeCampaign } from '../../bench/survey-report';
import { surveyReport } from '../server/services/survey-report.service';

/*
 * The scenarios of `koers bench run` on a generated institution. Writes (preparation, answers)
 * give every connection its own student, so a connection always sends the version it last saw and
 * no request fails on optimistic locking, like real students each editing their own page.
 */

export interface SuiteOptions {
  base: string;
  seconds: number;
  rosterRows: number;
}

const email = (plan: Plan, local: string) => `${local}@${plan.tag}.bench.koers.nl`;

async function login(base: string, address: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: address, password: BENCH_PASSWORD }) });
  if (!res.ok) throw new Error(`login ${address}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function actorOf(ctx: AppContext, address: string): Promise<Actor> {
  const u = await ctx.db.selectFrom('app_user').select(['id', 'institution_id', 'role', 'display_name']).where('email', '=', address).executeTakeFirstOrThrow();
  return { id: u.id, institutionId: u.institution_id, role: u.role as Actor['role'], name: u.display_name, email: address, language: 'nl', sessionId: 'bench' };
}

/** One request per connection slot, each slot with its own cookie, path and state. */
function perSlot<T>(slots: T[], method: 'PUT' | 'PATCH', setup: (slot: T, n: number) => { path: string; cookie: string; body: string }, done?: (slot: T, body: string) => void): autocannon.Request[] {
  let next = 0;
  let n = 0;
  const slotOf = (context: object): T => {
    const c = context as { slot?: number };
    c.slot ??= next++ % slots.length;
    return slots[c.slot]!;
  };
  return [
    {
      method,
      setupRequest: (req, context) => {
        const s = setup(slotOf(context), n++);
        return { ...req, method, path: s.path, body: s.body, headers: { ...req.headers, cookie: s.cookie, 'content-type': 'application/json' } };
      },
      onResponse: (status, body, context) => {
        if (status === 200 && done) done(slotOf(context), body);
      },
    },
  ];
}

export async function runScenarios(ctx: AppContext, plan: Plan, o: SuiteOptions): Promise<ScenarioResult[]> {
  const pg = ctx.database.engine === 'postgres';
  // The issue's targets: 50 connections on PostgreSQL, 10 on PGlite (one WASM backend).
  const readConnections = pg ? 50 : 10;
  const writeSlots = 10;
  const rawSeconds = Math.min(2, o.seconds);
  const base = o.base;
  const manager = email(plan, 'manager');
  const [managerCookie, bigCookie, smallCookie] = await Promise.all([login(base, manager), login(base, email(plan, 'slb1')), login(base, email(plan, 'slb2'))]);
  const [managerActor, bigActor, smallActor] = await Promise.all([actorOf(ctx, manager), actorOf(ctx, email(plan, 'slb1')), actorOf(ctx, email(plan, 'slb2'))]);
  // Students of the ~30 caseloads (numbers after the big caseload), each with an upcoming talk.
  const studentEmails = Array.from({ length: writeSlots }, (_, i) => email(plan, `s${plan.bigCaseload + 1 + i}`));
  const students = await Promise.all(
    studentEmails.map(async (address) => {
      const cookie = await login(base, address);
      const actor = await actorOf(ctx, address);
      const talk = await ctx.db.selectFrom('conversation').select(['id', 'version']).where('student_id', '=', actor.id).where('status', '=', 'planned').orderBy('starts_at').executeTakeFirstOrThrow();
      const res = await fetch(`${base}/api/responses`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ instrument: 'loopbaancompetenties' }) });
      const response = (await res.json()) as { id: string };
      return { cookie, actor, talk: { id: talk.id, version: talk.version }, responseId: response.id };
    }),
  );
  const items = ['kr1', 'kr2', 'kr3', 'kr4', 'mr1', 'mr2', 'mr3', 'mr4', 'we1', 'we2', 'we3', 'we4', 'ls1', 'ls2', 'ls3', 'ls4', 'nw1', 'nw2', 'nw3', 'nw4'];
  const results: ScenarioResult[] = [];
  const get = (path: string, cookie: string, connections = readConnections) => ({ path, connections, seconds: o.seconds, headers: { cookie } });

  results.push(
    await measure('login (argon2id 19 MiB)', base, { path: '/api/auth/login', method: 'POST', connections: 2, seconds: o.seconds, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: manager, password: BENCH_PASSWORD }) },
      async () => {
        const u = await ctx.db.selectFrom('app_user').select('password_hash').where(sql`lower(email)`, '=', manager).executeTakeFirstOrThrow();
        await ctx.passwords.verify(u.password_hash ?? '', BENCH_PASSWORD);
      }, rawSeconds),
  );
  results.push(await measure('student start page', base, get('/api/home', students[0]!.cookie), () => homeFor(ctx, students[0]!.actor, '127.0.0.1'), rawSeconds));
  const smallSize = await ctx.db.selectFrom('assignment').select((eb) => eb.fn.countAll<number>().as('n')).where('counsellor_id', '=', smallActor.id).executeTakeFirstOrThrow();
  results.push(await measure(`caseload (${smallSize.n} students)`, base, get('/api/caseload', smallCookie), () => caseload(ctx, smallActor, { sort: 'light' }), rawSeconds));
  results.push(await measure(`caseload (${plan.bigCaseload} students)`, base, get('/api/caseload', bigCookie), () => caseload(ctx, bigActor, { sort: 'light' }), rawSeconds));

  results.push(
    await measure('save conversation preparation', base, {
      path: '/', connections: writeSlots, seconds: o.seconds,
      requests: perSlot(students, 'PUT', (s, n) => ({ path: `/api/conversations/${s.talk.id}/preparation`, cookie: s.cookie, body: JSON.stringify({ version: s.talk.version, agenda: `Stage bespreken (${n})`, experience: 'Open dag bezocht.' }) }),
        (s, body) => (s.talk.version = (JSON.parse(body) as { version: number }).version)),
    }, (i) => {
      const s = students[i % students.length]!;
      return sql`UPDATE conversation SET agenda = ${`Stage bespreken (raw ${i})`}, experience = 'Open dag bezocht.', version = version + 1, updated_at = now() WHERE id = ${s.talk.id}::uuid RETURNING version`.execute(ctx.db);
    }, rawSeconds),
  );
  results.push(
    await measure('survey answer (autosave)', base, {
      path: '/', connections: writeSlots, seconds: o.seconds,
      requests: perSlot(students, 'PATCH', (s, n) => ({ path: `/api/responses/${s.responseId}`, cookie: s.cookie, body: JSON.stringify({ answers: { [items[n % items.length]!]: 1 + (n % 5) } }) })),
    }, (i) => {
      const s = students[i % students.length]!;
      return sql`INSERT INTO instrument_answer (response_id, item_code, value) VALUES (${s.responseId}::uuid, ${items[i % items.length]!}, ${1 + (i % 5)}::int)
        ON CONFLICT (response_id, item_code) DO UPDATE SET value = EXCLUDED.value, answered_at = now()`.execute(ctx.db);
    }, rawSeconds),
  );
  const dashboardConnections = pg ? 10 : 4;
  results.push(await measure('dashboard: competencies', base, get('/api/stats/competencies', managerCookie, dashboardConnections),
    () => scoreBands(ctx.db, { institutionId: managerActor.institutionId, instrumentCode: 'loopbaancompetenties', min: 1, max: 5 }), rawSeconds));
  results.push(await measure('dashboard: guidance', base, get('/api/stats/guidance', managerCookie, dashboardConnections), () => guidanceStats(ctx, managerActor), rawSeconds));
  results.push(await rosterImport(ctx, plan, o.rosterRows));
  // The quality monitor report over 20,000 respondents: SQL aggregates only (bench/survey-report.ts).
  const surveyId = await seedLargeCampaign(ctx, managerActor.institutionId, managerActor.id, 20_000);
  results.push(await measure('survey report (20,000 respondents)', base, get(`/api/surveys/${surveyId}/report?${REPORT_URL_QUERY}`, managerCookie, dashboardConnections),
    () => surveyReport(ctx, managerActor, surveyId, { ...REPORT_QUERY, predictors: [...REPORT_QUERY.predictors], controls: [...REPORT_QUERY.controls] }), rawSeconds));
  results.push({ name: 'portfolio PDF', status: 'not yet built' });
  return results;
}

/** The roster import through the real services and job queue (bench/roster-import.ts). */
async function rosterImport(ctx: AppContext, plan: Plan, rows: number): Promise<ScenarioResult> {
  const admin = await actorOf(ctx, email(plan, 'admin'));
  const csv = generateRoster(rows, {
    programmes: ['P000', 'P001', 'P002', 'P003'],
    counsellors: [email(plan, 'slb2'), email(plan, `slb${Math.min(3, plan.counsellors + 1)}`)],
    schoolYear: schoolYearOf(new Date()),
    prefix: 'R',
  });
  const t0 = performance.now();
  const { id } = await uploadImport(ctx, admin, { filename: 'bench.csv', text: csv });
  await startImport(ctx, admin, id, { mapping: ROSTER_MAPPING, skipInvalid: false });
  await ctx.queue.drain();
  const seconds = (performance.now() - t0) / 1000;
  const done = await ctx.db.selectFrom('roster_import').select(['status', 'inserted_count', 'failure']).where('id', '=', id).executeTakeFirstOrThrow();
  if (done.status !== 'done') return { name: `roster import (${rows} rows)`, status: 'measured', seconds, note: `failed: ${done.failure}` };
  return { name: `roster import (${rows} rows)`, status: 'measured', seconds, rps: rows / seconds, note: `${Math.round(rows / seconds)} rows/s, ${done.inserted_count} inserted` };
}
