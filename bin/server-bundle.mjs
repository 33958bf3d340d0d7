// The server as one bundled file (decision 023): `koers serve` and `npm start` run it, because
// compiling the TypeScript sources in the server process (tsx) kept about 70 MB more in memory.
// Rebuilt here whenever a source, the lock file or this script is newer than the bundle; building
// takes about half a second.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const BUNDLE = path.join(ROOT, 'dist/server/koers.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'web' && dir.endsWith('src')) continue; // the web app has its own build
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than a source, the lock file or this script. */
export function isStale(bundle = BUNDLE) {
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  const inputs = [newestMtime(path.join(ROOT, 'src')), ...['package-lock.json', 'bin/server-bundle.mjs'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs)];
  return inputs.some((t) => t > built);
}

/** The bundle's path, built first when it is missing or older than what it is made from. */
export async function serverBundle() {
  if (isStale()) await buildBundle(BUNDLE);
  return BUNDLE;
}

export async function buildBundle(out) {
  const { build } = await import('esbuild');
  // Written beside and renamed: two servers starting at once never load a half-written file.
  const tmp = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Not minified: stack traces keep the names of functions and files (as comments in the bundle).
    logLevel: 'warning',
  });
  fs.renameSync(tmp, out);
}

// `node bin/server-bundle.mjs` (part of `npm run build`) builds it ahead.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await serverBundle();
