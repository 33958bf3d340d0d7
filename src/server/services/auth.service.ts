import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as sessions from '../repositories/sessions.repository';
import * as users from '../repositories/users.repository';
import { MIN_PASSWORD_LENGTH } from './passwords';
import { hashToken, newToken } from './tokens';
import { audit } from './audit.service';
import type { Role } from '../../shared/roles';

const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;
const TOUCH_INTERVAL_MS = 60_000;
// A fixed hash to verify against when the account does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | null = null;

export interface LoginResult {
  token: string;
  user: { id: string; name: string; role: Role };
}

export async function login(ctx: AppContext, email: string, password: string, ip: string, userAgent: string | null): Promise<LoginResult> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const failures = await sessions.countRecentFailures(ctx.db, email, ip, since);
  if (failures.byEmail >= MAX_FAILURES_PER_ACCOUNT || failures.byIp >= MAX_FAILURES_PER_ADDRESS) {
    throw new AppError('too_many_attempts');
  }
  const user = await users.findUserByEmail(ctx.db, email);
  dummyHash ??= ctx.passwords.hash('not-a-real-password');
  const ok = user?.password_hash && user.active
    ? await ctx.passwords.verify(user.password_hash, password)
    : (await ctx.passwords.verify(await dummyHash, password), false);
  await sessions.recordLoginAttempt(ctx.db, email, ip, Boolean(ok));
  if (!ok || !user) throw new AppError('invalid_credentials');

  const token = newToken();
  const expiresAt = new Date(Date.now() + ctx.env.KOERS_SESSION_DAYS * 86_400_000);
  await sessions.insertSession(ctx.db, { userId: user.id, tokenHash: hashToken(token), expiresAt, ip, userAgent });
  return { token, user: { id: user.id, name: user.display_name, role: user.role as Role } };
}

/** Resolves a session cookie to the signed-in actor; sessions slide forward while in use. */
export async function authenticate(ctx: AppContext, token: string): Promise<Actor | null> {
  const now = new Date();
  const s = await sessions.findLiveSession(ctx.db, hashToken(token), now);
  if (!s) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await sessions.touchSession(ctx.db, s.sessionId, now, new Date(now.getTime() + ctx.env.KOERS_SESSION_DAYS * 86_400_000));
  }
  return {
    id: s.userId,
    institutionId: s.institutionId,
    role: s.role as Role,
    name: s.name,
    email: s.email,
    language: s.language === 'en' ? 'en' : 'nl',
    sessionId: s.sessionId,
  };
}

export async function logout(ctx: AppContext, actor: Actor): Promise<void> {
  await sessions.revokeSession(ctx.db, actor.id, actor.sessionId, new Date());
}

export async function listSessions(ctx: AppContext, actor: Actor) {
  const rows = await sessions.listLiveSessions(ctx.db, actor.id, new Date());
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
    ip: r.ip,
    userAgent: r.user_agent,
    current: r.id === actor.sessionId,
  }));
}

export async function revokeSession(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  if (!(await sessions.revokeSession(ctx.db, actor.id, sessionId, new Date()))) throw new AppError('not_found');
}

export function assertStrongPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('weak_password');
}

/** Changing the password signs out every other session of the account. */
export async function changePassword(ctx: AppContext, actor: Actor, current: string, next: string): Promise<void> {
  const user = await users.findUserById(ctx.db, actor.id);
  if (!user?.password_hash || !(await ctx.passwords.verify(user.password_hash, current))) throw new AppError('wrong_password');
  assertStrongPassword(next);
  const hash = await ctx.passwords.hash(next);
  await ctx.db.transaction().execute(async (trx) => {
    await users.updatePasswordHash(trx, actor.id, hash);
    await sessions.revokeOtherSessions(trx, actor.id, actor.sessionId, new Date());
    await audit(trx, actor, 'account.password_changed', { entityType: 'user', entityId: actor.id });
  });
}

export const SET_PASSWORD_DAYS = 7;

export async function createSetPasswordToken(ctx: AppContext, userId: string, db = ctx.db): Promise<string> {
  const token = newToken();
  await sessions.insertUserToken(db, {
    userId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + SET_PASSWORD_DAYS * 86_400_000),
  });
  return token;
}

export async function setPasswordWithToken(ctx: AppContext, token: string, password: string): Promise<void> {
  assertStrongPassword(password);
  const hash = await ctx.passwords.hash(password);
  await ctx.db.transaction().execute(async (trx) => {
    const used = await sessions.consumeUserToken(trx, hashToken(token), new Date());
    if (!used) throw new AppError('invalid_token');
    await users.updatePasswordHash(trx, used.user_id, hash);
    await sessions.revokeOtherSessions(trx, used.user_id, null, new Date());
  });
}
