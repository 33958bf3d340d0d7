import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import { preparingPool } from './prepared';
import type { DB } from './schema';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
}

/*
 * Both engines return the same JavaScript types: bigint counts and numerics as numbers (our counts
 * stay far below 2^53), and `date` columns as 'YYYY-MM-DD' strings so that a calendar date never
 * shifts by a time zone.
 */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => Number(v);
const asIs = (v: string) => v;

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return toNumber;
    if (oid === DATE) return asIs;
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * Session settings sent when a connection opens: JIT compilation off (decision 021). Koers's
 * queries run in milliseconds to a second, and PostgreSQL's cost threshold let the caseload be
 * compiled for 2.5–3 s once an institution grew. A URL that sets `options` itself is respected.
 */
export function sessionOptions(url: string): { options?: string } {
  return new URL(url).searchParams.has('options') ? {} : { options: '-c jit=off' };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes as pg.CustomTypesConfig, ...sessionOptions(url) });
  // An idle connection that the server drops (restart, failover) must not crash the process; the
  // pool replaces it on the next query.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** `dataDir` undefined means an in-memory database (tests). */
/** `loadDataDir`: start from a data-directory archive (a backup, or the tests' seeded demo). */
export async function openPGlite(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    parsers: { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asIs },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.destroy();
      await client.close();
    },
  };
}
