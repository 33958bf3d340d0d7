import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../src/server/app';
import { createContext } from '../../src/server/boot';
import type { AppContext } from '../../src/server/context';
import { loadEnv } from '../../src/server/env';
import { seedDemo } from '../../src/server/services/demo-seed.service';
import { DEMO_PASSWORD } from '../../src/domain/demo/demo-institution';
import { freshDatabase } from './database';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

/** A real app on a real, empty database, reached through Fastify's inject (real HTTP handling). */
export async function createTestApp(options: { demo?: boolean; env?: Record<string, string> } & BuildOptions = {}): Promise<TestApp> {
  const env = loadEnv({
    NODE_ENV: 'test',
    KOERS_ARGON2_MEMORY_KIB: '8192',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...options.env,
  });
  const database = await freshDatabase();
  const ctx = await createContext(env, database);
  if (options.demo) {
    await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
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
