import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database';
import type { DemoTemplate } from './demo-template';

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new database on the PostgreSQL server of `serverUrl` — empty, or a copy of `template` — with
 * its URL and a way to drop it.
 */
export async function scratchPostgres(serverUrl: string, prefix = 'koers_test', template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
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
