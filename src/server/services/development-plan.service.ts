import type { z } from 'zod';
import type { ActivityCreate, GoalCreate, GoalUpdate, ReviewCreate } from '../../shared/development';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/development.repository';
import { audit } from './audit.service';
import { activityView, goalView, readerOf, reviewView } from './development.service';

/**
 * Changes to a development plan. Goals and the log are the counsellor's own; a yearly review is
 * opened by the team leader and each side writes their own notes in it. Audit lines never carry
 * the texts themselves, only what happened.
 */

export async function setConsent(ctx: AppContext, actor: Actor, visible: boolean, ip: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setConsent(trx, actor.id, visible);
    await audit(trx, actor, 'development.consent', { entityType: 'app_user', entityId: actor.id, detail: { ratingsVisibleToLeader: visible } }, ip);
  });
  return { ratingsVisibleToLeader: visible };
}

export async function addGoal(ctx: AppContext, actor: Actor, input: z.infer<typeof GoalCreate>, ip: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertGoal(trx, { institutionId: actor.institutionId, counsellorId: actor.id, what: input.what, dueDate: input.dueDate, competencies: input.competencies });
    await audit(trx, actor, 'development.goal', { entityType: 'development_goal', entityId: id }, ip);
    const row = await repo.findGoal(trx, id);
    if (!row) throw new AppError('internal');
    return goalView(row);
  });
}

export async function changeGoal(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof GoalUpdate>, ip: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findGoal(trx, id);
    // Someone else's goal does not exist for this route: nobody edits a colleague's plan.
    if (!row || row.counsellor_id !== actor.id) throw new AppError('not_found');
    await repo.updateGoal(trx, id, input);
    await audit(trx, actor, 'development.goal-update', { entityType: 'development_goal', entityId: id, detail: { fields: Object.keys(input), status: input.status } }, ip);
    const after = await repo.findGoal(trx, id);
    if (!after) throw new AppError('internal');
    return goalView(after);
  });
}

export async function addActivity(ctx: AppContext, actor: Actor, input: z.infer<typeof ActivityCreate>, ip: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertActivity(trx, { institutionId: actor.institutionId, counsellorId: actor.id, ...input });
    await audit(trx, actor, 'development.activity', { entityType: 'development_activity', entityId: id, detail: { kind: input.kind } }, ip);
    const row = await repo.findActivity(trx, id);
    if (!row) throw new AppError('internal');
    return activityView(row);
  });
}

export async function removeActivity(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findActivity(trx, id);
    if (!row || row.counsellor_id !== actor.id) throw new AppError('not_found');
    await repo.deleteActivity(trx, id);
    await audit(trx, actor, 'development.activity-delete', { entityType: 'development_activity', entityId: id }, ip);
  });
}

/** Only the leader of one of the counsellor's teams opens a yearly review. */
export async function addReview(ctx: AppContext, actor: Actor, counsellorId: string, input: z.infer<typeof ReviewCreate>, ip: string) {
  const { reader } = await readerOf(ctx, actor, counsellorId);
  if (reader !== 'leader') throw new AppError('development_forbidden');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertReview(trx, { institutionId: actor.institutionId, counsellorId, leaderId: actor.id, heldOn: input.heldOn, leaderNotes: input.leaderNotes });
    await audit(trx, actor, 'development.review', { entityType: 'development_review', entityId: id, detail: { counsellorId } }, ip);
    const row = await repo.findReview(trx, id);
    if (!row) throw new AppError('internal');
    return reviewView(row);
  });
}

/** The counsellor writes the counsellor's notes, a leader of their team the leader's notes. */
export async function writeReviewNotes(ctx: AppContext, actor: Actor, id: string, notes: string, ip: string) {
  const row = await repo.findReview(ctx.db, id);
  if (!row) throw new AppError('not_found');
  const { reader } = await readerOf(ctx, actor, row.counsellor_id);
  const side = reader === 'self' ? 'counsellor' : 'leader';
  return ctx.db.transaction().execute(async (trx) => {
    await repo.updateReviewNotes(trx, id, side, notes);
    await audit(trx, actor, 'development.review-notes', { entityType: 'development_review', entityId: id, detail: { side } }, ip);
    const after = await repo.findReview(trx, id);
    if (!after) throw new AppError('internal');
    return reviewView(after);
  });
}
