#!/usr/bin/env node
// `npm test`: unit and route tests (vitest, real database), then browser tests (Playwright in the
// system's Chromium), then one closing line "N passed, N failed" that counts every suite.
// With DATABASE_URL set, everything runs against that PostgreSQL server instead of PGlite.
// The type check runs beside vitest and is reported before the closing line.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.tmp');
fs.mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
// Report files per engine, so a PGlite and a PostgreSQL run may share the working tree.
const tag = engine.toLowerCase();
let passed = 0;
let failed = 0;
const problems = [];

/** Runs a command in the background with its output kept, to be shown when it has finished. */
function background(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => {
    child.on('error', (err) => resolve({ status: 1, output: `${output}${err.message}\n` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

// 0. Types: the whole project, strict, counted as one check. Mostly one core of work while vitest
// waits on its databases, so it runs beside it; incremental (per engine, as two runs may go side
// by side), so a later run of an unchanged tree only re-checks what changed.
const typecheck = background(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', path.join(out, `tsc-${tag}.tsbuildinfo`)]);

// 1. Unit and route tests.
console.log(`\n▶ Unit- en API-tests (${engine})\n`);
const vitestJson = path.join(out, `vitest-${tag}.json`);
fs.rmSync(vitestJson, { force: true });
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numRuntimeErrorTestSuites ?? 0);
  if (v.numTotalTests === 0) problems.push('vitest ran no tests');
} else problems.push('vitest produced no report');
if (vitestStatus !== 0 && failed === 0) problems.push(`vitest exited with ${vitestStatus}`);

console.log('\n▶ TypeScript-controle\n');
const types = await typecheck;
process.stdout.write(types.output);
if (types.status === 0) {
  passed += 1;
  console.log('Geen typefouten.');
} else {
  failed += 1;
  problems.push('TypeScript reports errors');
}

// 2. Browser tests.
console.log(`\n▶ Browsertests in Chromium (${engine})\n`);
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  problems.push(`Chromium not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  failed += 1;
} else if (!process.env.KOERS_TEST_WEB_BUILT && run(bin('vite'), ['build', '--logLevel', 'warn']) !== 0) {
  problems.push('building the web app failed');
  failed += 1;
} else {
  const pwJson = path.join(out, `playwright-${tag}.json`);
  fs.rmSync(pwJson, { force: true });
  const pwStatus = run(bin('playwright'), ['test'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_FILE: pwJson,
    E2E_OUTPUT_DIR: path.join(out, `e2e-results-${tag}`),
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    passed += p.stats.expected + (p.stats.flaky ?? 0);
    failed += p.stats.unexpected;
    if (p.stats.skipped) problems.push(`${p.stats.skipped} browser test(s) skipped`);
    if (p.stats.expected + p.stats.unexpected === 0) problems.push('playwright ran no tests');
    if (p.errors?.length) problems.push(...p.errors.map((e) => `playwright: ${e.message?.split('\n')[0]}`));
  } else problems.push('playwright produced no report');
  if (pwStatus !== 0 && p?.stats?.unexpected === 0) problems.push(`playwright exited with ${pwStatus}`);
}

for (const p of problems) console.log(`! ${p}`);
if (problems.length && failed === 0) failed = problems.length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && problems.length === 0 ? 0 : 1);
