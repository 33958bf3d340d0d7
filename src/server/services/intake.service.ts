import { HANDOVER_ITEMS, isHandoverCode, missingIntakeFields, type IntakeFields } from '../../domain/transition/intake';
import type { DossierImportSummary, IntakeRecord, IntakeSave, IntakeView } from '../../shared/intake';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { intakeEditor, intakeReader, type Actor } from '../policies/policy';
import * as repo from '../repositories/intake.repository';
import { relationshipLookup } from '../repositories/relationships.repository';
import type { Queryable } from '../repositories/types';
import { findUserById } from '../repositories/users.repository';
import { audit } from './audit.service';

/**
 * The intake of a student's current enrolment: written by their counsellor (or an admin
 * correcting it), read by the student too. Saves carry the version last seen; completing needs
 * every required field, and an edit that empties one reopens the intake.
 */

function fieldsOf(row: repo.IntakeRow): IntakeFields {
  return {
    priorEducation: row.prior_education,
    mboLevel: row.mbo_level,
    priorDetail: row.prior_detail,
    learningHistory: row.learning_history,
    choiceCheckOutcome: row.choice_check_outcome,
    choiceCheckAdvice: row.choice_check_advice,
    supportNeeds: row.support_needs,
    firstSteps: row.first_steps,
  };
}

async function record(db: Queryable, row: repo.IntakeRow, lang: 'nl' | 'en'): Promise<IntakeRecord> {
  const ticks = new Map((await repo.handoverTicks(db, row.id)).map((t) => [t.code, t]));
  const fields = fieldsOf(row);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    fields,
    missing: missingIntakeFields(fields),
    dossierImportId: row.dossier_import_id,
    handover: HANDOVER_ITEMS.map((item) => {
      const tick = ticks.get(item.code);
      return {
        code: item.code,
        text: item.text[lang],
        done: !!tick,
        doneBy: tick ? { id: tick.done_by, name: tick.done_by_name } : null,
        doneAt: tick?.done_at.toISOString() ?? null,
      };
    }),
    createdBy: { id: row.created_by, name: row.created_by_name },
    updatedAt: row.updated_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

function importSummary(row: repo.DossierImportRow): DossierImportSummary {
  return {
    id: row.id,
    sourceInstitution: row.source_institution,
    importedAt: row.created_at.toISOString(),
    importedBy: row.imported_by,
    exportedAt: row.exported_at?.toISOString() ?? null,
    counts: row.counts,
    goals: row.goals ?? [],
    educationHistory: (row.education_history ?? []).map((e) => ({ institution: e.institution, programme: e.programme, level: e.level, schoolYear: e.schoolYear })),
  };
}

async function view(db: Queryable, actor: Actor, studentId: string, canEdit: boolean): Promise<IntakeView> {
  const student = await findUserById(db, studentId);
  if (!student || student.role !== 'student' || student.institution_id !== actor.institutionId) throw new AppError('not_found');
  const enrolment = await repo.currentEnrolment(db, studentId);
  const row = enrolment ? await repo.findIntake(db, enrolment.id) : undefined;
  return {
    studentId,
    studentName: student.display_name,
    enrolment: enrolment
      ? { id: enrolment.id, programme: enrolment.programme, level: enrolment.level, cohort: enrolment.cohort, startDate: enrolment.start_date }
      : null,
    intake: row ? await record(db, row, actor.language) : null,
    canEdit: canEdit && !!enrolment,
    dossierImports: (await repo.dossierImportsOf(db, studentId)).map(importSummary),
  };
}

export async function getIntake(ctx: AppContext, actor: Actor, studentId: string, ip: string): Promise<IntakeView> {
  const relation = await intakeReader(actor, studentId, relationshipLookup(ctx.db));
  const result = await view(ctx.db, actor, studentId, relation !== 'self');
  if (relation !== 'self') await audit(ctx.db, actor, 'intake.read', { studentId, entityType: 'intake', entityId: result.intake?.id ?? studentId }, ip);
  return result;
}

export async function saveIntake(ctx: AppContext, actor: Actor, studentId: string, input: IntakeSave, ip: string): Promise<IntakeView> {
  await intakeEditor(actor, studentId, relationshipLookup(ctx.db));
  const f = input.fields;
  const missing = missingIntakeFields(f);
  if (input.status === 'complete' && missing.length > 0) throw new AppError('intake_incomplete', { missing });
  await ctx.db.transaction().execute(async (trx) => {
    const enrolment = await repo.currentEnrolment(trx, studentId);
    if (!enrolment) throw new AppError('intake_no_enrolment');
    if (input.dossierImportId && !(await repo.dossierImportsOf(trx, studentId)).some((d) => d.id === input.dossierImportId)) throw new AppError('not_found');
    const existing = await repo.findIntake(trx, enrolment.id);
    const wanted = input.status ?? existing?.status ?? 'draft';
    const status = wanted === 'complete' && missing.length === 0 ? 'complete' : 'draft';
    const completing = status === 'complete' && existing?.status !== 'complete';
    const columns: repo.IntakeColumns = {
      prior_education: f.priorEducation,
      // Level and programme only mean something for an mbo background.
      mbo_level: f.priorEducation === 'mbo' ? f.mboLevel : null,
      prior_detail: f.priorDetail,
      learning_history: f.learningHistory,
      choice_check_outcome: f.choiceCheckOutcome,
      choice_check_advice: f.choiceCheckAdvice,
      support_needs: f.supportNeeds,
      first_steps: f.firstSteps,
      ...(input.dossierImportId !== undefined ? { dossier_import_id: input.dossierImportId } : {}),
      status,
      completed_at: status === 'complete' ? (completing ? new Date() : existing?.completed_at ?? new Date()) : null,
      completed_by: status === 'complete' ? actor.id : null,
    };
    if (!existing) {
      if (input.version !== 0 || !(await repo.insertIntake(trx, { ...columns, institution_id: actor.institutionId, student_id: studentId, enrolment_id: enrolment.id, created_by: actor.id })))
        throw new AppError('intake_changed');
      await audit(trx, actor, 'intake.create', { studentId, entityType: 'enrolment', entityId: enrolment.id }, ip);
    } else {
      if (!(await repo.updateIntake(trx, existing.id, input.version, { ...columns, updated_by: actor.id }))) throw new AppError('intake_changed');
      if (status !== existing.status) await audit(trx, actor, status === 'complete' ? 'intake.complete' : 'intake.reopen', { studentId, entityType: 'intake', entityId: existing.id }, ip);
    }
  });
  return view(ctx.db, actor, studentId, true);
}

/** Ticking an item of the warm-handover checklist; the intake must exist (a draft is enough). */
export async function tickHandover(ctx: AppContext, actor: Actor, studentId: string, code: string, done: boolean, ip: string): Promise<IntakeView> {
  await intakeEditor(actor, studentId, relationshipLookup(ctx.db));
  if (!isHandoverCode(code)) throw new AppError('not_found');
  await ctx.db.transaction().execute(async (trx) => {
    const enrolment = await repo.currentEnrolment(trx, studentId);
    const existing = enrolment ? await repo.findIntake(trx, enrolment.id) : undefined;
    if (!existing) throw new AppError('not_found');
    // Ticks are rows of their own: the version of the text fields stays, so an open form is not disturbed.
    await repo.setHandoverTick(trx, { intakeId: existing.id, code, by: actor.id, done });
    await audit(trx, actor, 'intake.handover', { studentId, entityType: 'intake', entityId: existing.id, detail: { code, done } }, ip);
  });
  return view(ctx.db, actor, studentId, true);
}
