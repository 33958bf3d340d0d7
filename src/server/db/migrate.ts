import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { publishBuiltinInstruments } from '../services/instruments.service';
import { migrations } from './migrations/index';

// any: migrations run before (and define) the typed schema, so they see an untyped database.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migratie ${failed?.migrationName ?? '?'} mislukt: ${String((error as Error).message ?? error)}`);
  }
  // The shipped questionnaires are reference data that responses point to: part of being up to date.
  await publishBuiltinInstruments(db);
  return results ?? [];
}
