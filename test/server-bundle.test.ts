import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, isStale } from '../bin/server-bundle.mjs';
import { freePort } from '../src/cli/free-port';
import { ROOT } from '../src/server/root';

/*
 * `koers serve` runs the server from one bundled file (decision 023). Built here into a folder of
 * its own inside the project (so the shared bundle other tests start is left alone), then started
 * on an empty embedded database: it must find the project (web app, migrations) from its own
 * depth, migrate, seed and answer.
 */

const dir = path.join(ROOT, '.tmp', `bundle-${process.pid}`);
const out = path.join(dir, 'koers.mjs');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bundle-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(data, { recursive: true, force: true });
});

describe('the server bundle', { timeout: 180_000 }, () => {
  it('is rebuilt when older than the sources, and not when newer', async () => {
    expect(isStale(out)).toBe(true);
    await buildBundle(out);
    expect(isStale(out)).toBe(false);
    const past = new Date(Date.now() - 3_650 * 86_400_000);
    fs.utimesSync(out, past, past);
    expect(isStale(out)).toBe(true);
    await buildBundle(out);
    expect(isStale(out)).toBe(false);
  });

  it('serves Koers from its own folder: migrations, demo, API', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [out, 'serve'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', KOERS_DATA_DIR: path.join(data, 'db'), KOERS_STORAGE_DIR: path.join(data, 'files'), PORT: String(port), HOST: '127.0.0.1', KOERS_LOG_LEVEL: 'warn', KOERS_ARGON2_MEMORY_KIB: '8192' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      let health: Response | null = null;
      for (let i = 0; i < 1_200 && !health?.ok; i++) {
        if (child.exitCode !== null) throw new Error(`the bundle stopped with code ${child.exitCode}`);
        health = await fetch(`${base}/api/health`).catch(() => null);
        if (!health?.ok) await new Promise((r) => setTimeout(r, 100));
      }
      expect(await health?.json()).toEqual({ status: 'ok', database: 'pglite' });
      expect(stdout).toMatch(/Demo-instelling aangemaakt/);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'slb@demo.koers.nl', password: 'koers-demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const caseload = await fetch(`${base}/api/caseload`, { headers: { cookie } });
      expect(caseload.status).toBe(200);
      expect(((await caseload.json()) as unknown[]).length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
