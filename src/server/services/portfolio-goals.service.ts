import { checkGoalSmart } from '../../domain/portfolio/validation';
import type { GoalDetail, GoalList, GoalUpdate, GoalView, NewGoal, PortfolioSettings, PortfolioView } from '../../shared/portfolio';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCanReviewGoal, portfolioView, type Actor } from '../policies/policy';
import * as repo from '../repositories/portfolio-goals.repository';
import { relationshipLookup, today } from '../repositories/relationships.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';

/**
 * The POP: goals tied to career competencies, each with a SMART check in plain words, actions,
 * progress reviews and a history of every change. The student writes; guidance staff read the
 * plan when the student shares it, and a counsellor may add a progress review.
 */

/** The actor's view of a student's portfolio (403 for anyone outside the guidance team). */
export function portfolioAccess(db: Queryable, actor: Actor, studentId: string): Promise<PortfolioView> {
  return portfolioView(actor, studentId, relationshipLookup(db));
}

/** Staff reads of a portfolio are audited like every read of a student file. */
export async function auditPortfolioRead(db: Queryable, actor: Actor, view: PortfolioView, target: { studentId: string; entityType: string; entityId: string }, ip: string) {
  if (view === 'guidance') await audit(db, actor, 'student.read', target, ip);
}

function goalView(row: repo.GoalRow, actions: repo.GoalActionRow[], reviews: repo.ReviewRow[], day: string): GoalView {
  const goal = { title: row.title, description: row.description, dueOn: row.due_on };
  return {
    id: row.id,
    studentId: row.student_id,
    ...goal,
    status: row.status,
    competencies: row.competencies as GoalView['competencies'],
    // A finished goal is judged on the day it was last changed, so an achieved goal never turns "late".
    smart: checkGoalSmart(goal, row.status === 'active' ? day : row.due_on && row.due_on < day ? row.due_on : day),
    actions: actions.filter((a) => a.goal_id === row.id).map((a) => ({ id: a.id, description: a.description, dueOn: a.due_on, status: a.status, updatedAt: a.updated_at.toISOString() })),
    reviews: reviews
      .filter((r) => r.goal_id === row.id)
      .map((r) => ({ id: r.id, author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null, progress: r.progress, note: r.note, createdAt: r.created_at.toISOString() })),
    evidenceCount: row.evidence_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** A student's goals as `view` sees them: no policy check here, so other modules (showcase, dossier) can reuse it after their own. */
export async function listGoals(db: Queryable, studentId: string, view: PortfolioView): Promise<GoalView[]> {
  const rows = await repo.listGoals(db, studentId, view);
  const ids = rows.map((r) => r.id);
  const [actions, reviews] = await Promise.all([repo.actionsOf(db, ids), repo.reviewsOf(db, ids)]);
  const day = today();
  return rows.map((r) => goalView(r, actions, reviews, day));
}

export async function goalsFor(ctx: AppContext, actor: Actor, studentId: string, ip: string): Promise<GoalList> {
  const view = await portfolioAccess(ctx.db, actor, studentId);
  const [items, planShared] = await Promise.all([listGoals(ctx.db, studentId, view), repo.planShared(ctx.db, studentId)]);
  await auditPortfolioRead(ctx.db, actor, view, { studentId, entityType: 'portfolio_goals', entityId: studentId }, ip);
  return { view, planShared, items };
}

async function oneGoal(db: Queryable, id: string, view: PortfolioView): Promise<GoalView> {
  const row = await repo.findGoal(db, id, view);
  if (!row) throw new AppError('not_found');
  const [actions, reviews] = await Promise.all([repo.actionsOf(db, [id]), repo.reviewsOf(db, [id])]);
  return goalView(row, actions, reviews, today());
}

/** Loads a goal the actor may see; a goal the student keeps to themself is "not found" for staff. */
async function visibleGoal(db: Queryable, actor: Actor, id: string): Promise<{ row: repo.GoalRow; view: PortfolioView }> {
  const row = await repo.findGoal(db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  const view = await portfolioAccess(db, actor, row.student_id);
  if (view === 'guidance' && !(await repo.planShared(db, row.student_id))) throw new AppError('not_found');
  return { row, view };
}

async function ownGoal(db: Queryable, actor: Actor, id: string): Promise<repo.GoalRow> {
  const row = await repo.findGoal(db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  if (row.student_id !== actor.id) throw new AppError('forbidden');
  return row;
}

export async function goalDetail(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<GoalDetail> {
  const { row, view } = await visibleGoal(ctx.db, actor, id);
  const [goal, revisions] = await Promise.all([oneGoal(ctx.db, id, view), repo.listRevisions(ctx.db, id)]);
  await auditPortfolioRead(ctx.db, actor, view, { studentId: row.student_id, entityType: 'portfolio_goal', entityId: id }, ip);
  return {
    ...goal,
    view,
    revisions: revisions.map((r) => ({ id: r.id, changedAt: r.changed_at.toISOString(), changedBy: r.changed_by_name, before: r.snapshot })),
  };
}

export async function createGoal(ctx: AppContext, actor: Actor, studentId: string, input: NewGoal, ip: string): Promise<GoalView> {
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertGoal(trx, { institutionId: actor.institutionId, studentId, title: input.title, description: input.description, dueOn: input.dueOn });
    await repo.setGoalCompetencies(trx, id, [...new Set(input.competencies)]);
    await audit(trx, actor, 'portfolio.goal.create', { studentId, entityType: 'portfolio_goal', entityId: id }, ip);
    return oneGoal(trx, id, 'owner');
  });
}

/** Every change keeps the previous state as a revision, so the history of the plan is never lost. */
export async function updateGoal(ctx: AppContext, actor: Actor, id: string, input: GoalUpdate, ip: string): Promise<GoalView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownGoal(trx, actor, id);
    const changes: repo.GoalChanges = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    };
    if (!(await repo.updateGoal(trx, id, input.version, changes))) throw new AppError('conversation_changed');
    if (input.competencies) await repo.setGoalCompetencies(trx, id, [...new Set(input.competencies)]);
    const snapshot = { title: row.title, description: row.description, dueOn: row.due_on, status: row.status, competencies: row.competencies };
    await repo.insertRevision(trx, id, snapshot, actor.id);
    await audit(trx, actor, 'portfolio.goal.update', { studentId: row.student_id, entityType: 'portfolio_goal', entityId: id }, ip);
    return oneGoal(trx, id, 'owner');
  });
}

