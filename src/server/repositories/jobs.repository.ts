import { sql } from 'kysely';
import type { Queryable } from './types';

export async function insertJob(
  db: Queryable,
  j: { queue: string; payload: unknown; maxAttempts: number; runAt?: Date },
): Promise<number> {
  const row = await db
    .insertInto('job')
    .values({ queue: j.queue, payload: JSON.stringify(j.payload), max_attempts: j.maxAttempts, run_at: j.runAt ?? new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Claims the next due job. `FOR UPDATE SKIP LOCKED` lets several app processes share one queue on
 * PostgreSQL without taking the same job twice; jobs left 'running' by a crashed process are
 * picked up again once their lock is older than `staleAfter`.
 */
export async function claimJob(db: Queryable, queues: string[], now: Date, staleAfter: Date) {
  const { rows } = await sql<{ id: number; queue: string; payload: unknown; attempts: number; max_attempts: number }>`
    UPDATE job SET status = 'running', locked_at = ${now}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM job
      WHERE queue = ANY(${queues}::text[])
        AND ((status = 'pending' AND run_at <= ${now}) OR (status = 'running' AND locked_at < ${staleAfter}))
      ORDER BY run_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, queue, payload, attempts, max_attempts`.execute(db);
  return rows[0];
}

export async function completeJob(db: Queryable, id: number): Promise<void> {
  await db.updateTable('job').set({ status: 'done', finished_at: new Date(), locked_at: null }).where('id', '=', id).execute();
}

export async function failJob(db: Queryable, id: number, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('job')
    .set(
      retryAt
        ? { status: 'pending', run_at: retryAt, last_error: error, locked_at: null }
        : { status: 'failed', finished_at: new Date(), last_error: error, locked_at: null },
    )
    .where('id', '=', id)
    .execute();
}

/** Finished jobs are only history; kept a while for diagnosis, then removed so claims stay cheap. */
export async function purgeFinishedJobs(db: Queryable, before: Date): Promise<number> {
  const result = await db.deleteFrom('job').where('status', '=', 'done').where('finished_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
