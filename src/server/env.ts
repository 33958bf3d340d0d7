import path from 'node:path';
import { z } from 'zod';

/**
 * All configuration comes from the environment and is validated once at start-up, so a typo in a
 * production setting stops the process with a clear message instead of failing on first use.
 */
const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL moet beginnen met postgres:// (must start with postgres://)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // A streaming replica for heavy aggregate reads (dashboards, survey reports, exports); optional.
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL moet beginnen met postgres:// (must start with postgres://)')
    .optional(),
  DATABASE_READ_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(5),
  KOERS_DATA_DIR: z.string().min(1).default('./data'),
  KOERS_PUBLIC_URL: z.string().url().optional(),
  KOERS_SECURE_COOKIES: booleanish.optional(),
  KOERS_TRUST_PROXY: booleanish.default(false),
  KOERS_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  KOERS_BODY_LIMIT_MB: z.coerce.number().min(1).max(200).default(25),
  KOERS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  KOERS_ARGON2_MEMORY_KIB: z.coerce.number().int().min(8192).default(19456),
  KOERS_DEMO: booleanish.optional(),
  // Uploaded portfolio files; by default a `files` folder beside the embedded database's folder.
  KOERS_STORAGE_DIR: z.string().min(1).optional(),
  KOERS_MAX_UPLOAD_MB: z.coerce.number().min(1).max(200).default(10),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL moet beginnen met smtp:// of smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Koers <no-reply@koers.local>'),
});

export type Env = z.infer<typeof EnvSchema> & {
  engine: 'pglite' | 'postgres';
  dataDir: string;
  storageDir: string;
};

export class ConfigError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie (invalid configuration):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
    throw new ConfigError('Ongeldige configuratie (invalid configuration):\n  DATABASE_READ_URL: vraagt ook DATABASE_URL (a read replica needs a PostgreSQL primary)');
  }
  const dataDir = path.resolve(env.KOERS_DATA_DIR);
  return {
    ...env,
    engine: env.DATABASE_URL ? 'postgres' : 'pglite',
    dataDir,
    storageDir: path.resolve(env.KOERS_STORAGE_DIR ?? path.join(path.dirname(dataDir), 'files')),
  };
}
