import { parseCsv, type ParsedCsv } from '../../domain/csv/parse';
import { FIELD_LABELS, type RosterMapping } from '../../domain/roster/fields';
import { suggestMapping } from '../../domain/roster/mapping';
import { rowErrorMessage, type RowError } from '../../domain/roster/messages';
import { lookupKeys, mappingProblems, validateRows, type RosterValidation } from '../../domain/roster/validate';
import { ERRORS, type Language } from '../../shared/errors';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../policies/policy';
import { today } from '../repositories/relationships.repository';
import * as imports from '../repositories/roster-imports.repository';
import { lookupRosterReferences } from '../repositories/roster-sync.repository';
import type { Queryable } from '../repositories/types';

/*
 * Roster import in three steps: upload (the file is stored and its columns suggested), validate
 * (as often as the admin likes, with a mapping), start (queues the background job, see
 * jobs/roster-import.job.ts). The file is parsed again at every step instead of storing rows:
 * parsing is fast and deterministic, and the stored text is what the admin uploaded.
 */

export const ROSTER_IMPORT_QUEUE = 'roster.import';
const PREVIEW_ROWS = 10;

export async function uploadImport(ctx: AppContext, actor: Actor, input: { filename: string; text: string }) {
  assertCan(actor, 'imports.manage');
  // PostgreSQL text cannot hold NUL; a file with NULs is not a CSV export anyway.
  if (input.text.includes('\u0000')) throw new AppError('unsupported_media_type');
  const parsed = parseCsv(input.text);
  if (parsed.headers.length === 0 || parsed.rows.length === 0) throw new AppError('import_empty');
  const id = await imports.insertImport(ctx.db, {
    institutionId: actor.institutionId,
    createdBy: actor.id,
    filename: input.filename,
    delimiter: parsed.delimiter,
    headers: parsed.headers,
    content: input.text,
    totalRows: parsed.rows.length,
  });
  return {
    id,
    delimiter: parsed.delimiter,
    headers: parsed.headers,
    preview: parsed.rows.slice(0, PREVIEW_ROWS).map((r) => r.values),
    totalRows: parsed.rows.length,
    suggestedMapping: suggestMapping(parsed.headers),
  };
}

/** Parses the stored file and checks every row against the mapping and the institution's data. */
export async function validateImportFile(
  db: Queryable,
  institutionId: string,
  parsed: ParsedCsv,
  mapping: RosterMapping,
): Promise<RosterValidation> {
  const refs = await lookupRosterReferences(db, institutionId, lookupKeys(parsed.rows, parsed.headers, mapping));
  const programmes = new Map<string, string>();
  // A code wins over a name when one programme's name is another's code.
  for (const p of refs.programmes) programmes.set(p.name.trim().toUpperCase(), p.id);
  for (const p of refs.programmes) programmes.set(p.code.trim().toUpperCase(), p.id);
  return validateRows(
    parsed.rows,
    parsed.headers,
    mapping,
    {
      programmes,
      counsellors: new Map(refs.counsellors.map((c) => [c.email, c.id])),
      emailOwners: new Map(
        refs.emailOwners.map((o) => [o.email, o.institution_id === institutionId && o.role === 'student' ? o.student_number : null]),
      ),
      nonStudentNumbers: new Set(refs.nonStudents.map((n) => n.student_number ?? '')),
    },
    { today: today(), problems: parsed.problems },
  );
}

function assertMapping(actor: Actor, mapping: RosterMapping, headers: string[]): void {
  const { missing, unknownHeaders } = mappingProblems(mapping, headers);
  if (missing.length === 0 && unknownHeaders.length === 0) return;
  const details = [
    ...missing.map((f) => ({
      path: `mapping.${f}`,
      in: 'body',
      message: actor.language === 'en' ? `Choose the column for "${FIELD_LABELS[f].en}".` : `Kies de kolom voor "${FIELD_LABELS[f].nl}".`,
    })),
    ...unknownHeaders.map((u) => ({
      path: `mapping.${u.field}`,
      in: 'body',
      message: actor.language === 'en' ? `The file has no column "${u.header}".` : `Het bestand heeft geen kolom "${u.header}".`,
    })),
  ];
  throw new AppError('import_mapping_invalid', details);
}

async function loadFile(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'imports.manage');
  const work = await imports.findImportWork(ctx.db, id);
  if (!work || work.institution_id !== actor.institutionId) throw new AppError('not_found');
  return { work, parsed: parseCsv(work.content) };
}

export function renderErrors(errors: RowError[], language: Language) {
  return errors.map((e) => ({ row: e.row, column: e.column, code: e.code, message: rowErrorMessage(e, language) }));
}

export async function validateImport(ctx: AppContext, actor: Actor, id: string, mapping: RosterMapping) {
  const { parsed } = await loadFile(ctx, actor, id);
  assertMapping(actor, mapping, parsed.headers);
  const result = await validateImportFile(ctx.db, actor.institutionId, parsed, mapping);
  return {
    totalRows: parsed.rows.length,
    validRows: result.records.length,
    errorCount: result.errors.length,
    errors: renderErrors(result.errors.slice(0, imports.SHOWN_ERRORS), actor.language),
  };
}

export async function startImport(ctx: AppContext, actor: Actor, id: string, input: { mapping: RosterMapping; skipInvalid: boolean }) {
  const { work, parsed } = await loadFile(ctx, actor, id);
  if (work.status !== 'uploaded') throw new AppError('invalid_state');
  assertMapping(actor, input.mapping, parsed.headers);
  const result = await validateImportFile(ctx.db, actor.institutionId, parsed, input.mapping);
  if (result.errors.length > 0 && !input.skipInvalid) {
    throw new AppError('import_has_errors', { errorCount: result.errors.length, invalidRows: result.invalidRows.size });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const queued = await imports.markQueued(trx, {
      id,
      institutionId: actor.institutionId,
      mapping: input.mapping,
      skipInvalid: input.skipInvalid,
      errors: result.errors,
    });
    if (!queued) throw new AppError('invalid_state');
    // In the same transaction: the job exists exactly when the import is marked queued.
    await ctx.queue.enqueue(ROSTER_IMPORT_QUEUE, { importId: id }, trx);
  });
  return { id, status: 'queued' as const };
}

/** A stored failure is either an error id (worded in the reader's language) or a technical message. */
function failureText(failure: string | null, language: Language): string | null {
  if (failure === null) return null;
  return failure in ERRORS ? ERRORS[failure as keyof typeof ERRORS][language] : failure;
}

type Summary = Awaited<ReturnType<typeof imports.listImports>>[number];

function summary(row: Summary, language: Language) {
  return {
    id: row.id,
    filename: row.filename,
    status: row.status as 'uploaded' | 'queued' | 'running' | 'done' | 'failed',
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    inserted: row.inserted_count,
    updated: row.updated_count,
    unchanged: row.unchanged_count,
    skipped: row.skipped_count,
    errorCount: row.error_count,
    failure: failureText(row.failure, language),
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}

export async function getImport(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'imports.manage');
  const row = await imports.findImportSummary(ctx.db, actor.institutionId, id);
  if (!row) throw new AppError('not_found');
  return { ...summary(row, actor.language), errors: renderErrors((row.first_errors ?? []) as RowError[], actor.language) };
}

export async function listImports(ctx: AppContext, actor: Actor) {
  assertCan(actor, 'imports.manage');
  const rows = await imports.listImports(ctx.db, actor.institutionId, 50);
  return { items: rows.map((r) => summary(r, actor.language)) };
}
