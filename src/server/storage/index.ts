import type { Env } from '../env';
import { LocalFileStore, type FileStore } from './file-store';

const stores = new Map<string, FileStore>();

/** The file store of this configuration; one per storage directory, created on first use. */
export function fileStoreFor(env: Pick<Env, 'storageDir'>): FileStore {
  let store = stores.get(env.storageDir);
  if (!store) {
    store = new LocalFileStore(env.storageDir);
    stores.set(env.storageDir, store);
  }
  return store;
}
