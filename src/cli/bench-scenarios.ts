import { sql } from 'kysely';
import { schoolYearOf } from '../domain/dates/school-year';
import { STUDENTENMONITOR } from '../domain/instruments/builtin/studentenmonitor';
import type { AppContext } from '../server/context';
import { BENCH_PASSWORD, type Plan } from '../server/bench/plan';
import { generateRoster, ROSTER_MAPPING } from '../server/bench/roster-csv';
import type { Actor } from '../server/policies/policy';
import { caseload } from '../server/services/caseload.service';
import { competencyStats } from '../server/services/competencies.service';
import { guidanceStats } from '../server/services/guidance-stats.service';
import { homeFor } from '../server/services/home.service';
import { portfolioPdf } from '../server/services/portfolio-pdf.service';
import { startResponse } from '../server/services/responses.service';
import { surveyReport } from '../server/services/survey-report.service';
import { REPORT_QUERY, REPORT_URL_QUERY, seedLargeCampaign } from '../../bench/survey-report';
import { load, perSlot, type ScenarioResult } from './bench-measure';
import { openSurveyWithLinks } from './bench-survey-links';

/*
 * The scenarios of `koers bench run`. Each has its raw yardstick (the same work through the
 * database driver without HTTP, measured while the benchmark process still holds the database)
 * and its HTTP load (run later against the separate server process). Writes give every
 * connection its own student or survey link, like real students each editing their own page; the
 * raw writes use other students, so the versions the HTTP slots start from stay valid.
 */

export interface Scenario {
  name: string;
  raw: ((i: number) => Promise<unknown>) | null;
  http: (base: string) => Promise<Omit<ScenarioResult, 'name' | 'rawMs' | 'ratio' | 'status'>>;
}

const email = (plan: Plan, local: string) => `${local}@${plan.tag}.bench.koers.nl`;

async function actorOf(ctx: AppContext, address: string): Promise<Actor> {
  const u = await ctx.db.selectFrom('app_user').select(['id', 'institution_id', 'role', 'display_name']).where('email', '=', address).executeTakeFirstOrThrow();
  return { id: u.id, institutionId: u.institution_id, role: u.role as Actor['role'], name: u.display_name, email: address, language: 'nl', sessionId: 'bench' };
}

/** Signs in over HTTP once per address and run; returns the session cookie. */
function cookieJar() {
  const jar = new Map<string, Promise<string>>();
  return (base: string, address: string): Promise<string> => {
    const key = `${base} ${address}`;
    if (!jar.has(key)) {
      jar.set(key, fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: address, password: BENCH_PASSWORD }) }).then((res) => {
        if (!res.ok) throw new Error(`login ${address}: ${res.status}`);
        return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      }));
    }
    return jar.get(key) as Promise<string>;
  };
}

export interface SuiteOptions {
  seconds: number;
  rosterRows: number;
}

