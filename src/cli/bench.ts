import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContext } from '../server/boot';
import { openPGlite, openPostgres, type Database } from '../server/db/database';
import { loadEnv } from '../server/env';
import { generateInstitution, type GenerateResult } from '../server/bench/generate';
import { BENCH_PASSWORD, SIZES, type BenchSize } from '../server/bench/plan';
import { scratchPostgres } from '../server/db/scratch';
import { printTable, rawMedian, type ScenarioResult } from './bench-measure';
import { prepareScenarios, type Scenario } from './bench-scenarios';
import { startServer } from './bench-server';
import { ROOT } from '../server/root';

/*
 * `koers bench generate` writes a synthetic institution into the configured database;
 * `koers bench run` generates one into a scratch database (in-memory PGlite, or a new database on
 * the DATABASE_URL server that is dropped afterwards) and measures the hot paths over loopback.
 */

function parseSize(value: string | undefined): BenchSize {
  const size = (value ?? 'S').toUpperCase();
  if (!(size in SIZES)) throw new Error(`Onbekende grootte ${value}: kies S, M of L.`);
  return size as BenchSize;
}

function printGenerated(r: GenerateResult): void {
  console.log(`Benchmark-instelling ${r.plan.size} (seed ${r.plan.seed}) in ${r.seconds.toFixed(1)} s:`);
  const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
  for (const [table, n] of Object.entries(r.rows)) console.log(`  ${table.padEnd(24)} ${String(n).padStart(10)}`);
  console.log(`  ${'total'.padEnd(24)} ${String(total).padStart(10)}  (${Math.round(total / r.seconds)} rows/s)`);
  console.log(`Inloggen: manager@${r.plan.tag}.bench.koers.nl, slb1@… (${r.plan.bigCaseload} studenten), slb2@…, s1@… — wachtwoord ${BENCH_PASSWORD}`);
}

export async function benchGenerateCommand(options: { size?: string; seed?: string }): Promise<void> {
  const size = parseSize(options.size);
  const seed = Number(options.seed ?? 1);
  if (!Number.isInteger(seed)) throw new Error('--seed moet een geheel getal zijn.');
  const ctx = await createContext(loadEnv());
  try {
    const passwordHash = await ctx.passwords.hash(BENCH_PASSWORD);
    const result = await generateInstitution(ctx.db, {
      size,
      seed,
      passwordHash,
      onProgress: (done, total) => process.stderr.write(`\r  ${done} / ${total} studenten`),
    });
    process.stderr.write('\n');
    printGenerated(result);
  } finally {
    await ctx.database.close();
  }
}

/**
 * Where a run's institution lives: a new database on the DATABASE_URL server (dropped afterwards),
 * or a PGlite data directory in the system's temporary folder — on disk, so that the server
 * process can open it once the benchmark process has let go of it.
 */
async function scratchTarget(url: string | undefined): Promise<{ open(): Promise<Database>; serverEnv: Record<string, string>; drop(): Promise<void> }> {
  if (url) {
    const scratch = await scratchPostgres(url, 'koers_bench');
    return { open: () => openPostgres(scratch.url, 10), serverEnv: { DATABASE_URL: scratch.url }, drop: scratch.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
  return {
    open: () => openPGlite(path.join(dir, 'db')),
    serverEnv: { KOERS_DATA_DIR: path.join(dir, 'db'), KOERS_STORAGE_DIR: path.join(dir, 'files'), DATABASE_URL: '' },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Waits (at most 30 s) until three health checks in a row are answered within 20 ms. */
async function settled(base: string): Promise<void> {
  const end = Date.now() + 30_000;
  for (let prompt = 0; prompt < 3 && Date.now() < end; ) {
    const t0 = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer(), () => null);
    prompt = performance.now() - t0 < 20 ? prompt + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function benchRunCommand(options: { size?: string; seconds?: string; seed?: string; rosterRows?: string; only?: string }): Promise<void> {
  const size = parseSize(options.size);
  const seconds = Number(options.seconds ?? 5);
  const rosterRows = Number(options.rosterRows ?? 50_000);
  const rawSeconds = Math.min(2, seconds);
  const env = loadEnv({ ...process.env, NODE_ENV: 'test' });
  const target = await scratchTarget(env.DATABASE_URL);
  try {
    // Phase 1, in this process: generate, prepare every scenario and time its raw yardstick.
    const database = await target.open();
    const ctx = await createContext(env, database);
    let generated: GenerateResult;
    let scenarios: Scenario[];
    const raw = new Map<string, number | null>();
    try {
      const passwordHash = await ctx.passwords.hash(BENCH_PASSWORD);
      generated = await generateInstitution(ctx.db, { size, seed: Number(options.seed ?? 1), passwordHash });
      printGenerated(generated);
      const only = options.only?.split(',').map((o) => o.trim().toLowerCase());
      scenarios = (await prepareScenarios(ctx, generated.plan, { seconds, rosterRows })).filter((s) => !only || only.some((o) => s.name.toLowerCase().includes(o)));
      for (const s of scenarios) {
        process.stderr.write(`  ${s.name}: zonder HTTP meten…\n`);
        raw.set(s.name, s.raw ? await rawMedian(s.raw, rawSeconds) : null);
      }
    } finally {
      await ctx.queue.stop();
      await database.close();
    }
    // Phase 2: the real server in its own process, loaded over loopback.
    const server = await startServer(target.serverEnv);
    const results: ScenarioResult[] = [];
    let peakRssMb: number | null = null;
    try {
      for (const s of scenarios) {
        // The previous scenario's queued requests are still being answered when its load stops;
        // wait until the server answers promptly, so that queue is not counted here.
        await settled(server.base);
        server.resetPeak();
        const r = await s.http(server.base);
        const rawMs = raw.get(s.name) ?? null;
        const rss = server.peakRssMb();
        peakRssMb = Math.max(peakRssMb ?? 0, rss ?? 0) || null;
        results.push({ name: s.name, status: 'measured', ...r, rawMs, ratio: rawMs && r.rps && r.seconds === undefined ? 1000 / r.rps / rawMs : null, peakRssMb: rss });
        process.stderr.write(`  ${s.name}: klaar\n`);
      }
    } finally {
      await server.stop();
    }
    const engine = env.DATABASE_URL ? 'postgres' : 'pglite';
    printTable(`Koers benchmark suite — ${engine}, size ${size} (${generated.plan.students} students), ${seconds} s per scenario, server peak RSS ${peakRssMb ?? '—'} MB (server process only)`, results);
    const out = path.join(ROOT, 'bench/results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `suite-${engine}-${size}.json`);
    const machine = { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
    fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), engine, size, seconds, machine, generate: { seconds: generated.seconds, rows: generated.rows }, peakRssMb, results }, null, 2));
    console.log(`\nGeschreven: ${file}`);
  } finally {
    await target.drop();
  }
}
