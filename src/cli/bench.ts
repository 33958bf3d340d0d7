import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app';
import { createContext } from '../server/boot';
import { openPGlite, openPostgres, type Database } from '../server/db/database';
import { loadEnv } from '../server/env';
import { generateInstitution, type GenerateResult } from '../server/bench/generate';
import { BENCH_PASSWORD, SIZES, type BenchSize } from '../server/bench/plan';
import { scratchPostgres } from '../../test/helpers/database';
import { printTable, rssSampler } from './bench-measure';
import { runScenarios } from './bench-scenarios';

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

async function scratchDatabase(url: string | undefined): Promise<Database> {
  if (!url) return openPGlite();
  const scratch = await scratchPostgres(url, 'koers_bench');
  const database = await openPostgres(scratch.url, 10);
  return { ...database, close: async () => { await database.close(); await scratch.drop(); } };
}

export async function benchRunCommand(options: { size?: string; seconds?: string; seed?: string; rosterRows?: string }): Promise<void> {
  const size = parseSize(options.size);
  const seconds = Number(options.seconds ?? 5);
  const rosterRows = Number(options.rosterRows ?? 50_000);
  const env = loadEnv({ ...process.env, NODE_ENV: 'test' });
  const database = await scratchDatabase(env.DATABASE_URL);
  const ctx = await createContext(env, database);
  try {
    const passwordHash = await ctx.passwords.hash(BENCH_PASSWORD);
    const generated = await generateInstitution(ctx.db, { size, seed: Number(options.seed ?? 1), passwordHash });
    printGenerated(generated);
    const app = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const rss = rssSampler();
    try {
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const results = await runScenarios(ctx, generated.plan, { base, seconds, rosterRows });
      const peakRssMb = rss.stop();
      const engine = ctx.database.engine;
      printTable(`Koers benchmark suite — ${engine}, size ${size} (${generated.plan.students} students), ${seconds} s per scenario, peak RSS ${peakRssMb} MB (server and load generator in one process)`, results);
      const out = path.resolve(import.meta.dirname, '../../bench/results');
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(out, `suite-${engine}-${size}.json`);
      const machine = { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
      fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), engine, size, seconds, machine, generate: { seconds: generated.seconds, rows: generated.rows }, peakRssMb, results }, null, 2));
      console.log(`\nGeschreven: ${file}`);
    } finally {
      await app.close();
    }
  } finally {
    await ctx.queue.stop();
    await database.close();
  }
}
