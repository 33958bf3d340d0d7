import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './context';
import { openPGlite, openPostgres, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import type { Env } from './env';
import { JobQueue } from './jobs/queue';
import { Mailer } from './mail/mailer';
import { argon2Hasher } from './services/passwords';
import { hasAnyInstitution, seedDemo } from './services/demo-seed.service';
import { registerJobs } from './jobs/index';

export function createLogger(env: Env): FastifyBaseLogger {
    // A quiet console for `npm start`; request logs in production.
  const fallback = env.NODE_ENV === 'production' ? 'info' : env.NODE_ENV === 'test' ? 'silent' : 'warn';
  return pino({ level: env.KOERS_LOG_LEVEL ?? fallback }) as unknown as FastifyBaseLogger;
}

export function openDatabase(env: Env): Promise<Database> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL, env.DATABASE_POOL_SIZE) : openPGlite(env.dataDir);
}

async function isDemoDatabase(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('institution').select('is_demo').where('is_demo', '=', true).executeTakeFirst();
  return row !== undefined;
}

/** Opens and migrates the database and wires the services; does not start listening. */
export async function createContext(env: Env, database?: Database): Promise<AppContext> {
  const primary = database ?? (await openDatabase(env));
  await migrateToLatest(primary.db);
  const replica = env.DATABASE_READ_URL ? await openPostgres(env.DATABASE_READ_URL, env.DATABASE_READ_POOL_SIZE) : null;
  const db: Database = replica ? { ...primary, close: async () => { await replica.close(); await primary.close(); } } : primary;
  const log = createLogger(env);
  const queue = new JobQueue(db.db, log);
  const demo = env.KOERS_DEMO ?? (await isDemoDatabase(db));
  const ctx: AppContext = {
    env,
    database: db,
    db: db.db,
    reportsDb: replica?.db ?? db.db,
    demo,
    queue,
    log,
    passwords: argon2Hasher(env.KOERS_ARGON2_MEMORY_KIB),
    mailer: new Mailer(db.db, queue, await Mailer.transportFor(env.SMTP_URL, demo), env.MAIL_FROM),
  };
  registerJobs(ctx);
  return ctx;
}

/**
 * An empty embedded database gets the demo institution, so `npm start` shows a living school.
 * PostgreSQL never gets demo data implicitly (only `koers seed-demo`).
 */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<{ email: string; role: string }[] | null> {
  if (ctx.database.engine !== 'pglite' || (await hasAnyInstitution(ctx.db))) return null;
  const result = await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
  ctx.demo = ctx.env.KOERS_DEMO ?? true;
  return result.accounts;
}
