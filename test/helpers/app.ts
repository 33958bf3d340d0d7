import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../src/server/app';
import { createContext } from '../../src/server/boot';
import type { AppContext } from '../../src/server/context';
import { seedDemo } from '../../src/server/services/demo-seed.service';
import { DEMO_PASSWORD } from '../../src/domain/demo/demo-institution';
import { inject } from 'vitest';
import { freshDatabase } from './database';
import { testEnv } from './test-env';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

/** A real app on a real, empty database, reached through Fastify's inject (real HTTP handling). */
export async function createTestApp(options: { demo?: boolean; env?: Record<string, string> } & BuildOptions = {}): Promise<TestApp> {
  const env = testEnv(options.env);
  // The demo is seeded once per run (see demo-template.ts); outside vitest's runner, seed it here.
  const template = options.demo ? inject('demoTemplate') : undefined;
  const database = await freshDatabase(process.env.DATABASE_URL, template);
  const ctx = await createContext(env, database);
  if (options.demo) {
    if (!template) await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
    ctx.demo = true;
  }
  const app = await buildApp(ctx, options);
  await app.ready();
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await ctx.queue.stop();
      await database.close();
    },
  };
}

/** Signs in through the real login route and returns the cookie header for later requests. */
export async function loginAs(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'koers_session');
  if (!cookie) throw new Error('no session cookie');
  return `koers_session=${cookie.value}`;
}
