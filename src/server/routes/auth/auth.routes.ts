import { z } from 'zod';
import { ROLES } from '../../../shared/roles';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../plugins/auth';
import * as auth from '../../services/auth.service';
import { IdParams, type RouteModule } from '../types';

const Credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) });

export const authRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: Credentials,
        response: { 200: z.object({ user: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }) }) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const result = await auth.login(ctx, email, password, request.ip, request.headers['user-agent'] ?? null);
      setSessionCookie(reply, request, result.token, ctx.env.KOERS_SESSION_DAYS, ctx.env.KOERS_SECURE_COOKIES);
      return { user: result.user };
    },
  );

  app.post('/api/auth/logout', { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Sign out this session' } }, async (request, reply) => {
    if (request.actor) await auth.logout(ctx, request.actor);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'Change your password (signs out your other sessions)',
        body: z.object({ currentPassword: z.string().min(1).max(1000), newPassword: z.string().max(1000) }),
      },
    },
    async (request, reply) => {
      await auth.changePassword(ctx, requireActor(request), request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/set-password',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Choose a password through a one-time link from an invitation mail',
        body: z.object({ token: z.string().min(10).max(200), password: z.string().max(1000) }),
      },
    },
    async (request, reply) => {
      await auth.setPasswordWithToken(ctx, request.body.token, request.body.password);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/sessions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'Your active sessions',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                createdAt: z.string(),
                lastSeenAt: z.string(),
                ip: z.string().nullable(),
                userAgent: z.string().nullable(),
                current: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await auth.listSessions(ctx, requireActor(request)) }),
  );

  app.delete(
    '/api/auth/sessions/:id',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], summary: 'Sign out one of your sessions', params: IdParams } },
    async (request, reply) => {
      await auth.revokeSession(ctx, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
