import { parseCsv } from '../../domain/csv/parse';
import { readTestResults } from '../../domain/guidance/test-results';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/test-results.repository';
import { audit } from './audit.service';

/**
 * Importing test results from the student information system: all rows are checked first (format,
 * known student numbers, duplicates) and reported with row and column; only a clean file is stored,
 * in one transaction, so a half-imported file never feeds the signals.
 */
export async function importTestResults(ctx: AppContext, actor: Actor, text: string, ip: string) {
  const { rows, problems } = readTestResults(parseCsv(text));
  const message = (p: { message_nl: string; message_en: string }) => (actor.language === 'en' ? p.message_en : p.message_nl);
  const errors = problems.map((p) => ({ row: p.row, column: p.column, message: message(p) }));
  const ids = rows.length ? await repo.studentIdsByNumber(ctx.db, actor.institutionId, [...new Set(rows.map((r) => r.studentNumber))]) : new Map<string, string>();
  for (const r of rows) {
    if (!ids.has(r.studentNumber))
      errors.push({ row: r.row, column: 'studentnummer', message: message({ message_nl: `Onbekend studentnummer "${r.studentNumber}".`, message_en: `Unknown student number "${r.studentNumber}".` }) });
  }
  if (errors.length > 0) throw new AppError('test_results_invalid', { errors: errors.slice(0, 500), total: errors.length });
  return ctx.db.transaction().execute(async (trx) => {
    const inserted = await repo.upsertResults(
      trx,
      actor.institutionId,
      actor.id,
      rows.map((r) => ({ studentId: ids.get(r.studentNumber) as string, course: r.course, takenOn: r.takenOn, grade: r.grade, passed: r.passed })),
    );
    await audit(trx, actor, 'test_results.import', { entityType: 'institution', entityId: actor.institutionId, detail: { rows: rows.length, inserted } }, ip);
    return { rows: rows.length, inserted, updated: rows.length - inserted, failed: rows.filter((r) => !r.passed).length };
  });
}
