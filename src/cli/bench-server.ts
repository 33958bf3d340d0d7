import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';
import { ROOT } from '../server/root';

/*
 * The server under test runs as its own `koers serve` process, exactly as in production: the load
 * generator then has its own core instead of sharing the server's event loop, and the peak
 * resident memory reported is the server's alone (read from /proc, sampled every 100 ms).
 */


export interface BenchServer {
  base: string;
  pid: number;
  /** Peak RSS in MB since the last reset (null where /proc is not available). */
  peakRssMb(): number | null;
  resetPeak(): void;
  stop(): Promise<void>;
}

function rssOf(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kib ? Number(kib) / 1024 : null;
  } catch {
    return null;
  }
}

/** Starts `koers serve` on a free loopback port against the given database settings. */
export async function startServer(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/koers.mjs'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', KOERS_LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`koers serve stopped with code ${child.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (tries > 600) throw new Error('koers serve did not start within a minute');
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid ?? 0;
  let peak: number | null = rssOf(pid);
  const timer = setInterval(() => {
    const now = rssOf(pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, 100);
  timer.unref();
  return {
    base,
    pid,
    peakRssMb: () => (peak === null ? null : Math.round(peak)),
    resetPeak: () => (peak = rssOf(pid)),
    stop: async () => {
      clearInterval(timer);
      child.kill('SIGTERM');
      await exited;
    },
  };
}