export async function prepareScenarios(ctx: AppContext, plan: Plan, o: SuiteOptions): Promise<Scenario[]> {
  const pg = ctx.database.engine === 'postgres';
  // The issue's targets: 50 connections on PostgreSQL, 10 on PGlite (one WASM backend). The
  // institution dashboard and the survey report are a manager's page: their targets are the time
  // one manager waits, so they are loaded by one connection at a time.
  const readConnections = pg ? 50 : 10;
  const pdfConnections = pg ? 10 : 4;
  const manager1 = 1;
  const slots = 10;
  const cookie = cookieJar();
  const manager = email(plan, 'manager');
  const [managerActor, bigActor, smallActor] = await Promise.all([actorOf(ctx, manager), actorOf(ctx, email(plan, 'slb1')), actorOf(ctx, email(plan, 'slb2'))]);
  // Students of the ~30 caseloads (numbers after the big caseload): the first ten for HTTP, the next ten for raw writes.
  const students = await Promise.all(
    Array.from({ length: slots * 2 }, async (_, i) => {
      const address = email(plan, `s${plan.bigCaseload + 1 + i}`);
      const actor = await actorOf(ctx, address);
      const talk = await ctx.db.selectFrom('conversation').select(['id', 'version']).where('student_id', '=', actor.id).where('status', '=', 'planned').orderBy('starts_at').executeTakeFirstOrThrow();
      const response = await startResponse(ctx, actor, { instrument: 'loopbaancompetenties' });
      return { address, actor, talk, responseId: response.id };
    }),
  );
  const [httpStudents, rawStudents] = [students.slice(0, slots), students.slice(slots)];
  const items = ['kr1', 'kr2', 'kr3', 'kr4', 'mr1', 'mr2', 'mr3', 'mr4', 'we1', 'we2', 'we3', 'we4', 'ls1', 'ls2', 'ls3', 'ls4', 'nw1', 'nw2', 'nw3', 'nw4'];
  const say = (what: string) => process.stderr.write(`  ${what}\n`);
  say('enquête met 20.000 respondenten aanmaken…');
  const surveyId = await seedLargeCampaign(ctx, managerActor.institutionId, managerActor.id, 20_000);
  say('enquêteweek met uitnodigingslinks openen…');
  const links = await openSurveyWithLinks(ctx, managerActor, readConnections, slots);
  const surveyItems = STUDENTENMONITOR.items.map((i) => i.code);
  const smallSize = await ctx.db.selectFrom('assignment').select((eb) => eb.fn.countAll<number>().as('n')).where('counsellor_id', '=', smallActor.id).executeTakeFirstOrThrow();
  const get = (path: string, address: string, connections = readConnections) => async (base: string) => load(base, { path, connections, seconds: o.seconds, headers: { cookie: await cookie(base, address) } });
  const report = { ...REPORT_QUERY, predictors: [...REPORT_QUERY.predictors], controls: [...REPORT_QUERY.controls] };
  const pdfStudent = students[0] as (typeof students)[number];

  return [
    {
      name: 'login (argon2id 19 MiB)',
      raw: async () => {
        const u = await ctx.db.selectFrom('app_user').select('password_hash').where(sql`lower(email)`, '=', manager).executeTakeFirstOrThrow();
        await ctx.passwords.verify(u.password_hash ?? '', BENCH_PASSWORD);
      },
      http: (base) => load(base, { path: '/api/auth/login', method: 'POST', connections: 2, seconds: o.seconds, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: manager, password: BENCH_PASSWORD }) }),
    },
    { name: 'student start page', raw: () => homeFor(ctx, pdfStudent.actor, '127.0.0.1'), http: get('/api/home', pdfStudent.address) },
    { name: `caseload, small (${smallSize.n} students)`, raw: () => caseload(ctx, smallActor, { sort: 'light' }, null), http: get('/api/caseload', email(plan, 'slb2')) },
    { name: `caseload, large (${plan.bigCaseload} students)`, raw: () => caseload(ctx, bigActor, { sort: 'light' }, null), http: get('/api/caseload', email(plan, 'slb1')) },
    // The same pages at a working pace: every connection a counsellor who opens the caseload once
    // every 5 s (10 a second for 50). The closed-loop runs above ask as fast as they are answered.
    // Twice as long, for enough samples at that rate.
    {
      name: `caseload, small, each conn. every 5 s`,
      raw: null,
      http: async (base) => load(base, { path: '/api/caseload', connections: readConnections, seconds: 2 * o.seconds, rate: readConnections / 5, headers: { cookie: await cookie(base, email(plan, 'slb2')) } }),
    },
    {
      name: `caseload, large, each conn. every 5 s`,
      raw: null,
      http: async (base) => load(base, { path: '/api/caseload', connections: readConnections, seconds: 2 * o.seconds, rate: readConnections / 5, headers: { cookie: await cookie(base, email(plan, 'slb1')) } }),
    },
    {
      name: 'save conversation preparation',
      raw: (i) => {
        const s = rawStudents[i % slots]!;
        return sql`UPDATE conversation SET agenda = ${`Stage bespreken (raw ${i})`}, experience = 'Open dag bezocht.', version = version + 1, updated_at = now() WHERE id = ${s.talk.id}::uuid RETURNING version`.execute(ctx.db);
      },
      http: async (base) => {
        const state = await Promise.all(httpStudents.map(async (s) => ({ ...s, cookie: await cookie(base, s.address), version: s.talk.version })));
        return load(base, {
          path: '/', connections: slots, seconds: o.seconds,
          requests: perSlot(state, 'PUT', (s, n) => ({ path: `/api/conversations/${s.talk.id}/preparation`, cookie: s.cookie, body: JSON.stringify({ version: s.version, agenda: `Stage bespreken (${n})`, experience: 'Open dag bezocht.' }) }),
            (s, body) => (s.version = (JSON.parse(body) as { version: number }).version)),
        });
      },
    },
    {
      name: 'self-assessment answer (autosave)',
      raw: (i) => {
        const s = rawStudents[i % slots]!;
        return sql`INSERT INTO instrument_answer (response_id, item_code, value) VALUES (${s.responseId}::uuid, ${items[i % items.length]!}, ${1 + (i % 5)}::int)
          ON CONFLICT (response_id, item_code) DO UPDATE SET value = EXCLUDED.value, answered_at = now()`.execute(ctx.db);
      },
      http: async (base) => {
        const state = await Promise.all(httpStudents.map(async (s) => ({ ...s, cookie: await cookie(base, s.address) })));
        return load(base, {
          path: '/', connections: slots, seconds: o.seconds,
          requests: perSlot(state, 'PATCH', (s, n) => ({ path: `/api/responses/${s.responseId}`, cookie: s.cookie, body: JSON.stringify({ answers: { [items[n % items.length]!]: 1 + (n % 5) } }) })),
        });
      },
    },
    {
      name: 'survey answer (invitation link)',
      raw: (i) => links.rawAnswer(i, surveyItems[i % surveyItems.length]!, 1 + (i % 4)),
      http: (base) =>
        load(base, {
          path: '/', connections: readConnections, seconds: o.seconds,
          requests: perSlot(links.tokens, 'PATCH', (token, n) => ({ path: `/api/survey-link/${token}`, cookie: '', body: JSON.stringify({ answers: { [surveyItems[n % surveyItems.length]!]: 1 + (n % 4) } }) })),
        }),
    },
    {
      name: 'dashboard: competencies',
      raw: () => competencyStats(ctx, managerActor),
      http: get('/api/stats/competencies', manager, manager1),
    },
    { name: 'dashboard: guidance', raw: () => guidanceStats(ctx, managerActor), http: get('/api/stats/guidance', manager, manager1) },
    {
      name: 'survey report (20,000 respondents)',
      raw: () => surveyReport(ctx, managerActor, surveyId, report),
      http: get(`/api/surveys/${surveyId}/report?${REPORT_URL_QUERY}`, manager, manager1),
    },
    { name: 'portfolio PDF (service, with rendering)', raw: () => portfolioPdf(ctx, pdfStudent.actor, 'nl'), http: get('/api/portfolio/pdf', pdfStudent.address, pdfConnections) },
    { name: `roster import (${o.rosterRows} rows)`, raw: null, http: (base) => rosterImport(base, plan, o.rosterRows, cookie) },
  ];
}

