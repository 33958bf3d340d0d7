import { CSV_BOM, csvLines } from '../../domain/csv/write';
import type { AppContext } from '../context';
import { assertCan, type Actor } from '../policies/policy';
import { today } from '../repositories/relationships.repository';
import { studentExportPage } from '../repositories/student-export.repository';
import { audit } from './audit.service';

/*
 * The student export as CSV for Dutch Excel, produced page by page so the whole student table is
 * never in memory; its header matches what the roster import recognises, so an export can be
 * edited and imported again.
 */

export const EXPORT_HEADER = ['studentnummer', 'voornaam', 'tussenvoegsel', 'achternaam', 'e-mail', 'opleidingscode', 'klas', 'schooljaar'];
/** Checks access and records the export before the first byte is sent; the CSV follows lazily. */
export async function exportStudentsCsv(ctx: AppContext, actor: Actor, ip: string, pageSize = 1000) {
  assertCan(actor, 'exports.students');
  await audit(ctx.db, actor, 'students.exported', { entityType: 'export', entityId: 'students.csv' }, ip);
  return { filename: `studenten-${today()}.csv`, chunks: csvPages(ctx, actor.institutionId, pageSize) };
}

async function* csvPages(ctx: AppContext, institutionId: string, pageSize: number): AsyncGenerator<string> {
  yield CSV_BOM + csvLines([EXPORT_HEADER]);
  let after: { sortName: string; id: string } | undefined;
  for (;;) {
    const rows = await studentExportPage(ctx.db, { institutionId, limit: pageSize, after });
    if (rows.length === 0) return;
    yield csvLines(
      rows.map((r) => [r.student_number, r.first_name, r.name_prefix, r.last_name, r.email, r.programme_code, r.cohort, r.school_year]),
    );
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { sortName: last.sort_name, id: last.id };
  }
}
