import { z } from 'zod';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../domain/demo/demo-institution';
import type { RouteModule } from '../types';

export const systemRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database engine',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await ctx.database.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const, database: ctx.database.engine };
    },
  );

  app.get(
    '/api/demo',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Demo accounts, shown on the login page in demo mode only',
        response: {
          200: z.object({
            demo: z.boolean(),
            accounts: z.array(z.object({ email: z.string(), role: z.string(), password: z.string() })),
          }),
        },
      },
    },
    async () => ({
      demo: ctx.demo,
      accounts: ctx.demo ? DEMO_ACCOUNTS.map((a) => ({ ...a, password: DEMO_PASSWORD })) : [],
    }),
  );
};
