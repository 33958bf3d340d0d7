/**
 * Raw times of the institution dashboard and caseload reads on an already generated institution,
 * without HTTP, one call at a time (median of BENCH_RUNS, default 15, after two warm-up calls):
 *   DATABASE_URL=postgres://… npx koers bench generate --size M
 *   DATABASE_URL=postgres://… npx tsx bench/dashboard-queries.ts [tag, e.g. m1]
 * Prints one line per read with the median, min and max in ms, the Node process's own CPU time per
 * call (less sensitive to a busy machine than wall time) and the size of the answer as JSON.
 */
import { createContext } from '../src/server/boot';
import { loadEnv } from '../src/server/env';
import type { AppContext } from '../src/server/context';
import type { Actor } from '../src/server/policies/policy';
import { scoreBands } from '../src/server/repositories/competencies.repository';
import { caseload } from '../src/server/services/caseload.service';
import { caseloadCompetencies, competencyStats } from '../src/server/services/competencies.service';
import { guidanceStats } from '../src/server/services/guidance-stats.service';
import { homeFor } from '../src/server/services/home.service';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const only = process.env.BENCH_ONLY?.split(',');

const env = loadEnv({ ...process.env, NODE_ENV: 'test' });
if (!env.DATABASE_URL) throw new Error('Set DATABASE_URL to a database with a generated institution.');
const ctx: AppContext = await createContext(env);

async function actorOf(local: string): Promise<Actor> {
  const tag = process.argv[2];
  const q = ctx.db.selectFrom('app_user').select(['id', 'institution_id', 'role', 'display_name', 'email']);
  const u = await (tag ? q.where('email', '=', `${local}@${tag}.bench.koers.nl`) : q.where('email', 'like', `${local}@%.bench.koers.nl`)).executeTakeFirstOrThrow();
  return { id: u.id, institutionId: u.institution_id, role: u.role as Actor['role'], name: u.display_name, email: u.email, language: 'nl', sessionId: 'bench' };
}

async function time(name: string, fn: () => Promise<unknown>): Promise<void> {
  if (only && !only.some((o) => name.includes(o))) return;
  let bytes = 0;
  for (let i = 0; i < 2; i++) bytes = JSON.stringify(await fn()).length;
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(7);
  const nodeCpu = (cpu.user + cpu.system) / 1000 / RUNS;
  console.log(
    `${name.padEnd(36)} median ${f(times[Math.floor(times.length / 2)] ?? 0)} ms  min ${f(times[0] ?? 0)}  max ${f(times[times.length - 1] ?? 0)}  node cpu ${f(nodeCpu)}  ${Math.round(bytes / 1024)} KiB`,
  );
}

try {
  const [manager, big, small] = await Promise.all([actorOf('manager'), actorOf('slb1'), actorOf('slb2')]);
  await time('scoreBands (repository)', () => scoreBands(ctx.db, { institutionId: manager.institutionId, instrumentCode: 'loopbaancompetenties', min: 1, max: 5 }));
  await time('competencyStats (service)', () => competencyStats(ctx, manager));
  await time('guidanceStats (service)', () => guidanceStats(ctx, manager));
  await time('manager home', () => homeFor(ctx, manager, '127.0.0.1'));
  await time('caseload ≈ 30 (service)', () => caseload(ctx, small, { sort: 'light' }));
  await time('caseload 500 (service)', () => caseload(ctx, big, { sort: 'light' }));
  await time('caseload competencies 500, 1st page', () => caseloadCompetencies(ctx, big, { sort: 'name', dir: 'asc', limit: 50, offset: 0 }));
  await time('caseload competencies by scale', () => caseloadCompetencies(ctx, big, { sort: 'werkexploratie', dir: 'desc', limit: 50, offset: 0 }));
} finally {
  await ctx.database.close();
}
