import { sql } from 'kysely';
import type { Queryable } from './types';

export async function insertMail(
  db: Queryable,
  m: { institutionId: string | null; to: string; subject: string; body: string },
): Promise<string> {
  const row = await db
    .insertInto('mail_message')
    .values({ institution_id: m.institutionId, to_address: m.to, subject: m.subject, body_text: m.body })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findMail(db: Queryable, id: string) {
  return db.selectFrom('mail_message').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markMail(
  db: Queryable,
  id: string,
  status: 'sent' | 'outbox' | 'failed' | 'queued',
  error: string | null,
): Promise<void> {
  await db
    .updateTable('mail_message')
    .set((eb) => ({
      status,
      last_error: error,
      attempts: eb('attempts', '+', 1),
      sent_at: status === 'sent' ? new Date() : null,
    }))
    .where('id', '=', id)
    .execute();
}

/**
 * Newest first. The cursor key is the creation time as microsecond text: a JS Date keeps only
 * milliseconds, and mails written in one transaction share one timestamp, so a Date key would
 * skip rows at the edge of a page.
 */
export function listMail(
  db: Queryable,
  f: { institutionId: string; limit: number; after?: { createdKey: string; id: string } },
) {
  let q = db
    .selectFrom('mail_message')
    .selectAll()
    .select(sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('created_key'))
    .where((eb) => eb.or([eb('institution_id', '=', f.institutionId), eb('institution_id', 'is', null)]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.after) {
    const { id } = f.after;
    const createdAt = sql<Date>`${f.after.createdKey}::timestamptz`;
    q = q.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  return q.execute();
}

export async function countOutbox(db: Queryable, institutionId: string): Promise<number> {
  const r = await db
    .selectFrom('mail_message')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'outbox')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
