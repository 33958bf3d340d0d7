import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/cli/free-port';
import { scratchPostgres } from './helpers/database';

/*
 * Scaling out is PostgreSQL's job: app processes keep no state of their own (sessions, jobs and
 * throttling live in the database), so any process can serve any request. Two real `koers serve`
 * processes on one fresh database show it. This needs a PostgreSQL server; CI provides one for
 * both runs (KOERS_TEST_POSTGRES_URL on the PGlite run), and on a machine without one the check
 * cannot be made at all.
 */
const server = process.env.DATABASE_URL || process.env.KOERS_TEST_POSTGRES_URL;
const root = path.resolve(import.meta.dirname, '..');

describe.runIf(server)('two app processes on one PostgreSQL database', () => {
  let scratch: { url: string; drop(): Promise<void> };
  const processes: ChildProcess[] = [];
  const bases: string[] = [];
  const env = () => ({ ...process.env, DATABASE_URL: scratch.url, KOERS_ARGON2_MEMORY_KIB: '8192', KOERS_LOG_LEVEL: 'silent', NODE_ENV: 'production' });

  beforeAll(async () => {
    scratch = await scratchPostgres(server as string, 'koers_scale');
    const seeded = spawnSync(process.execPath, [path.join(root, 'bin/koers.mjs'), 'seed-demo'], { cwd: root, env: env(), encoding: 'utf8', timeout: 120_000 });
    expect(seeded.status, seeded.stderr).toBe(0);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      processes.push(spawn(process.execPath, [path.join(root, 'bin/koers.mjs'), 'serve'], { cwd: root, env: { ...env(), PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' }));
      bases.push(`http://127.0.0.1:${port}`);
    }
    for (const base of bases) {
      for (let tries = 0; ; tries++) {
        const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
        if (ok) break;
        if (tries > 300) throw new Error(`${base} did not start`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 180_000);

  afterAll(async () => {
    for (const p of processes) p.kill('SIGTERM');
    await Promise.all(processes.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
    await scratch?.drop();
  });

  it('serves a session and data written through one process from the other', async () => {
    const [a, b] = bases as [string, string];
    const login = await fetch(`${a}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'slb@demo.koers.nl', password: 'koers-demo' }) });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const meB = await fetch(`${b}/api/me`, { headers: { cookie } });
    expect(meB.status).toBe(200);
    expect((await meB.json()).email).toBe('slb@demo.koers.nl');

    const changed = await fetch(`${b}/api/me`, { method: 'PATCH', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ language: 'en' }) });
    expect(changed.status).toBe(200);
    expect((await (await fetch(`${a}/api/me`, { headers: { cookie } })).json()).language).toBe('en');

    // Logging out on one process ends the session everywhere.
    expect((await fetch(`${a}/api/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBeLessThan(300);
    expect((await fetch(`${b}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});
