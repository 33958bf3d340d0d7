import type { AdminTeam } from '../../shared/evaluation';
import type { AppContext } from '../context';
import { uniqueViolation } from '../db/unique-violation';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/teams-admin.repository';
import type { Queryable } from '../repositories/types';
import { audit, changes } from './audit.service';

/**
 * The administrator sets up teams: a name, a leader (a manager) and counsellors as members. Who
 * leads a team decides who reads its members' development plans, so every change is audited.
 */

const view = (t: repo.AdminTeamRow): AdminTeam => ({ id: t.id, name: t.name, leader: { id: t.leader_id, name: t.leader_name }, members: t.members });

export async function listTeams(ctx: AppContext, actor: Actor): Promise<{ items: AdminTeam[] }> {
  return { items: (await repo.listTeams(ctx.db, actor.institutionId)).map(view) };
}

async function lockedTeam(db: Queryable, actor: Actor, id: string) {
  const team = await repo.findTeam(db, actor.institutionId, id, { forUpdate: true });
  if (!team) throw new AppError('not_found');
  return team;
}

async function reloaded(db: Queryable, actor: Actor, id: string): Promise<AdminTeam> {
  const team = await repo.findTeam(db, actor.institutionId, id);
  if (!team) throw new AppError('internal');
  return view(team);
}

export async function updateTeam(ctx: AppContext, actor: Actor, id: string, input: { name?: string; leaderId?: string }, ip: string): Promise<AdminTeam> {
  if (input.leaderId !== undefined) {
    const leader = await repo.activeUser(ctx.db, actor.institutionId, input.leaderId);
    if (leader?.role !== 'manager') throw new AppError('team_member_invalid', [{ path: 'leaderId', in: 'body' }]);
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const team = await lockedTeam(trx, actor, id);
      await repo.updateTeam(trx, id, input);
      const diff = changes({ name: team.name, leaderId: team.leader_id }, input);
      if (Object.keys(diff).length > 0) await audit(trx, actor, 'team.update', { entityType: 'team', entityId: id, detail: diff }, ip);
      return reloaded(trx, actor, id);
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) throw new AppError('conflict');
    throw error;
  }
}

export async function addMember(ctx: AppContext, actor: Actor, teamId: string, userId: string, ip: string): Promise<AdminTeam> {
  const user = await repo.activeUser(ctx.db, actor.institutionId, userId);
  if (user?.role !== 'counsellor') throw new AppError('team_member_invalid', [{ path: 'userId', in: 'params' }]);
  return ctx.db.transaction().execute(async (trx) => {
    await lockedTeam(trx, actor, teamId);
    if (await repo.addMember(trx, teamId, userId)) await audit(trx, actor, 'team.member-add', { entityType: 'team', entityId: teamId, detail: { userId } }, ip);
    return reloaded(trx, actor, teamId);
  });
}

/** Removing someone who is no member is not an error: the result is what was asked for. */
export async function removeMember(ctx: AppContext, actor: Actor, teamId: string, userId: string, ip: string): Promise<AdminTeam> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockedTeam(trx, actor, teamId);
    if (await repo.removeMember(trx, teamId, userId)) await audit(trx, actor, 'team.member-remove', { entityType: 'team', entityId: teamId, detail: { userId } }, ip);
    return reloaded(trx, actor, teamId);
  });
}
