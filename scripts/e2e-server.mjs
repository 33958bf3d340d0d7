#!/usr/bin/env node
// Starts Koers for the browser tests on a fresh demo institution: a new PGlite directory, or a new
// database on the PostgreSQL server of DATABASE_URL (seeded with `koers seed-demo`, dropped on exit).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const koers = path.join(root, 'bin/koers.mjs');
const env = { ...process.env, NODE_ENV: 'development', KOERS_ARGON2_MEMORY_KIB: '8192', KOERS_LOG_LEVEL: 'warn' };
let cleanup = async () => {};

if (process.env.DATABASE_URL) {
  const name = `koers_e2e_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  const seeded = spawnSync(process.execPath, [koers, 'seed-demo'], { cwd: root, env, stdio: 'inherit' });
  if (seeded.status !== 0) process.exit(1);
  cleanup = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-e2e-'));
  env.KOERS_DATA_DIR = dir;
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
}

const server = spawn(process.execPath, [koers, 'serve'], { cwd: root, env, stdio: 'inherit' });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await cleanup().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', async (code) => {
  if (!stopping) {
    await cleanup().catch(() => {});
    process.exit(code ?? 1);
  }
});
