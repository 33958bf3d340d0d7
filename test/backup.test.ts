import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { backupPGlite, restorePGlite } from '../src/server/db/backup';
import { openPGlite } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';

/** Backups of the embedded database always concern a PGlite directory, whichever engine the suite runs on. */
const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function counts(dir: string) {
  const database = await openPGlite(dir);
  try {
    const n = async (table: 'app_user' | 'conversation' | 'instrument_answer') =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { users: await n('app_user'), conversations: await n('conversation'), answers: await n('instrument_answer') };
  } finally {
    await database.close();
  }
}

it('backs up a PGlite directory into one file and restores it with nothing lost', async () => {
  const source = path.join(tmp, 'source');
  const database = await openPGlite(source);
  await migrateToLatest(database.db);
  // A little of everything is enough: the archive holds the whole directory either way.
  const institution = await database.db.insertInto('institution').values({ name: 'Back-upschool' }).returning('id').executeTakeFirstOrThrow();
  const users = await database.db
    .insertInto('app_user')
    .values(['a', 'b', 'c'].map((k) => ({ institution_id: institution.id, role: 'counsellor', email: `${k}@school.nl`, first_name: k, last_name: 'Test', display_name: `${k} Test`, sort_name: `test ${k}` })))
    .returning('id')
    .execute();
  await database.db
    .insertInto('conversation')
    .values({ institution_id: institution.id, student_id: users[0]!.id, counsellor_id: users[1]!.id, proposed_by: users[1]!.id, type: 'voortgang', starts_at: new Date(), duration_minutes: 30 })
    .execute();
  await database.close();
  const before = await counts(source);
  expect(before).toEqual({ users: 3, conversations: 1, answers: 0 });

  const archive = path.join(tmp, 'backup.tar.gz');
  const { bytes } = await backupPGlite(source, archive);
  expect(bytes).toBeGreaterThan(1000);
  const target = path.join(tmp, 'target');
  expect(await restorePGlite(archive, target)).toEqual({ keptAs: null });
  expect(await counts(target)).toEqual(before);

  // An existing database is never replaced silently; with --force the old one is kept beside it.
  await expect(restorePGlite(archive, target)).rejects.toThrow(/staat al een database/);
  const { keptAs } = await restorePGlite(archive, target, { force: true });
  expect(keptAs && fs.existsSync(path.join(keptAs, 'PG_VERSION'))).toBe(true);
  expect(await counts(target)).toEqual(before);

  // A damaged archive leaves the database as it was.
  const broken = path.join(tmp, 'broken.tar.gz');
  fs.writeFileSync(broken, 'geen archief');
  await expect(restorePGlite(broken, target, { force: true })).rejects.toThrow(/Herstellen mislukt/);
  expect(await counts(target)).toEqual(before);
}, 180_000);

it('is offered on the command line: koers backup and koers restore', () => {
  const dir = path.join(tmp, 'cli');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'bin/koers.mjs'), ...args], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', KOERS_DATA_DIR: dir, KOERS_LOG_LEVEL: 'silent', KOERS_ARGON2_MEMORY_KIB: '8192' },
      timeout: 120_000,
    });
  const nothing = run(['backup', '--out', 'x.tar.gz']);
  expect(nothing.status).not.toBe(0);
  expect(nothing.stderr).toMatch(/geen Koers-database/);
  expect(run(['migrate']).status).toBe(0);
  const made = run(['backup', '--out', 'cli.tar.gz']);
  expect(made.status, made.stderr).toBe(0);
  expect(made.stdout).toMatch(/Back-up geschreven/);
  fs.rmSync(dir, { recursive: true, force: true });
  const restored = run(['restore', 'cli.tar.gz']);
  expect(restored.status, restored.stderr).toBe(0);
  expect(restored.stdout).toMatch(/Hersteld in/);
  expect(run(['migrate']).stdout).toMatch(/al bij/);
  // Five CLI processes, each starting TypeScript and the database from scratch.
}, 240_000);
