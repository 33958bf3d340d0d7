import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded bytes live, outside the database rows. Services only know this interface, so a
 * school can put the files in an object store by adding an implementation, without touching them.
 * Keys come from `newStorageKey` and never contain a user's file name.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array | Readable): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9]{2}\/[A-Za-z0-9_-]{20,}$/;

/** A random key; the first two characters fan the files out over subfolders. */
export function newStorageKey(): string {
  const id = randomBytes(24).toString('base64url');
  return `${id.slice(0, 2).toLowerCase().replace(/[^a-z0-9]/g, '0')}/${id}`;
}

/** Files in a local directory (a mounted volume in production). */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    // Keys are ours, but a bad one must never reach outside the root.
    if (!KEY.test(key)) throw new Error('invalid storage key');
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Uint8Array | Readable): Promise<void> {
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.part`;
    try {
      await pipeline(bytes instanceof Readable ? bytes : Readable.from([bytes]), fs.createWriteStream(partial, { flags: 'wx' }));
      // A reader never sees half a file: the name appears only when all bytes are written.
      await fs.promises.rename(partial, file);
    } catch (err) {
      await fs.promises.rm(partial, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    await fs.promises.access(file);
    return fs.createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.promises.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }
}
