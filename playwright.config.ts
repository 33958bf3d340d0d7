import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT, E2E_WORKERS, serverURL } from './e2e/servers';

/**
 * Browser tests run in the system's Chromium (never a downloaded browser) against real Koers
 * servers, one per worker, each with its own fresh demo institution, on PGlite or, with
 * DATABASE_URL, on PostgreSQL. A spec file's tests run in order in one worker; files are spread
 * over the workers.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? '.tmp/playwright.json' }]],
  // Per run when given, so that two runs (PGlite and PostgreSQL) may share the working tree.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  use: {
    // Replaced per worker by the `baseURL` fixture in e2e/helpers.ts.
    baseURL: serverURL(0),
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    // Printed once every server answers its health check.
    wait: { stdout: /Koers E2E ready/ },
    reuseExistingServer: false,
    timeout: 240_000,
    env: { PORT: String(E2E_PORT), E2E_SERVERS: String(E2E_WORKERS) },
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM, not the default SIGKILL: the script then removes the databases it made.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
