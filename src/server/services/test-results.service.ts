import { parseCsv } from '../../domain/csv/parse';
import { readTestResults, type TestResultRow } from '../../domain/guidance/test-results';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/test-results.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';

/**
 * Importing test results (with credits for study progress) from the student information system:
 * all rows are checked first (format, known student numbers, duplicates, dates before the
 * student's enrolment) and reported with row and column; only a clean file is stored, in one
 * transaction, so a half-imported file never feeds the signals or the BSA progress.
 */

interface RowError {
  row: number | null;
  column: string | null;
  message: string;
}

async function check(db: Queryable, actor: Actor, text: string): Promise<{ rows: TestResultRow[]; ids: Map<string, string>; errors: RowError[] }> {
  const { rows, problems } = readTestResults(parseCsv(text));
  const message = (p: { message_nl: string; message_en: string }) => (actor.language === 'en' ? p.message_en : p.message_nl);
  const errors: RowError[] = problems.map((p) => ({ row: p.row, column: p.column, message: message(p) }));
  const ids = rows.length ? await repo.studentIdsByNumber(db, actor.institutionId, [...new Set(rows.map((r) => r.studentNumber))]) : new Map<string, string>();
  const starts = ids.size ? await repo.firstEnrolmentStarts(db, [...ids.values()]) : new Map<string, string>();
  for (const r of rows) {
    const id = ids.get(r.studentNumber);
    if (!id) {
      errors.push({ row: r.row, column: 'studentnummer', message: message({ message_nl: `Onbekend studentnummer "${r.studentNumber}".`, message_en: `Unknown student number "${r.studentNumber}".` }) });
      continue;
    }
    const start = starts.get(id);
    if (start !== undefined && r.takenOn < start)
      errors.push({ row: r.row, column: 'datum', message: message({ message_nl: `De datum ligt vóór de inschrijving van deze student (${start}).`, message_en: `The date is before this student's enrolment (${start}).` }) });
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows, ids, errors };
}

/** A dry run: every problem per row, nothing stored. */
export async function checkTestResults(ctx: AppContext, actor: Actor, text: string) {
  const { rows, errors } = await check(ctx.db, actor, text);
  return { rows: errors.length ? 0 : rows.length, valid: errors.length === 0, errors: errors.slice(0, 500), total: errors.length };
}

export async function importTestResults(ctx: AppContext, actor: Actor, text: string, ip: string) {
  const { rows, ids, errors } = await check(ctx.db, actor, text);
  if (errors.length > 0) throw new AppError('test_results_invalid', { errors: errors.slice(0, 500), total: errors.length });
  return ctx.db.transaction().execute(async (trx) => {
    const inserted = await repo.upsertResults(
      trx,
      actor.institutionId,
      actor.id,
      rows.map((r) => ({ studentId: ids.get(r.studentNumber) as string, course: r.course, takenOn: r.takenOn, grade: r.grade, passed: r.passed, credits: r.credits })),
    );
    await audit(trx, actor, 'test_results.import', { entityType: 'institution', entityId: actor.institutionId, detail: { rows: rows.length, inserted } }, ip);
    return { rows: rows.length, inserted, updated: rows.length - inserted, failed: rows.filter((r) => !r.passed).length };
  });
}
