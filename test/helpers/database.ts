import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database';

/**
 * Each test file gets its own empty database: an in-memory PGlite by default, or a fresh database
 * on the PostgreSQL server named by DATABASE_URL (dropped again afterwards). Files can therefore
 * run in parallel without seeing each other's rows.
 */
export async function freshDatabase(url: string | undefined = process.env.DATABASE_URL): Promise<Database> {
  if (!url) return openPGlite();
  const name = `koers_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 5);
  return {
    ...database,
    close: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
