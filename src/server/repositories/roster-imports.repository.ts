import { sql } from 'kysely';
import type { Queryable } from './types';

/*
 * The roster_import row: the uploaded file, the chosen mapping, and the progress of the job.
 * Errors are stored in full (jsonb); reads slice them in SQL so a file full of errors is never
 * loaded whole just to show its first page.
 */

export const SHOWN_ERRORS = 500;

export interface NewImport {
  institutionId: string;
  createdBy: string;
  filename: string;
  delimiter: string;
  headers: string[];
  content: string;
  totalRows: number;
}

export async function insertImport(db: Queryable, i: NewImport): Promise<string> {
  const row = await db
    .insertInto('roster_import')
    .values({
      institution_id: i.institutionId,
      created_by: i.createdBy,
      filename: i.filename,
      delimiter: i.delimiter,
      headers: JSON.stringify(i.headers),
      content: i.content,
      total_rows: i.totalRows,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const summaryColumns = [
  'id',
  'filename',
  'status',
  'total_rows',
  'processed_rows',
  'inserted_count',
  'updated_count',
  'unchanged_count',
  'skipped_count',
  'failure',
  'created_at',
  'finished_at',
] as const;

const errorCount = sql<number>`jsonb_array_length(errors)`.as('error_count');

export function listImports(db: Queryable, institutionId: string, limit: number) {
  return db
    .selectFrom('roster_import')
    .select([...summaryColumns, errorCount])
    .where('institution_id', '=', institutionId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function findImportSummary(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('roster_import')
    .select([
      ...summaryColumns,
      errorCount,
      sql<unknown>`jsonb_path_query_array(errors, ${`$[0 to ${SHOWN_ERRORS - 1}]`}::jsonpath)`.as('first_errors'),
    ])
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Everything needed to validate or run an import: the file itself and what was chosen. */
export function findImportWork(db: Queryable, id: string) {
  return db
    .selectFrom('roster_import')
    .select([
      'id',
      'institution_id',
      'created_by',
      'filename',
      'status',
      'headers',
      'content',
      'total_rows',
      'mapping',
      'skip_invalid',
      'processed_rows',
      'inserted_count',
      'updated_count',
      'unchanged_count',
      'skipped_count',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findImportStatus(db: Queryable, institutionId: string, id: string) {
  return db
    .selectFrom('roster_import')
    .select(['id', 'status'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** uploaded → queued, only from 'uploaded' so that a double click cannot start it twice. */
export async function markQueued(
  db: Queryable,
  q: { id: string; institutionId: string; mapping: unknown; skipInvalid: boolean; errors: unknown[] },
): Promise<boolean> {
  const row = await db
    .updateTable('roster_import')
    .set({ status: 'queued', mapping: JSON.stringify(q.mapping), skip_invalid: q.skipInvalid, errors: JSON.stringify(q.errors) })
    .where('id', '=', q.id)
    .where('institution_id', '=', q.institutionId)
    .where('status', '=', 'uploaded')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function markRunning(db: Queryable, id: string, errors: unknown[]): Promise<void> {
  await db
    .updateTable('roster_import')
    .set({ status: 'running', started_at: sql`coalesce(started_at, now())`, errors: JSON.stringify(errors), failure: null })
    .where('id', '=', id)
    .execute();
}

export interface ChunkProgress {
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Adds one chunk's counts; called in the chunk's transaction so counts and data commit together. */
export async function addProgress(db: Queryable, id: string, p: ChunkProgress): Promise<void> {
  await db
    .updateTable('roster_import')
    .set((eb) => ({
      processed_rows: eb('processed_rows', '+', p.processed),
      inserted_count: eb('inserted_count', '+', p.inserted),
      updated_count: eb('updated_count', '+', p.updated),
      unchanged_count: eb('unchanged_count', '+', p.unchanged),
      skipped_count: eb('skipped_count', '+', p.skipped),
    }))
    .where('id', '=', id)
    .execute();
}

/** A failed attempt that will be retried: the import stays 'running' but says what went wrong. */
export async function noteFailure(db: Queryable, id: string, failure: string): Promise<void> {
  await db.updateTable('roster_import').set({ failure }).where('id', '=', id).execute();
}

export async function markFinished(db: Queryable, id: string, status: 'done' | 'failed', failure: string | null = null): Promise<void> {
  await db.updateTable('roster_import').set({ status, failure, finished_at: new Date() }).where('id', '=', id).execute();
}
