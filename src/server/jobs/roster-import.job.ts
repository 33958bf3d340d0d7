import { z } from 'zod';
import { parseCsv } from '../../domain/csv/parse';
import { ROSTER_FIELDS, type RosterMapping } from '../../domain/roster/fields';
import type { AppContext } from '../context';
import { insertAudit } from '../repositories/audit.repository';
import * as imports from '../repositories/roster-imports.repository';
import { ROSTER_IMPORT_QUEUE, validateImportFile } from '../services/roster-import.service';
import { syncChunk } from '../services/roster-sync.service';

/*
 * The background part of a roster import. Rows go in chunks, each in its own transaction that
 * also adds the chunk's counts to the import, so progress is visible between chunks and data and
 * counts always agree. After a crash the retried job resumes after the last committed chunk.
 */

export const CHUNK_ROWS = 1000;
const MAX_ATTEMPTS = 3;

const Payload = z.object({ importId: z.uuid() });
const StoredMapping = z.partialRecord(z.enum(ROSTER_FIELDS), z.string().nullable());

export function registerRosterImportJob(ctx: AppContext): void {
  ctx.queue.register(
    ROSTER_IMPORT_QUEUE,
    async (payload, meta) => {
      const { importId } = Payload.parse(payload);
      try {
        await runRosterImport(ctx, importId);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (meta.attempt >= MAX_ATTEMPTS) await imports.markFinished(ctx.db, importId, 'failed', message);
        else await imports.noteFailure(ctx.db, importId, message);
        throw err;
      }
    },
    { maxAttempts: MAX_ATTEMPTS },
  );
}

export async function runRosterImport(ctx: AppContext, importId: string): Promise<void> {
  const work = await imports.findImportWork(ctx.db, importId);
  if (!work || work.status === 'done' || work.status === 'failed' || work.status === 'uploaded') return;
  const mapping: RosterMapping = StoredMapping.parse(work.mapping);
  const parsed = parseCsv(work.content);

  // Checked again: programmes, counsellors or e-mail addresses may have changed since the start.
  const validation = await validateImportFile(ctx.db, work.institution_id, parsed, mapping);
  if (validation.errors.length > 0 && !work.skip_invalid) {
    await imports.markRunning(ctx.db, importId, validation.errors);
    await imports.markFinished(ctx.db, importId, 'failed', 'import_has_errors');
    return;
  }
  await imports.markRunning(ctx.db, importId, validation.errors);

  const byRow = new Map(validation.records.map((r) => [r.row, r]));
  const syncContext = {
    institutionId: work.institution_id,
    actorId: work.created_by,
    columns: { namePrefix: !!mapping.namePrefix, email: !!mapping.email, gender: !!mapping.gender },
  };
  for (let start = work.processed_rows; start < parsed.rows.length; start += CHUNK_ROWS) {
    const rows = parsed.rows.slice(start, start + CHUNK_ROWS);
    const records = rows.flatMap((r) => byRow.get(r.row) ?? []);
    await ctx.db.transaction().execute(async (trx) => {
      const counts = await syncChunk(trx, syncContext, records);
      await imports.addProgress(trx, importId, { processed: rows.length, skipped: rows.length - records.length, ...counts });
    });
  }

  await ctx.db.transaction().execute(async (trx) => {
    await imports.markFinished(trx, importId, 'done');
    const done = await imports.findImportSummary(trx, work.institution_id, importId);
    await insertAudit(trx, [
      {
        institutionId: work.institution_id,
        actorId: work.created_by,
        action: 'roster.imported',
        entityType: 'roster_import',
        entityId: importId,
        detail: {
          filename: work.filename,
          totalRows: done?.total_rows,
          inserted: done?.inserted_count,
          updated: done?.updated_count,
          unchanged: done?.unchanged_count,
          skipped: done?.skipped_count,
          errorCount: done?.error_count,
        },
      },
    ]);
  });
}
