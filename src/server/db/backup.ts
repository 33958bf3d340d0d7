import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/*
 * Backups of the embedded database: PGlite writes its whole data directory as one gzipped tar,
 * and a restore starts a fresh PGlite from that archive. PostgreSQL has pg_dump/pg_restore for
 * this (docs/deployment.md). Koers must not be running on the same directory meanwhile: PGlite
 * has no second connection to take a consistent copy from.
 */

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

export async function backupPGlite(dataDir: string, outFile: string): Promise<{ bytes: number }> {
  if (isEmptyDir(dataDir) || !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`Er staat geen Koers-database in ${dataDir}.`);
  }
  const client = await PGlite.create(dataDir);
  try {
    const archive = await client.dumpDataDir('gzip');
    const bytes = Buffer.from(await archive.arrayBuffer());
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    // Written next to the target first, so an interrupted backup never leaves a half file behind.
    const partial = `${outFile}.partial`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, outFile);
    return { bytes: bytes.length };
  } finally {
    await client.close();
  }
}

/**
 * Restores an archive into `dataDir`. An existing database is never overwritten silently: without
 * `force` the restore stops; with it, the old directory is kept beside the new one.
 */
export async function restorePGlite(archiveFile: string, dataDir: string, opts: { force?: boolean } = {}): Promise<{ keptAs: string | null }> {
  if (!fs.existsSync(archiveFile)) throw new Error(`Het bestand ${archiveFile} bestaat niet.`);
  let keptAs: string | null = null;
  if (!isEmptyDir(dataDir)) {
    if (!opts.force) throw new Error(`In ${dataDir} staat al een database. Gebruik --force om die te vervangen; de oude map blijft dan bewaard.`);
    keptAs = `${dataDir}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(dataDir, keptAs);
  }
  const archive = new Blob([fs.readFileSync(archiveFile)]);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const client = await PGlite.create(dataDir, { loadDataDir: archive });
    try {
      await client.query('SELECT 1');
    } finally {
      await client.close();
    }
  } catch (err) {
    // A broken archive must not leave the school without its database: put the old one back.
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (keptAs) fs.renameSync(keptAs, dataDir);
    throw new Error(`Herstellen mislukt: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { keptAs };
}
