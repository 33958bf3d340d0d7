import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createContext } from '../../src/server/boot';
import { backupPGlite } from '../../src/server/db/backup';
import { openPGlite, openPostgres } from '../../src/server/db/database';
import { seedDemo } from '../../src/server/services/demo-seed.service';
import { scratchPostgres } from './database';
import { testEnv } from './test-env';

/*
 * Seeding the demo institution is the slowest step of a test file, and dozens of files need it.
 * This global setup seeds it once per run; each test file then starts from a copy: a PostgreSQL
 * template database, or a PGlite data-directory archive. Every file still gets its own database.
 * On PGlite it also keeps an archive of a new, empty cluster: starting from that is cheaper than
 * a new PGlite's initdb, and gives the same empty database (see freshDatabase).
 */

export type DemoTemplate = { engine: 'postgres'; database: string } | { engine: 'pglite'; archive: string };

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: DemoTemplate;
    /** Archive of a PGlite data directory straight after initdb: no migrations, no rows. */
    emptyPGlite?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    return await seedTemplate(project);
  } catch (err) {
    // Not fatal for the run: test files then seed their own demo and report the failure themselves.
    console.warn(`demo template not made: ${err instanceof Error ? err.message : String(err)}`);
    return async () => undefined;
  }
}

async function seedTemplate(project: TestProject): Promise<() => Promise<void>> {
  const env = testEnv();
  if (process.env.DATABASE_URL) {
    const scratch = await scratchPostgres(process.env.DATABASE_URL, 'koers_demo_template');
    const database = await openPostgres(scratch.url, 2);
    const ctx = await createContext(env, database);
    await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
    await ctx.queue.stop();
    // A template may have no open connections while it is copied.
    await database.close();
    project.provide('demoTemplate', { engine: 'postgres', database: new URL(scratch.url).pathname.slice(1) });
    return () => scratch.drop();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-demo-template-'));
  const emptyDir = path.join(dir, 'empty');
  await (await openPGlite(emptyDir)).close();
  const empty = path.join(dir, 'empty.tar.gz');
  await backupPGlite(emptyDir, empty);
  project.provide('emptyPGlite', empty);
  // The demo starts from a copy of that cluster: one initdb per run.
  const dataDir = path.join(dir, 'data');
  fs.cpSync(emptyDir, dataDir, { recursive: true });
  const database = await openPGlite(dataDir);
  const ctx = await createContext(env, database);
  await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
  await ctx.queue.stop();
  await database.close();
  const archive = path.join(dir, 'demo.tar.gz');
  await backupPGlite(dataDir, archive);
  project.provide('demoTemplate', { engine: 'pglite', archive });
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}
