import type { Transaction } from 'kysely';
import type { DemoInstitution } from '../../domain/demo/demo-institution';
import type { DB } from '../db/schema';

/** What each part of the demo seed gets: the open transaction and the ids of what was written so far. */
export interface DemoSeedContext {
  trx: Transaction<DB>;
  institutionId: string;
  demo: DemoInstitution;
  userId: (key: string) => string;
  today: Date;
  demoStudentKey: string;
}

const CHUNK = 500;

/** Multi-row inserts in chunks, so no statement exceeds the parameter limit. */
export async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}
