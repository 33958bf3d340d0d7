import { SLB_COMPETENCY_CODES } from '../../domain/instruments/builtin/slb-competencies';
import { SLB_TRAINING_NEED_BELOW } from '../../domain/instruments/builtin/slb-zelfbeoordeling';
import { suppressSmall } from '../../domain/privacy/small-groups';
import type { TeamOverview, TeamRef } from '../../shared/development';
import type { AppContext } from '../context';
import { uniqueViolation } from '../db/unique-violation';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import { minGroupSize } from '../repositories/competencies.repository';
import * as repo from '../repositories/teams.repository';
import { audit } from './audit.service';
import { teamEvaluation } from './guidance-evaluation.service';
import { meetlatOf, orderedScores, STAFF_INSTRUMENT, staffDefinition } from './staff-ratings.service';

/**
 * The team leader's overview: how the team rates itself per competency, where training is
 * needed, who followed which training. Individual ratings only of members who consented. The
 * others count only as a group of at least the institution's minimum size — and never as a
 * small remainder next to named colleagues, which would let the leader subtract them out.
 */

const TRAINING_YEARS = 2;

const teamRef = (t: repo.TeamRow): TeamRef => ({ id: t.id, name: t.name, leader: { id: t.leader_id, name: t.leader_name } });

export async function myTeams(ctx: AppContext, actor: Actor) {
  return { items: (await repo.teamsOf(ctx.db, actor.id)).map(teamRef) };
}

export async function overview(ctx: AppContext, actor: Actor, teamId: string, ip: string): Promise<TeamOverview> {
  const team = await repo.findTeam(ctx.db, actor.institutionId, teamId);
  if (!team) throw new AppError('not_found');
  if (team.leader_id !== actor.id) throw new AppError('team_forbidden');
  const { definition } = await staffDefinition(ctx.db, actor.institutionId);
  const since = new Date(Date.now() - TRAINING_YEARS * 365 * 86_400_000).toISOString().slice(0, 10);
  const [members, levels, goals, trained, threshold] = await Promise.all([
    repo.memberRows(ctx.db, teamId, STAFF_INSTRUMENT),
    repo.levelCounts(ctx.db, teamId, STAFF_INSTRUMENT, SLB_TRAINING_NEED_BELOW),
    repo.openGoalCounts(ctx.db, teamId),
    repo.trainings(ctx.db, teamId, since),
    minGroupSize(ctx.db, actor.institutionId),
  ]);

  const consentingIds = members.filter((m) => m.consent && m.latest_id).map((m) => m.latest_id as string);
  const scoresOf = await orderedScores(ctx.db, consentingIds, definition);
  // The members without consent count only as a group big enough to hide each of them.
  const withoutConsent = members.filter((m) => !m.consent && m.latest_id).length;
  const includeOthers = suppressSmall(withoutConsent, threshold) !== null;
  const counted = levels.filter((l) => l.consent || includeOthers);
  const { min, max } = definition.responseScale;

  const distribution = SLB_COMPETENCY_CODES.map((code) => {
    const rows = counted.filter((l) => l.scale_code === code);
    const counts = Array.from({ length: max - min + 1 }, (_, i) => rows.filter((r) => r.level === min + i).reduce((a, r) => a + r.count, 0));
    const n = rows.reduce((a, r) => a + r.count, 0);
    const sum = rows.reduce((a, r) => a + r.sum, 0);
    return { code, counts, mean: n > 0 ? Math.round((sum / n) * 100) / 100 : null, low: rows.reduce((a, r) => a + r.low, 0) };
  });

  const studentEvaluation = await teamEvaluation(ctx.db, actor.institutionId, teamId, threshold);
  await audit(ctx.db, actor, 'development.team-overview', { entityType: 'team', entityId: teamId }, ip);
  return {
    team: teamRef(team),
    minGroupSize: threshold,
    meetlat: meetlatOf(definition),
    members: members.map((m) => ({
      member: { id: m.id, name: m.name },
      consent: m.consent,
      lastRatedAt: m.latest_at?.toISOString() ?? null,
      openGoals: m.open_goals,
      lastReviewOn: m.last_review_on,
      scales: m.consent && m.latest_id ? scoresOf(m.latest_id) : null,
    })),
    rated: consentingIds.length + (includeOthers ? withoutConsent : 0),
    withheld: includeOthers ? 0 : withoutConsent,
    distribution,
    needs: SLB_COMPETENCY_CODES.map((code) => ({
      code,
      lowRatings: distribution.find((d) => d.code === code)?.low ?? 0,
      openGoals: goals.find((g) => g.code === code)?.count ?? 0,
    })),
    trainings: trained.map((t) => ({
      member: { id: t.member_id, name: t.member_name },
      title: t.title,
      heldOn: t.held_on,
      competencies: t.competencies.filter((c): c is (typeof SLB_COMPETENCY_CODES)[number] => (SLB_COMPETENCY_CODES as readonly string[]).includes(c)),
    })),
    studentEvaluation,
  };
}

/* ---- set-up by the administrator ---- */

export async function createTeam(ctx: AppContext, actor: Actor, input: { name: string; leaderId: string; memberIds: string[] }, ip: string): Promise<TeamRef> {
  const role = await repo.rolesOf(ctx.db, actor.institutionId, [input.leaderId, ...input.memberIds]);
  if (role.get(input.leaderId) !== 'manager') throw new AppError('bad_request', [{ path: 'leaderId', in: 'body' }]);
  if (input.memberIds.some((id) => role.get(id) !== 'counsellor')) throw new AppError('bad_request', [{ path: 'memberIds', in: 'body' }]);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTeam(trx, { institutionId: actor.institutionId, name: input.name, leaderId: input.leaderId });
    await repo.replaceMembers(trx, id, [...new Set(input.memberIds)]);
    await audit(trx, actor, 'team.create', { entityType: 'team', entityId: id, detail: { name: input.name, members: input.memberIds.length } }, ip);
    const team = await repo.findTeam(trx, actor.institutionId, id);
    if (!team) throw new AppError('internal');
    return teamRef(team);
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) throw new AppError('conflict');
    throw error;
  }
}
