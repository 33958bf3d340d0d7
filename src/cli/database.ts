import fs from 'node:fs';
import path from 'node:path';
import { createContext, openDatabase } from '../server/boot';
import { migrateToLatest } from '../server/db/migrate';
import { generateSchemaSource } from '../server/db/schema-codegen';
import { backupPGlite, restorePGlite } from '../server/db/backup';
import { openPGlite } from '../server/db/database';
import { loadEnv } from '../server/env';
import { hasAnyInstitution, seedDemo } from '../server/services/demo-seed.service';
import { DEMO_PASSWORD } from '../domain/demo/demo-institution';
import { ROOT } from '../server/root';

export async function migrateCommand(): Promise<void> {
  const database = await openDatabase(loadEnv());
  try {
    const results = await migrateToLatest(database.db);
    const applied = results.filter((r) => r.status === 'Success');
    console.log(applied.length ? `Migraties uitgevoerd: ${applied.map((r) => r.migrationName).join(', ')}` : 'De database is al bij.');
  } finally {
    await database.close();
  }
}

export async function seedDemoCommand(): Promise<void> {
  const ctx = await createContext(loadEnv());
  try {
    if (await hasAnyInstitution(ctx.db)) throw new Error('Deze database bevat al een instelling; de demo wordt alleen in een lege database aangemaakt.');
    const result = await seedDemo(ctx.db, { hashPassword: (p) => ctx.passwords.hash(p) });
    console.log(`Demo-instelling aangemaakt. Wachtwoord voor alle demo-accounts: ${DEMO_PASSWORD}`);
    for (const a of result.accounts) console.log(`  ${a.role.padEnd(11)} ${a.email}`);
  } finally {
    await ctx.database.close();
  }
}

export async function dbTypesCommand(): Promise<void> {
  const database = await openPGlite();
  try {
    await migrateToLatest(database.db);
    const target = path.join(ROOT, 'src/server/db/schema.ts');
    fs.writeFileSync(target, await generateSchemaSource(database.db));
    console.log(`Geschreven: ${target}`);
  } finally {
    await database.close();
  }
}

function requirePGlite(env: ReturnType<typeof loadEnv>): string {
  if (env.DATABASE_URL) throw new Error('Deze database is PostgreSQL: maak back-ups met pg_dump en herstel met pg_restore (zie docs/deployment.md).');
  return env.dataDir;
}

export async function backupCommand(options: { out?: string }): Promise<void> {
  const dataDir = requirePGlite(loadEnv());
  const out = options.out ?? `koers-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.tar.gz`;
  const { bytes } = await backupPGlite(dataDir, out);
  console.log(`Back-up geschreven: ${path.resolve(out)} (${Math.round(bytes / 1024)} KiB)`);
}

export async function restoreCommand(file: string, options: { force?: boolean }): Promise<void> {
  const dataDir = requirePGlite(loadEnv());
  const { keptAs } = await restorePGlite(file, dataDir, { force: options.force });
  await migrateCommand();
  console.log(`Hersteld in ${dataDir}.${keptAs ? ` De vorige database staat in ${keptAs}.` : ''}`);
}
