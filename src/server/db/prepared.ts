import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/*
 * Named prepared statements for hot, fixed-shape queries on PostgreSQL. Planning the caseload's
 * facts query costs PostgreSQL more than running it (8–10 of 11–15 ms of backend CPU on the large
 * institution); as a prepared statement the server keeps its plan per connection and, once a
 * generic plan proves as good, skips planning. A repository opts in by starting its SQL with
 * PREPARE_MARK; the statement is named after a hash of its text, so the variants of a statement
 * (another sort order, say) are separate statements and never collide. Everything else goes
 * through unnamed, as before. On PGlite the mark is only a comment.
 */

const MARK = '/* koers:prepare */';

/** Put first in a statement's SQL to have it prepared per connection on PostgreSQL. */
export const PREPARE_MARK = sql.raw(`${MARK} `);

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `koers_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // Bounded: marked statements have a handful of variants; this only guards the process.
    if (names.size >= 1000) names.clear();
    names.set(text, name);
  }
  return name;
}

/** A pool for Kysely's PostgresDialect that sends marked statements as named prepared statements. */
export function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      const query = (textOrCursor: unknown, values?: readonly unknown[]): unknown => {
        if (typeof textOrCursor === 'string' && textOrCursor.startsWith(MARK)) {
          return client.query({ name: nameOf(textOrCursor), text: textOrCursor, values: values ? [...values] : [] });
        }
        // Unmarked SQL, and a cursor should streaming ever be configured, pass through unchanged.
        return (client.query as (...args: unknown[]) => unknown)(textOrCursor, ...(values ? [values] : []));
      };
      // The cast: PostgresPoolClient's query is an overload (SQL → promise, cursor → cursor) that
      // one function can only implement untyped; both cases are forwarded to pg as they came.
      return { query, release: (destroy?: boolean) => client.release(destroy) } as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
