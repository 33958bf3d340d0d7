import { sql } from 'kysely';
import { PREPARE_MARK } from '../db/prepared';
import type { Queryable } from './types';

export async function insertSession(
  db: Queryable,
  s: { userId: string; tokenHash: string; expiresAt: Date; ip: string; userAgent: string | null },
): Promise<string> {
  const row = await db
    .insertInto('user_session')
    .values({ user_id: s.userId, token_hash: s.tokenHash, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The live session for a token hash with its user, or undefined when expired, revoked or inactive. */
export interface LiveSession {
  sessionId: string;
  lastSeenAt: Date;
  userId: string;
  institutionId: string;
  role: string;
  name: string;
  email: string | null;
  language: string;
}

// Every signed-in request starts here: written once and prepared per connection, so neither the
// query builder nor PostgreSQL's planner runs again for each request.
export async function findLiveSession(db: Queryable, tokenHash: string, now: Date): Promise<LiveSession | undefined> {
  const { rows } = await sql<LiveSession>`${PREPARE_MARK}
    SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", u.id AS "userId", u.institution_id AS "institutionId",
      u.role, u.display_name AS name, u.email, u.language
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash} AND s.revoked_at IS NULL AND s.expires_at > ${now} AND u.active`.execute(db);
  return rows[0];
}

export async function touchSession(db: Queryable, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export function listLiveSessions(db: Queryable, userId: string, now: Date) {
  return db
    .selectFrom('user_session')
    .select(['id', 'created_at', 'last_seen_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function revokeSession(db: Queryable, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('user_session')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function revokeOtherSessions(db: Queryable, userId: string, keepSessionId: string | null, now: Date) {
  let q = db.updateTable('user_session').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keepSessionId) q = q.where('id', '<>', keepSessionId);
  await q.execute();
}

export async function recordLoginAttempt(db: Queryable, email: string, ip: string, success: boolean): Promise<void> {
  await db.insertInto('login_attempt').values({ email: email.trim().toLowerCase(), ip, success }).execute();
}

/** Failed attempts since `since`, for the account and for the address separately. */
export async function countRecentFailures(db: Queryable, email: string, ip: string, since: Date) {
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('email', '=', email.trim().toLowerCase()).as('byEmail'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('byIp'),
    ])
    .where('success', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('email', '=', email.trim().toLowerCase()), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return { byEmail: Number(row.byEmail), byIp: Number(row.byIp) };
}

export async function insertUserToken(db: Queryable, t: { userId: string; tokenHash: string; expiresAt: Date }) {
  await db
    .insertInto('user_token')
    .values({ user_id: t.userId, purpose: 'set_password', token_hash: t.tokenHash, expires_at: t.expiresAt })
    .execute();
}

/** Marks a live token used and returns its user, atomically so a link works only once. */
export async function consumeUserToken(db: Queryable, tokenHash: string, now: Date) {
  return db
    .updateTable('user_token')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
}
