import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPGlite, openPostgres, type Database } from '../src/server/db/database';
import { scratchPostgres } from './helpers/database';

/**
 * The `koers` command as an administrator runs it: a real child process on a real database
 * (a PGlite directory, or a fresh PostgreSQL database when DATABASE_URL is set).
 */
const root = path.resolve(import.meta.dirname, '..');
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let open: () => Promise<Database>;

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    const scratch = await scratchPostgres(process.env.DATABASE_URL, 'koers_cli');
    env = { DATABASE_URL: scratch.url };
    open = () => openPostgres(scratch.url, 2);
    cleanup = scratch.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-cli-'));
    env = { KOERS_DATA_DIR: dir, DATABASE_URL: '' };
    open = () => openPGlite(dir);
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(async () => cleanup?.());

function koers(args: string[], input?: string) {
  return spawnSync(process.execPath, [path.join(root, 'bin/koers.mjs'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env, KOERS_ARGON2_MEMORY_KIB: '8192', KOERS_LOG_LEVEL: 'silent' },
    timeout: 180_000,
  });
}

// Each call starts a fresh process (TypeScript loader, embedded PostgreSQL): slow on a busy machine.
describe('koers command line', { timeout: 400_000 }, () => {
  it('migrates the database', () => {
    const r = koers(['migrate']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/0001_foundation/);
    const again = koers(['migrate']);
    expect(again.stdout).toMatch(/al bij/);
  });

  it('creates the first admin with a password from stdin, without creating demo data', async () => {
    const r = koers(['user', 'create', '--role', 'admin', '--email', 'beheer@school.nl', '--name', 'Ada de Beheerder'], 'een-sterk-wachtwoord\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/beheer@school\.nl/);
    const database = await open();
    try {
      const user = await database.db.selectFrom('app_user').selectAll().where('email', '=', 'beheer@school.nl').executeTakeFirstOrThrow();
      expect(user.role).toBe('admin');
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      const institutions = await database.db.selectFrom('institution').selectAll().execute();
      expect(institutions).toHaveLength(1);
      expect(institutions[0]?.is_demo).toBe(false);
      const students = await database.db.selectFrom('app_user').select('id').where('role', '=', 'student').execute();
      expect(students).toHaveLength(0);
    } finally {
      await database.close();
    }
  });

  it('refuses a weak password, an unknown role and a duplicate e-mail with a clear message', () => {
    const weak = koers(['user', 'create', '--role', 'admin', '--email', 'x@school.nl'], 'kort\n');
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toMatch(/minstens 10 tekens/);
    const role = koers(['user', 'create', '--role', 'koning', '--email', 'y@school.nl'], 'een-sterk-wachtwoord\n');
    expect(role.status).not.toBe(0);
    expect(role.stderr).toMatch(/Onbekende rol/);
    const dup = koers(['user', 'create', '--role', 'admin', '--email', 'BEHEER@school.nl'], 'een-sterk-wachtwoord\n');
    expect(dup.status).not.toBe(0);
    expect(dup.stderr).toMatch(/al een account met dit e-mailadres/);
  });

  it('refuses to put demo data into a database that already has an institution', () => {
    const r = koers(['seed-demo']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/al een instelling/);
  });
});
