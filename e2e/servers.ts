/**
 * Where the browser tests find Koers: one server per Playwright worker, each on its own demo
 * database (started together by scripts/e2e-server.mjs), so workers cannot disturb each other.
 * Worker slot n (Playwright's parallelIndex) talks to the server on E2E_PORT + n.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3199);

/** Parallel workers, and so servers: two keep a two-core machine busy while pages wait on the server. */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

export function serverURL(parallelIndex: number): string {
  return `http://localhost:${E2E_PORT + parallelIndex}`;
}
