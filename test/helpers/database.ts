import fs from 'node:fs';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database';
import { scratchPostgres as scratchDatabase } from '../../src/server/db/scratch';
import type { DemoTemplate } from './demo-template';

/** A scratch database on that PostgreSQL server (see src/server/db/scratch.ts), named for the tests by default. */
export function scratchPostgres(serverUrl: string, prefix = 'koers_test', template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  return scratchDatabase(serverUrl, prefix, template);
}

/** Inside vitest, the global setup's archive of an empty PGlite cluster (see demo-template.ts). */
async function emptyPGliteArchive(): Promise<string | undefined> {
  // Benchmarks use these helpers outside vitest, where there is nothing to inject.
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('emptyPGlite');
}

function openPGliteFrom(archive: string): Promise<Database> {
  return openPGlite(undefined, { loadDataDir: new Blob([fs.readFileSync(archive)]) });
}

/**
 * Each test file gets its own empty database: an in-memory PGlite by default, or a fresh database
 * on the PostgreSQL server named by DATABASE_URL (dropped again afterwards). Files can therefore
 * run in parallel without seeing each other's rows.
 */
export async function freshDatabase(url: string | undefined = process.env.DATABASE_URL, from?: DemoTemplate): Promise<Database> {
  if (!url) {
    if (from?.engine === 'pglite') return openPGliteFrom(from.archive);
    const empty = await emptyPGliteArchive();
    return empty && fs.existsSync(empty) ? openPGliteFrom(empty) : openPGlite();
  }
  const scratch = await scratchPostgres(url, 'koers_test', from?.engine === 'postgres' ? from.database : undefined);
  const database = await openPostgres(scratch.url, 5);
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}
