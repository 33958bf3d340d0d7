#!/usr/bin/env node
// Starts Koers for the browser tests: E2E_SERVERS servers (default 1) on PORT, PORT+1, …, each on
// its own fresh demo institution, so parallel Playwright workers never see each other's changes.
// The demo is seeded once (`koers seed-demo`) and copied: a PGlite directory, or on the PostgreSQL
// server of DATABASE_URL a template database. Everything made here is removed on SIGTERM/SIGINT.
// Prints "Koers E2E ready" once every server answers /api/health.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const koers = path.join(root, 'bin/koers.mjs');
const count = Math.max(1, Number(process.env.E2E_SERVERS ?? 1));
const firstPort = Number(process.env.PORT ?? 3199);
const baseEnv = { ...process.env, NODE_ENV: 'development', KOERS_ARGON2_MEMORY_KIB: '8192', KOERS_LOG_LEVEL: 'warn' };
const cleanups = [];
const servers = [];
let stopping = false;

async function admin(statement) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function urlFor(name) {
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function seed(env) {
  const seeded = spawnSync(process.execPath, [koers, 'seed-demo'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (seeded.status !== 0) throw new Error('seeding the demo institution failed');
}

/** One environment per server, each with its own copy of the seeded demo. */
async function prepareDatabases() {
  const envs = [];
  if (process.env.DATABASE_URL) {
    const stem = `koers_e2e_${Date.now()}_${process.pid}`;
    const template = `${stem}_tpl`;
    await admin(`CREATE DATABASE ${template}`);
    cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
    seed({ ...baseEnv, DATABASE_URL: urlFor(template) });
    for (let i = 0; i < count; i++) {
      const name = `${stem}_${i}`;
      // Copying a template needs it without connections: the seeding process has exited.
      await admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      envs.push({ ...baseEnv, DATABASE_URL: urlFor(name) });
    }
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-e2e-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const template = path.join(dir, 'template');
    seed({ ...baseEnv, DATABASE_URL: '', KOERS_DATA_DIR: template });
    for (let i = 0; i < count; i++) {
      const data = path.join(dir, `server-${i}`);
      fs.cpSync(template, data, { recursive: true });
      envs.push({ ...baseEnv, DATABASE_URL: '', KOERS_DATA_DIR: data });
    }
  }
  return envs;
}

async function cleanup() {
  for (const c of cleanups.reverse()) await c().catch(() => {});
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    servers.map((s) => {
      if (s.exitCode !== null || s.signalCode !== null) return undefined;
      s.kill('SIGTERM');
      return new Promise((r) => s.once('exit', r));
    }),
  );
  await cleanup();
  process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

async function healthy(port, deadline) {
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(`http://localhost:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server on port ${port} did not become healthy`);
}

try {
  const envs = await prepareDatabases();
  envs.forEach((env, i) => {
    const server = spawn(process.execPath, [koers, 'serve'], { cwd: root, env: { ...env, PORT: String(firstPort + i) }, stdio: 'inherit' });
    server.on('exit', (code) => {
      if (!stopping) {
        console.error(`the Koers server on port ${firstPort + i} stopped (exit code ${code})`);
        void stop(code || 1);
      }
    });
    servers.push(server);
  });
  const deadline = Date.now() + 180_000;
  await Promise.all(envs.map((_, i) => healthy(firstPort + i, deadline)));
  console.log(`Koers E2E ready: ${count} server(s) from port ${firstPort}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  await stop(1);
}
