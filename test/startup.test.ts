import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContext, seedDemoIfEmpty } from '../src/server/boot';
import type { AppContext } from '../src/server/context';
import { loadEnv } from '../src/server/env';
import { freshDatabase } from './helpers/database';

/**
 * What `koers serve` does to an empty database: PGlite gets the demo institution, PostgreSQL never
 * does (only through `koers seed-demo`). The suite runs on both engines, so both branches are tested.
 */
let ctx: AppContext;
beforeAll(async () => {
  const env = loadEnv({ NODE_ENV: 'test', KOERS_ARGON2_MEMORY_KIB: '8192', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
  ctx = await createContext(env, await freshDatabase());
});
afterAll(async () => {
  await ctx?.queue.stop();
  await ctx?.database.close();
});

it('seeds the demo only into an empty embedded database, and only once', async () => {
  const accounts = await seedDemoIfEmpty(ctx);
  const institutions = await ctx.db.selectFrom('institution').select(['is_demo']).execute();
  if (ctx.database.engine === 'pglite') {
    expect(accounts?.map((a) => a.email)).toEqual(expect.arrayContaining(['admin@demo.koers.nl', 'slb@demo.koers.nl', 'student@demo.koers.nl', 'manager@demo.koers.nl', 'zorg@demo.koers.nl']));
    expect(institutions).toEqual([{ is_demo: true }]);
    expect(ctx.demo).toBe(true);
    expect(await seedDemoIfEmpty(ctx)).toBeNull();
    expect(await ctx.db.selectFrom('institution').select('id').execute()).toHaveLength(1);
  } else {
    expect(accounts).toBeNull();
    expect(institutions).toEqual([]);
    expect(ctx.demo).toBe(false);
  }
});

it('refuses to start with an invalid configuration, naming the setting', () => {
  expect(() => loadEnv({ PORT: 'abc' })).toThrow(/PORT/);
  expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  expect(() => loadEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  expect(loadEnv({}).engine).toBe('pglite');
  expect(loadEnv({ DATABASE_URL: 'postgres://u@h/db' }).engine).toBe('postgres');
});
