import type { FastifyBaseLogger } from 'fastify';
import type { Env } from './env';
import type { Database } from './db/database';
import type { JobQueue } from './jobs/queue';
import type { Mailer } from './mail/mailer';
import type { Queryable } from './repositories/types';

/** Everything a service needs, created once at start-up and passed down explicitly. */
export interface AppContext {
  env: Env;
  database: Database;
  db: Queryable;
  /**
   * For heavy aggregate reads that tolerate a few seconds of lag (dashboards, survey reports,
   * analyses, exports): the read replica when DATABASE_READ_URL is set, otherwise `db`. Never for
   * writes, and never for reading back what the same request just wrote.
   */
  reportsDb: Queryable;
  /** True when the institution in this database is the demo institution. */
  demo: boolean;
  queue: JobQueue;
  mailer: Mailer;
  log: FastifyBaseLogger;
  passwords: PasswordHasher;
}

export interface PasswordHasher {
  hash(plain: string): Promise<string>;
  verify(hash: string, plain: string): Promise<boolean>;
}
