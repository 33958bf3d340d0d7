import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../src/server/db/database';
import { PREPARE_MARK } from '../src/server/db/prepared';
import { scratchPostgres } from './helpers/database';

/*
 * Statements marked PREPARE_MARK are sent to PostgreSQL as named prepared statements, so the server
 * keeps their plan per connection; all others stay unnamed. One pooled connection makes the
 * session's pg_prepared_statements show exactly what this connection prepared.
 */
const server = process.env.DATABASE_URL || process.env.KOERS_TEST_POSTGRES_URL;

describe.runIf(server)('prepared statements on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let database: Database;
  const prepared = async () =>
    (await sql<{ name: string; statement: string }>`SELECT name, statement FROM pg_prepared_statements ORDER BY statement`.execute(database.db)).rows;

  beforeAll(async () => {
    scratch = await scratchPostgres(server as string, 'koers_prepared');
    database = await openPostgres(scratch.url, 1);
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it('prepares a marked statement once per connection, named after its text, and leaves others unnamed', async () => {
    const marked = (n: number) => sql<{ n: number }>`${PREPARE_MARK}SELECT ${n}::int AS n`.execute(database.db);
    expect((await marked(1)).rows).toEqual([{ n: 1 }]);
    expect((await marked(2)).rows).toEqual([{ n: 2 }]);
    expect((await sql<{ m: number }>`SELECT ${3}::int AS m`.execute(database.db)).rows).toEqual([{ m: 3 }]);
    const rows = await prepared();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toMatch(/^koers_[0-9a-f]{24}$/);
    expect(rows[0]?.statement).toContain('SELECT $1::int AS n');
  });

  it('keeps the variants of a statement apart, inside transactions too', async () => {
    await database.db.transaction().execute(async (trx) => {
      const order = (desc: boolean) => sql<{ n: number }>`${PREPARE_MARK}SELECT n FROM generate_series(1, 3) n ORDER BY n ${sql.raw(desc ? 'DESC' : 'ASC')}`.execute(trx);
      expect((await order(true)).rows.map((r) => r.n)).toEqual([3, 2, 1]);
      expect((await order(false)).rows.map((r) => r.n)).toEqual([1, 2, 3]);
    });
    expect(await prepared()).toHaveLength(3);
  });

  it('opens sessions with JIT compilation off, unless the URL sets its own options (decision 021)', async () => {
    expect((await sql<{ jit: string }>`SHOW jit`.execute(database.db)).rows[0]?.jit).toBe('off');
    const url = new URL(scratch.url);
    url.searchParams.set('options', '-c jit=on');
    const own = await openPostgres(url.toString(), 1);
    try {
      expect((await sql<{ jit: string }>`SHOW jit`.execute(own.db)).rows[0]?.jit).toBe('on');
    } finally {
      await own.close();
    }
  });
});