/** Upload, start and wait for the background job, all through the API, as an administrator does. */
async function rosterImport(base: string, plan: Plan, rows: number, cookie: ReturnType<typeof cookieJar>) {
  const headers = { cookie: await cookie(base, email(plan, 'admin')) };
  const csv = generateRoster(rows, {
    programmes: ['P000', 'P001', 'P002', 'P003'],
    counsellors: [email(plan, 'slb2'), email(plan, `slb${Math.min(3, plan.counsellors + 1)}`)],
    schoolYear: schoolYearOf(new Date()),
    prefix: 'R',
  });
  const t0 = performance.now();
  const upload = await fetch(`${base}/api/admin/imports?filename=bench.csv`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body: csv });
  if (upload.status !== 201) throw new Error(`roster upload: ${upload.status} ${await upload.text()}`);
  const { id } = (await upload.json()) as { id: string };
  const start = await fetch(`${base}/api/admin/imports/${id}/start`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ mapping: ROSTER_MAPPING, skipInvalid: false }) });
  if (start.status !== 202) throw new Error(`roster start: ${start.status} ${await start.text()}`);
  for (;;) {
    const res = await fetch(`${base}/api/admin/imports/${id}`, { headers });
    if (!res.ok) throw new Error(`roster status: ${res.status} ${await res.text()}`);
    const status = (await res.json()) as { status: string; inserted: number; failure: string | null };
    if (performance.now() - t0 > 15 * 60_000) return { seconds: (performance.now() - t0) / 1000, note: `not finished after 15 minutes (${status.status})` };
    if (status.status === 'done' || status.status === 'failed') {
      const seconds = (performance.now() - t0) / 1000;
      if (status.status === 'failed') return { seconds, note: `failed: ${status.failure}` };
      return { seconds, rps: rows / seconds, note: `${Math.round(rows / seconds)} rows/s, ${status.inserted} inserted` };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
