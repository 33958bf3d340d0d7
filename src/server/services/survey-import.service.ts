import { parseCsv } from '../../domain/csv/parse';
import { toCsv } from '../../domain/csv/write';
import { checkSurveyFile, GROUP_COLUMNS, type ItemScale } from '../../domain/surveys/import';
import { surveyRowErrorMessage, type SurveyRowError } from '../../domain/surveys/import-messages';
import { scoringKey } from '../../domain/surveys/scoring-key';
import type { ImportReport } from '../../shared/surveys';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCampaignManager, type Actor } from '../policies/policy';
import * as campaigns from '../repositories/survey-campaigns.repository';
import * as responses from '../repositories/survey-responses.repository';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';

/*
 * Loading survey data gathered elsewhere into a campaign made for it. `check` reports every
 * problem by row and column and writes nothing but the report; `apply` checks again and writes
 * all rows in one transaction, or — with any problem — nothing at all.
 */

const SHOWN_ERRORS = 500;

async function loadCampaign(ctx: AppContext, actor: Actor, id: string) {
  const row = await campaigns.findCampaign(ctx.db, id);
  if (!row) throw new AppError('not_found');
  assertCampaignManager(actor, { institutionId: row.institution_id });
  const defs = (await campaigns.campaignVersions(ctx.db, id)).map(definitionOf);
  return { row, defs };
}

/** An empty file with the right header: the respondent column, the group columns and every item code. */
export async function template(ctx: AppContext, actor: Actor, id: string): Promise<string> {
  const { defs } = await loadCampaign(ctx, actor, id);
  return toCsv([['respondent', ...GROUP_COLUMNS, ...defs.flatMap((d) => d.items.map((i) => i.code))]]);
}

function render(errors: SurveyRowError[], language: 'nl' | 'en') {
  return errors.slice(0, SHOWN_ERRORS).map((e) => ({ row: e.row, column: e.column, code: e.code, message: surveyRowErrorMessage(e, language) }));
}

export async function importResponses(ctx: AppContext, actor: Actor, id: string, input: { mode: 'check' | 'apply'; fileName: string; text: string }, ip: string): Promise<ImportReport> {
  const { row, defs } = await loadCampaign(ctx, actor, id);
  if (!row.imported) throw new AppError('survey_state');
  if (input.text.includes('\u0000')) throw new AppError('unsupported_media_type');
  const parsed = parseCsv(input.text);
  if (parsed.headers.length === 0 || parsed.rows.length === 0) throw new AppError('survey_import_empty');

  const items = new Map<string, ItemScale>();
  for (const d of defs) for (const item of d.items) items.set(item.code, { min: d.responseScale.min, max: d.responseScale.max });
  const check = checkSurveyFile(parsed, items);
  // A respondent id imported before would count the same person twice.
  const ids = check.responses.flatMap((r) => (r.respondent ? [r.respondent] : []));
  const seen = await responses.importedRespondents(ctx.db, id, ids);
  for (const r of check.responses) {
    if (r.respondent && seen.has(r.respondent)) check.errors.push({ row: r.row, column: 'respondent', code: 'respondent_imported', params: { value: r.respondent } });
  }
  check.errors.sort((a, b) => a.row - b.row);
  const errorRows = new Set(check.errors.map((e) => e.row));
  const valid = check.responses.filter((r) => !errorRows.has(r.row));
  const ok = check.errors.length === 0;
  const base = {
    mode: input.mode,
    totalRows: parsed.rows.length,
    validRows: valid.length,
    errorCount: check.errors.length,
    errors: render(check.errors, actor.language),
    itemColumns: check.itemColumns,
    groupColumns: check.groupColumns,
  };
  const summary = { totalRows: base.totalRows, validRows: base.validRows, errorCount: base.errorCount, errors: check.errors.slice(0, SHOWN_ERRORS) };

  if (input.mode === 'check' || !ok) {
    const status = ok ? 'checked' : 'rejected';
    const importId = await responses.insertImport(ctx.db, { campaignId: id, createdBy: actor.id, fileName: input.fileName, status, rowCount: parsed.rows.length, report: summary });
    if (input.mode === 'apply') throw new AppError('survey_import_has_errors', { errorCount: check.errors.length, errors: base.errors });
    return { ...base, id: importId, status, applied: 0 };
  }

  return ctx.db.transaction().execute(async (trx) => {
    const importId = await responses.insertImport(trx, { campaignId: id, createdBy: actor.id, fileName: input.fileName, status: 'applied', rowCount: parsed.rows.length, report: summary });
    const applied = await responses.insertResponses(
      trx,
      id,
      valid.map((r) => ({ labels: r.groups, pseudonym: r.respondent, answers: r.answers })),
      { key: scoringKey(defs), importId },
    );
    await audit(trx, actor, 'survey.import', { entityType: 'survey_campaign', entityId: id, detail: { rows: applied, file: input.fileName } }, ip);
    return { ...base, id: importId, status: 'applied' as const, applied };
  });
}