export async function addAction(ctx: AppContext, actor: Actor, goalId: string, input: { description: string; dueOn: string | null }): Promise<GoalView> {
  return ctx.db.transaction().execute(async (trx) => {
    await ownGoal(trx, actor, goalId);
    await repo.insertAction(trx, goalId, input);
    return oneGoal(trx, goalId, 'owner');
  });
}

export async function updateAction(
  ctx: AppContext,
  actor: Actor,
  goalId: string,
  actionId: string,
  input: { description?: string; dueOn?: string | null; status?: 'open' | 'done' | 'dropped' },
): Promise<GoalView> {
  return ctx.db.transaction().execute(async (trx) => {
    await ownGoal(trx, actor, goalId);
    const action = await repo.findAction(trx, actionId);
    if (!action || action.goal_id !== goalId) throw new AppError('not_found');
    await repo.updateAction(trx, actionId, {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    });
    return oneGoal(trx, goalId, 'owner');
  });
}

/** A periodic progress review: by the student, or by a current counsellor on a shared plan. */
export async function addReview(ctx: AppContext, actor: Actor, goalId: string, input: { progress: string; note: string }, ip: string): Promise<GoalView> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, view } = await visibleGoal(trx, actor, goalId);
    await assertCanReviewGoal(actor, row.student_id, relationshipLookup(trx));
    await repo.insertReview(trx, goalId, { authorId: actor.id, ...input });
    await audit(trx, actor, 'portfolio.goal.review', { studentId: row.student_id, entityType: 'portfolio_goal', entityId: goalId, detail: { progress: input.progress } }, ip);
    return oneGoal(trx, goalId, view);
  });
}

export async function settings(ctx: AppContext, studentId: string): Promise<PortfolioSettings> {
  return { planForGuidance: await repo.planShared(ctx.db, studentId) };
}

export async function saveSettings(ctx: AppContext, actor: Actor, studentId: string, input: PortfolioSettings, ip: string): Promise<PortfolioSettings> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setPlanShared(trx, studentId, input.planForGuidance);
    await audit(trx, actor, 'portfolio.settings', { studentId, entityType: 'portfolio_settings', entityId: studentId, detail: { planForGuidance: input.planForGuidance } }, ip);
  });
  return settings(ctx, studentId);
}
