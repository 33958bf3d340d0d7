import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import { authenticate } from '../services/auth.service';

export const SESSION_COOKIE = 'koers_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Resolves the session cookie (or a Bearer token for integrations) on every API request. */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE] ?? bearer(request);
    if (token) request.actor = await authenticate(ctx, token);
  });
}

function bearer(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, days: number, forceSecure?: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: forceSecure ?? request.protocol === 'https',
    path: '/',
    maxAge: days * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
