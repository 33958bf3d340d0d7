/**
 * The caseload at a glance with 500 students, over real HTTP:
 *   npx tsx bench/caseload.ts                 (PGlite)
 *   DATABASE_URL=postgres://… npx tsx bench/caseload.ts   (fresh database on that server)
 * On top of the demo, slb@ gets 500 extra students, each with two held conversations, an overdue
 * action, two self-assessments and test results; 20 have an open referral. The signals of the
 * whole caseload come from one query; the raw column times that query (and the domain rules) without HTTP.
 * Figures go to stdout and bench/results/caseload-<engine>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { createContext } from '../src/server/boot';
import { loadEnv } from '../src/server/env';
import { seedDemo } from '../src/server/services/demo-seed.service';
import { caseload } from '../src/server/services/caseload.service';
import { freshDatabase } from '../test/helpers/database';

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 500);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

const env = loadEnv({ ...process.env, NODE_ENV: 'test', KOERS_ARGON2_MEMORY_KIB: '8192' });
const database = await freshDatabase();
const ctx = await createContext(env, database);
await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
const slb = await ctx.db.selectFrom('app_user').select(['id', 'institution_id']).where('email', '=', 'slb@demo.koers.nl').executeTakeFirstOrThrow();

const started = performance.now();
await sql`
  WITH cohort AS (SELECT c.id FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE p.code = 'HICT' ORDER BY c.school_year DESC LIMIT 1),
  students AS (
    INSERT INTO app_user (institution_id, role, email, first_name, last_name, display_name, sort_name, student_number)
    SELECT ${slb.institution_id}, 'student', 'bench' || g || '@bench.koers.nl', 'Bench', 'Student ' || g, 'Bench Student ' || g, 'student ' || lpad(g::text, 5, '0'), 'B' || g
    FROM generate_series(1, ${STUDENTS}) g RETURNING id
  ),
  a AS (INSERT INTO assignment (counsellor_id, student_id, start_date) SELECT ${slb.id}, id, '2020-01-01' FROM students),
  e AS (INSERT INTO enrolment (student_id, cohort_id, start_date) SELECT s.id, (SELECT id FROM cohort), '2020-01-01' FROM students s)
  SELECT 1`.execute(ctx.db);
const bench = sql`(SELECT id FROM app_user WHERE email LIKE 'bench%@bench.koers.nl')`;
await sql`
  INSERT INTO conversation (institution_id, student_id, counsellor_id, proposed_by, type, status, starts_at, duration_minutes, held_at)
  SELECT ${slb.institution_id}, s.id, ${slb.id}, ${slb.id}, 'voortgang', 'held', now() - (k * 40 || ' days')::interval, 30, now() - (k * 40 || ' days')::interval
  FROM ${bench} s CROSS JOIN generate_series(1, 2) k`.execute(ctx.db);
await sql`
  INSERT INTO conversation_action (conversation_id, student_id, what, owner, due_date)
  SELECT c.id, c.student_id, 'Twee vacatures bekijken', 'student', current_date - 20
  FROM conversation c WHERE c.student_id IN ${bench}`.execute(ctx.db);
await sql`
  INSERT INTO instrument_response (institution_id, instrument_version_id, student_id, source, respondent_id, status, submitted_at)
  SELECT ${slb.institution_id}, (SELECT id FROM instrument_version WHERE code = 'loopbaancompetenties' ORDER BY version DESC LIMIT 1),
    s.id, 'self', s.id, 'submitted', now() - (k * 100 || ' days')::interval
  FROM ${bench} s CROSS JOIN generate_series(1, 2) k`.execute(ctx.db);
await sql`
  INSERT INTO instrument_scale_score (response_id, scale_code, score, answered, total)
  SELECT r.id, sc, 1 + random() * 4, 4, 4
  FROM instrument_response r CROSS JOIN unnest(ARRAY['kwaliteitenreflectie','motievenreflectie','werkexploratie','loopbaansturing','netwerken']) sc
  WHERE r.student_id IN ${bench}`.execute(ctx.db);
await sql`
  INSERT INTO test_result (institution_id, student_id, course, taken_on, grade, passed)
  SELECT ${slb.institution_id}, s.id, 'Toets ' || k, current_date - k, g, g >= 5.5
  FROM ${bench} s CROSS JOIN generate_series(1, 3) k CROSS JOIN LATERAL (SELECT round((1 + random() * 9)::numeric, 1) AS g) x`.execute(ctx.db);
await sql`
  INSERT INTO referral (institution_id, student_id, referrer_id, line, reason, description, consent)
  SELECT ${slb.institution_id}, s.id, ${slb.id}, 'second', 'persoonlijk', 'Benchmark', 'given' FROM ${bench} s LIMIT 20`.execute(ctx.db);
await sql`ANALYZE`.execute(ctx.db);
const setupMs = performance.now() - started;

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'slb@demo.koers.nl', password: 'koers-demo' }) });
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const check = await fetch(`${base}/api/caseload`, { headers: { cookie } });
const rows = (await check.json()) as { light: string }[];
const lights = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.light]: (acc[r.light] ?? 0) + 1 }), {});

const r = await autocannon({ url: `${base}/api/caseload`, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } });
const actor = { id: slb.id, institutionId: slb.institution_id, role: 'counsellor' as const, name: '', email: null, language: 'nl' as const, sessionId: '' };
const rawRuns: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  await caseload(ctx, actor, { sort: 'light' });
  rawRuns.push(performance.now() - t0);
}
rawRuns.sort((a, b) => a - b);
const rawMs = rawRuns[Math.floor(rawRuns.length / 2)] ?? 0;
const result = {
  date: new Date().toISOString(),
  engine: ctx.database.engine,
  students: rows.length,
  lights,
  setupMs: Math.round(setupMs),
  connections: CONNECTIONS,
  seconds: DURATION_S,
  p50: r.latency.p50,
  p95: r.latency.p97_5 ?? r.latency.p99,
  rps: r.requests.average,
  errors: r.errors + r.non2xx,
  rawMedianMs: Math.round(rawMs * 10) / 10,
  bytes: JSON.stringify(rows).length,
};
console.log(`\nKoers caseload benchmark — ${result.engine}, ${result.students} students (${JSON.stringify(lights)}), ${CONNECTIONS} connections, ${DURATION_S}s`);
console.log(`GET /api/caseload: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.rps.toFixed(1)} req/s, ${result.errors} errors, ${Math.round(result.bytes / 1024)} KiB`);
console.log(`service without HTTP (one query + rules), median of 20: ${result.rawMedianMs} ms; HTTP/raw at load: ${(1000 / result.rps / rawMs).toFixed(2)}`);
const out = path.resolve(import.meta.dirname, 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, `caseload-${result.engine}.json`), JSON.stringify(result, null, 2));
await app.close();
await ctx.queue.stop();
await database.close();
