import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../server/app';
import { createContext, seedDemoIfEmpty } from '../server/boot';
import { startMaintenance } from '../server/jobs/maintenance';
import { DEMO_PASSWORD } from '../domain/demo/demo-institution';
import { loadEnv } from '../server/env';
import { WEB_DIST } from '../server/plugins/web';
import { ROOT } from '../server/root';


function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources, so `npm start` is one step. */
function ensureWebBuilt(): void {
  const index = path.join(WEB_DIST, 'index.html');
  const sources = path.join(ROOT, 'src/web');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(sources)) return;
  const vite = path.join(ROOT, 'node_modules/.bin/vite');
  if (!fs.existsSync(vite)) {
    if (fs.existsSync(index)) return;
    throw new Error('De web-app is niet gebouwd en Vite ontbreekt. Voer `npm install` en `npm run build` uit.');
  }
  console.log('Koers: web-app bouwen…');
  const r = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Het bouwen van de web-app is mislukt.');
}

export async function startCommand(): Promise<void> {
  ensureWebBuilt();
  await serveCommand();
}

export async function serveCommand(): Promise<void> {
  const env = loadEnv();
  const ctx = await createContext(env);
  const accounts = await seedDemoIfEmpty(ctx);
  const app = await buildApp(ctx);
  ctx.queue.start();
  const stopMaintenance = startMaintenance(ctx);
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  console.log(`\nKoers draait op ${url}  (database: ${ctx.database.engine}${ctx.database.engine === 'pglite' ? `, ${env.dataDir}` : ''})`);
  if (accounts) {
    console.log(`\nDemo-instelling aangemaakt. Inloggen met wachtwoord "${DEMO_PASSWORD}":`);
    for (const a of accounts) console.log(`  ${a.role.padEnd(11)} ${a.email}`);
    console.log('');
  }
  app.log.debug({ address }, 'listening');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Never hang on a stuck connection or job: leave after ten seconds whatever happens.
    setTimeout(() => process.exit(1), 10_000).unref();
    stopMaintenance();
    await app.close();
    await ctx.queue.stop();
    await ctx.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
