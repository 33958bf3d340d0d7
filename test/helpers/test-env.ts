import { loadEnv, type Env } from '../../src/server/env';

/** The configuration every test app runs with: fast password hashing, the run's database. */
export function testEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({
    NODE_ENV: 'test',
    KOERS_ARGON2_MEMORY_KIB: '8192',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...overrides,
  });
}
