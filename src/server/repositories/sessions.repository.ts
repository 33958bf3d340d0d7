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
export function findLiveSession(db: Queryable, tokenHash: string, now: Date) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.id as sessionId',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.institution_id as institutionId',
      'u.role',
      'u.display_name as name',
      'u.email',
      'u.language',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
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
