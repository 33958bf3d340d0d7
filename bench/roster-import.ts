/*
 * Times a roster import of N generated rows (default 10,000) through the real services and job
 * queue: on an in-memory PGlite and, when DATABASE_URL is set, on a fresh PostgreSQL database.
 * Usage: npx tsx bench/roster-import.ts [rows]
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolYearOf } from '../src/domain/dates/school-year';
import { createContext } from '../src/server/boot';
import type { Database } from '../src/server/db/database';
import { freshDatabase } from '../test/helpers/database';
import { loadEnv } from '../src/server/env';
import type { Actor } from '../src/server/policies/policy';
import { seedDemo } from '../src/server/services/demo-seed.service';
import { startImport, uploadImport } from '../src/server/services/roster-import.service';
import { generateRoster, ROSTER_MAPPING } from '../src/server/bench/roster-csv';

const rows = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(rows) || rows < 1) throw new Error('usage: npx tsx bench/roster-import.ts [rows]');

async function run(label: string, database: Database): Promise<void> {
  const env = loadEnv({ NODE_ENV: 'test', ...(database.engine === 'postgres' ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
  const ctx = await createContext(env, database);
  try {
    // A bench needs no real password hashing.
    await seedDemo(ctx.db, { hashPassword: async () => 'x' });
    const user = await ctx.db
      .selectFrom('app_user')
      .select(['id', 'institution_id', 'display_name', 'email'])
      .where('email', '=', 'admin@demo.koers.nl')
      .executeTakeFirstOrThrow();
    const actor: Actor = { id: user.id, institutionId: user.institution_id, role: 'admin', name: user.display_name, email: user.email, language: 'nl', sessionId: 'bench' };
    const csv = generateRoster(rows, {
      programmes: ['HICT', 'BK', 'MT', 'VP'],
      counsellors: ['slb@demo.koers.nl', 'k.dewit@demo.koers.nl', 'r.pinas@demo.koers.nl'],
      schoolYear: schoolYearOf(new Date()),
    });

    const passes: Record<string, unknown>[] = [];
    for (const pass of ['first import', 're-import (all unchanged)']) {
      const t0 = performance.now();
      const { id } = await uploadImport(ctx, actor, { filename: 'bench.csv', text: csv });
      const t1 = performance.now();
      await startImport(ctx, actor, id, { mapping: ROSTER_MAPPING, skipInvalid: false });
      const t2 = performance.now();
      await ctx.queue.drain();
      const t3 = performance.now();
      const done = await ctx.db.selectFrom('roster_import').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      if (done.status !== 'done') throw new Error(`import ${done.status}: ${done.failure}`);
      const total = t3 - t0;
      console.log(
        `${label.padEnd(10)} ${pass.padEnd(26)} ${rows} rows in ${(total / 1000).toFixed(2)} s = ${Math.round(rows / (total / 1000))} rows/s` +
          ` (upload ${Math.round(t1 - t0)} ms, validate+start ${Math.round(t2 - t1)} ms, job ${Math.round(t3 - t2)} ms;` +
          ` inserted ${done.inserted_count}, updated ${done.updated_count}, unchanged ${done.unchanged_count})`,
      );
      passes.push({ pass, rows, seconds: total / 1000, rowsPerSecond: rows / (total / 1000), uploadMs: t1 - t0, validateStartMs: t2 - t1, jobMs: t3 - t2 });
    }
    const out = path.resolve(import.meta.dirname, 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `roster-import-${database.engine}.json`), JSON.stringify({ date: new Date().toISOString(), engine: database.engine, passes }, null, 2));
  } finally {
    await ctx.queue.stop();
    await database.close();
  }
}

await run('PGlite', await freshDatabase(''));
if (process.env.DATABASE_URL) await run('PostgreSQL', await freshDatabase(process.env.DATABASE_URL));
else console.log('PostgreSQL skipped: set DATABASE_URL=postgres://… to include it.');
