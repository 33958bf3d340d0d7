import { cleanBody, fieldsFor, missingExperienceFields, missingReflectionFields } from '../../domain/portfolio/validation';
import type { EvidenceDetail, EvidenceQuery, EvidenceSummary, EvidenceUpdate, NewEvidence, PortfolioView } from '../../shared/portfolio';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/portfolio-evidence.repository';
import { answeredFeedbackOf } from '../repositories/portfolio-feedback.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';
import { fieldErrors } from './field-errors';
import { auditPortfolioRead, portfolioAccess } from './portfolio-goals.service';

/**
 * Evidence: reflections along a template, experiences and files, tagged by competency and goal.
 * Drafts autosave with the version the writer saw; making an item final checks its required
 * fields. Guidance staff see only finished items the student marked for guidance.
 */

export function evidenceSummary(row: repo.EvidenceRow): EvidenceSummary {
  return {
    id: row.id,
    studentId: row.student_id,
    kind: row.kind,
    title: row.title,
    template: row.template,
    experienceType: row.experience_type,
    organisation: row.organisation,
    happenedOn: row.happened_on,
    status: row.status,
    forGuidance: row.for_guidance,
    competencies: row.competencies as EvidenceSummary['competencies'],
    goalIds: row.goal_ids,
    feedbackCount: row.feedback_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** A student's evidence as `view` sees it; no policy check, for reuse by other modules after their own. */
export async function listEvidence(db: Queryable, studentId: string, view: PortfolioView, filter: EvidenceQuery = {}): Promise<EvidenceSummary[]> {
  return (await repo.listEvidence(db, studentId, view, filter)).map(evidenceSummary);
}

export async function evidenceFor(ctx: AppContext, actor: Actor, studentId: string, filter: EvidenceQuery, ip: string) {
  const view = await portfolioAccess(ctx.db, actor, studentId);
  const items = await listEvidence(ctx.db, studentId, view, filter);
  await auditPortfolioRead(ctx.db, actor, view, { studentId, entityType: 'portfolio_evidence', entityId: studentId }, ip);
  return { view, items };
}

async function detailOf(db: Queryable, row: repo.EvidenceRow, view: PortfolioView): Promise<EvidenceDetail> {
  const feedback = await answeredFeedbackOf(db, row.id);
  return {
    ...evidenceSummary(row),
    body: row.body,
    view,
    feedback: feedback.map((f) => ({ id: f.id, authorName: f.author_name, body: f.body, createdAt: f.created_at.toISOString() })),
  };
}

export async function evidenceDetail(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<EvidenceDetail> {
  const row = await repo.findEvidence(ctx.db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  const view = await portfolioAccess(ctx.db, actor, row.student_id);
  // Hidden from staff: answered exactly like an item that does not exist.
  if (view === 'guidance' && !(row.for_guidance && row.status === 'final')) throw new AppError('not_found');
  await auditPortfolioRead(ctx.db, actor, view, { studentId: row.student_id, entityType: 'portfolio_evidence', entityId: id }, ip);
  return detailOf(ctx.db, row, view);
}

/** The required fields of a final item; a draft may be incomplete. */
function assertComplete(actor: Actor, row: Pick<repo.EvidenceRow, 'kind' | 'template' | 'body' | 'title'>): void {
  const missing = row.kind === 'reflection' ? missingReflectionFields(row.template ?? 'free', row.body) : row.kind === 'experience' ? missingExperienceFields(row.body) : [];
  const problems = missing.map((code) => ({ path: `body.${code}`, nl: 'Vul dit in voordat je de reflectie afrondt.', en: 'Fill this in before you finish.' }));
  if (row.title.trim() === '') problems.unshift({ path: 'title', nl: 'Geef het een titel voordat je het afrondt.', en: 'Give it a title before you finish.' });
  if (problems.length > 0) throw fieldErrors(actor, problems);
}

async function assertOwnGoals(db: Queryable, actor: Actor, studentId: string, goalIds: readonly string[]): Promise<void> {
  const unique = [...new Set(goalIds)];
  if ((await repo.countOwnGoals(db, studentId, unique)) !== unique.length) {
    throw fieldErrors(actor, [{ path: 'goalIds', nl: 'Je kunt alleen je eigen doelen koppelen.', en: 'You can only link your own goals.' }]);
  }
}

export async function createEvidence(ctx: AppContext, actor: Actor, studentId: string, input: NewEvidence, ip: string): Promise<EvidenceDetail> {
  const template = input.kind === 'reflection' ? (input.template ?? 'free') : null;
  if (input.kind === 'experience' && !input.experienceType) {
    throw fieldErrors(actor, [{ path: 'experienceType', nl: 'Kies wat voor ervaring het was.', en: 'Choose what kind of experience it was.' }]);
  }
  const body = cleanBody(fieldsFor(input.kind, template), input.body);
  if (input.status === 'final') assertComplete(actor, { kind: input.kind, template, body, title: input.title });
  return ctx.db.transaction().execute(async (trx) => {
    await assertOwnGoals(trx, actor, studentId, input.goalIds);
    const id = await repo.insertEvidence(trx, {
      institutionId: actor.institutionId,
      studentId,
      kind: input.kind,
      title: input.title,
      template,
      body,
      experienceType: input.kind === 'experience' ? (input.experienceType ?? 'other') : null,
      organisation: input.organisation,
      happenedOn: input.happenedOn,
      status: input.status,
      forGuidance: input.forGuidance,
    });
    await repo.setEvidenceCompetencies(trx, id, [...new Set(input.competencies)]);
    await repo.setEvidenceGoals(trx, id, [...new Set(input.goalIds)]);
    await audit(trx, actor, 'portfolio.evidence.create', { studentId, entityType: 'portfolio_evidence', entityId: id, detail: { kind: input.kind } }, ip);
    const row = await repo.findEvidence(trx, id);
    if (!row) throw new AppError('internal');
    return detailOf(trx, row, 'owner');
  });
}

async function ownEvidence(db: Queryable, actor: Actor, id: string): Promise<repo.EvidenceRow> {
  const row = await repo.findEvidence(db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  if (row.student_id !== actor.id) throw new AppError('forbidden');
  return row;
}

/** Autosave and every other change: 409 `conversation_changed` on a stale version, the client keeps its text. */
export async function updateEvidence(ctx: AppContext, actor: Actor, id: string, input: EvidenceUpdate): Promise<EvidenceDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownEvidence(trx, actor, id);
    const body = input.body ? cleanBody(fieldsFor(row.kind, row.template), { ...row.body, ...input.body }) : undefined;
    const next = { kind: row.kind, template: row.template, body: body ?? row.body, title: input.title ?? row.title };
    if ((input.status ?? row.status) === 'final') assertComplete(actor, next);
    if (input.goalIds) await assertOwnGoals(trx, actor, row.student_id, input.goalIds);
    const changes: repo.EvidenceChanges = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(body ? { body } : {}),
      ...(input.experienceType !== undefined && row.kind === 'experience' ? { experience_type: input.experienceType } : {}),
      ...(input.organisation !== undefined ? { organisation: input.organisation } : {}),
      ...(input.happenedOn !== undefined ? { happened_on: input.happenedOn } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.forGuidance !== undefined ? { for_guidance: input.forGuidance } : {}),
    };
    if (!(await repo.updateEvidence(trx, id, input.version, changes))) throw new AppError('conversation_changed');
    if (input.competencies) await repo.setEvidenceCompetencies(trx, id, [...new Set(input.competencies)]);
    if (input.goalIds) await repo.setEvidenceGoals(trx, id, [...new Set(input.goalIds)]);
    const after = await repo.findEvidence(trx, id);
    if (!after) throw new AppError('internal');
    return detailOf(trx, after, 'owner');
  });
}

export async function deleteEvidence(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ownEvidence(trx, actor, id);
    // A file's bytes live in the file store; removing it goes through the files module.
    if (row.kind === 'file') throw new AppError('invalid_state');
    await repo.deleteEvidence(trx, id);
    await audit(trx, actor, 'portfolio.evidence.delete', { studentId: row.student_id, entityType: 'portfolio_evidence', entityId: id, detail: { kind: row.kind } }, ip);
  });
}
