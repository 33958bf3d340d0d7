/**
 * HTTP benchmark of the foundation's hot paths on a real server over loopback:
 *   npx tsx bench/http.ts            (PGlite, demo institution)
 *   DATABASE_URL=postgres://… npx tsx bench/http.ts   (fresh database on that server)
 * Each scenario runs for a bounded time; figures go to stdout and bench/results/http-<engine>.json.
 * The "raw SQL" column times the same query through the database driver without HTTP, one at a
 * time; "ms/req" is the server's cost per request at full load (1000 / req/s), and the ratio of
 * the two shows what HTTP, the session check and serialisation add on top of the query.
 * The load generator runs in the same process as the server, so figures are conservative.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import { createContext } from '../src/server/boot';
import { loadEnv } from '../src/server/env';
import { seedDemo } from '../src/server/services/demo-seed.service';
import { listStudents } from '../src/server/repositories/students.repository';
import { freshDatabase } from '../test/helpers/database';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const env = loadEnv({ ...process.env, NODE_ENV: 'test', KOERS_ARGON2_MEMORY_KIB: '19456' });
const database = await freshDatabase();
const ctx = await createContext(env, database);
await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
ctx.demo = true;
const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

async function cookieFor(email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'koers-demo' }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function raw(fn: () => Promise<unknown>, seconds = 2): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let n = 0;
  const started = performance.now();
  while (Date.now() < end) {
    await fn();
    n++;
  }
  return (performance.now() - started) / n;
}

interface Result {
  name: string;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  rawMs: number | null;
}

async function scenario(name: string, opts: Partial<autocannon.Options> & { path: string }, rawQuery?: () => Promise<unknown>): Promise<Result> {
    // Full URLs: autocannon ignores `path` for POST requests.
  const { path: urlPath, ...rest } = opts;
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...rest, url: `${base}${urlPath}` });
  const rawMs = rawQuery ? await raw(rawQuery) : null;
  return {
    name,
    p50: r.latency.p50,
    p95: r.latency.p97_5 ?? r.latency.p99,
    rps: r.requests.average,
    errors: r.errors + r.non2xx,
    rawMs,
  };
}

const counsellorCookie = await cookieFor('slb@demo.koers.nl');
const studentCookie = await cookieFor('student@demo.koers.nl');
const counsellor = await ctx.db.selectFrom('app_user').select(['id', 'institution_id']).where('email', '=', 'slb@demo.koers.nl').executeTakeFirstOrThrow();
const today = new Date().toISOString().slice(0, 10);

const results: Result[] = [];
results.push(await scenario('health', { path: '/api/health' }, () => sql`SELECT 1`.execute(ctx.db)));
results.push(
  await scenario('caseload (24 students)', { path: '/api/students?limit=50', headers: { cookie: counsellorCookie } }, () =>
    listStudents(ctx.db, { institutionId: counsellor.institution_id, scope: { kind: 'caseload', counsellorId: counsellor.id }, limit: 50, today }),
  ),
);
results.push(await scenario('student start page', { path: '/api/home', headers: { cookie: studentCookie } }));
results.push(
  await scenario('login (argon2id, 19 MiB)', {
    path: '/api/auth/login',
    method: 'POST',
    connections: 2,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.koers.nl', password: 'koers-demo' }),
  }),
);

const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(`\nKoers HTTP benchmark — ${ctx.database.engine}, ${CONNECTIONS} connections, ${DURATION_S}s per scenario, RSS ${rss} MB\n`);
console.log('scenario                      p50 ms   p95 ms    req/s  ms/req  errors  raw SQL ms  HTTP/raw');
for (const r of results) {
  const perRequest = 1000 / r.rps;
  const ratio = r.rawMs ? (perRequest / r.rawMs).toFixed(1) : '—';
  console.log(
    `${r.name.padEnd(28)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${perRequest.toFixed(2).padStart(7)} ${String(r.errors).padStart(7)} ${r.rawMs ? r.rawMs.toFixed(2).padStart(11) : '          —'} ${ratio.padStart(9)}`,
  );
}
const out = path.resolve(import.meta.dirname, 'results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, `http-${ctx.database.engine}.json`),
  JSON.stringify({ date: new Date().toISOString(), engine: ctx.database.engine, connections: CONNECTIONS, seconds: DURATION_S, rssMb: rss, results }, null, 2),
);
await app.close();
await ctx.queue.stop();
await database.close();
