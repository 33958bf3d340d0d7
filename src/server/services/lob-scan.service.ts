import { LOB_SCAN, LOB_SCAN_THEMES } from '../../domain/instruments/builtin/lob-scan';
import type { Problem } from '../../domain/instruments/definition';
import { actionProblems, discussionThemes, numberMembers, priorityProblems, themeSpreads } from '../../domain/surveys/lob-scan';
import type { LobScanAction, LobScanRef, LobScanResults } from '../../shared/lob-scan';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { lobScanRole, type Actor } from '../policies/policy';
import * as repo from '../repositories/lob-scan.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';
import { fieldErrors } from './field-errors';

/*
 * The LOB-scan of a team: a radar of how each member rated the eleven themes (numbered, never
 * named), the team's priorities and its action plan, and the previous cycle's plan to look back on.
 * Nothing is suppressed inside the team: it is a shared self-assessment, announced as such.
 */

type Theme = (typeof LOB_SCAN_THEMES)[number];
const THEME_TEXT = new Map(
  LOB_SCAN.scales.map((s) => [s.code, { title: s.title, explanation: s.explanation ?? s.title, suggestion: s.suggestion ?? s.title }]),
);

const ref = (c: repo.LobScanCampaignRow): LobScanRef => ({
  id: c.id,
  title: c.title,
  status: c.status,
  opensOn: c.opens_on,
  closesOn: c.closes_on,
  team: { id: c.team_id, name: c.team_name },
  respondents: c.respondents,
  previousId: c.previous_campaign_id,
});

const actionView = (a: repo.ActionRow): LobScanAction => ({
  id: a.id,
  themeCode: a.theme_code as Theme,
  what: a.what,
  who: a.who,
  dueOn: a.due_on,
  status: a.status as LobScanAction['status'],
  reviewNote: a.review_note,
  reviewedAt: a.reviewed_at?.toISOString() ?? null,
});

const toFields = (problems: Problem[]) => problems.map((p) => ({ path: p.path, nl: p.message_nl, en: p.message_en }));

async function campaignFor(db: Queryable, actor: Actor, id: string) {
  const campaign = await repo.findCampaign(db, actor.institutionId, id, actor.id);
  if (!campaign) throw new AppError('not_found');
  const role = lobScanRole(actor, { institutionId: actor.institutionId, leaderId: campaign.leader_id, actorIsMember: campaign.is_member });
  return { campaign, role };
}

export async function list(ctx: AppContext, actor: Actor): Promise<{ items: LobScanRef[] }> {
  return { items: (await repo.campaignsFor(ctx.db, actor.institutionId, actor.id)).map(ref) };
}

async function prioritiesOf(db: Queryable, campaignId: string) {
  return (await repo.priorities(db, campaignId)).map((p) => ({ themeCode: p.theme_code as Theme, rank: p.rank, rationale: p.rationale }));
}

export async function results(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<LobScanResults> {
  const { campaign, role } = await campaignFor(ctx.db, actor, id);
  const scores = await repo.themeScores(ctx.db, campaign.id);
  const numbers = numberMembers(scores.map((s) => s.key));
  const byMember = new Map<number, Record<string, number | null>>();
  for (const s of scores) {
    const number = numbers.get(s.key) ?? 0;
    const row = byMember.get(number) ?? {};
    row[s.scale_code] = s.score;
    byMember.set(number, row);
  }
  const members = [...byMember.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, row]) => ({ number, scores: LOB_SCAN_THEMES.map((code) => row[code] ?? null) }));
  const spreads = themeSpreads([...byMember.values()].map((scores) => ({ scores })));

  let previous: LobScanResults['previous'] = null;
  if (campaign.previous_campaign_id) {
    const before = await repo.findCampaign(ctx.db, actor.institutionId, campaign.previous_campaign_id, actor.id);
    // Only a previous cycle of the same team is shown as this team's history.
    if (before && before.team_id === campaign.team_id) {
      const means = new Map((await repo.themeMeans(ctx.db, before.id)).map((m) => [m.scale_code, m.mean]));
      previous = {
        id: before.id,
        title: before.title,
        closesOn: before.closes_on,
        means: LOB_SCAN_THEMES.map((code) => ({ code, mean: means.has(code) ? Math.round((means.get(code) ?? 0) * 100) / 100 : null })),
        priorities: await prioritiesOf(ctx.db, before.id),
        actions: (await repo.actions(ctx.db, before.id)).map(actionView),
      };
    }
  }
  await audit(ctx.db, actor, 'lobscan.read', { entityType: 'survey_campaign', entityId: campaign.id }, ip);
  return {
    campaign: ref(campaign),
    role,
    invited: campaign.invited,
    scale: { min: LOB_SCAN.responseScale.min, max: LOB_SCAN.responseScale.max },
    themes: spreads.map((s) => {
      const text = THEME_TEXT.get(s.code);
      const empty = { nl: s.code, en: s.code };
      return { ...s, title: text?.title ?? empty, explanation: text?.explanation ?? empty, suggestion: text?.suggestion ?? empty };
    }),
    members,
    discuss: discussionThemes(spreads),
    priorities: await prioritiesOf(ctx.db, campaign.id),
    actions: (await repo.actions(ctx.db, campaign.id)).map(actionView),
    previous,
  };
}

export async function setPriorities(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { priorities: { themeCode: string; rank: number; rationale: string }[] },
  ip: string,
) {
  const { campaign } = await campaignFor(ctx.db, actor, id);
  const problems = priorityProblems(input.priorities);
  if (problems.length > 0) throw fieldErrors(actor, toFields(problems));
  await ctx.db.transaction().execute(async (trx) => {
    await repo.replacePriorities(trx, campaign.id, input.priorities);
    await audit(trx, actor, 'lobscan.priorities', { entityType: 'survey_campaign', entityId: campaign.id, detail: { count: input.priorities.length } }, ip);
  });
  return { items: await prioritiesOf(ctx.db, campaign.id) };
}

export async function addAction(ctx: AppContext, actor: Actor, id: string, input: { themeCode: string; what: string; who: string; dueOn: string }, ip: string): Promise<LobScanAction> {
  const { campaign } = await campaignFor(ctx.db, actor, id);
  const problems = actionProblems(input);
  if (problems.length > 0) throw fieldErrors(actor, toFields(problems));
  const actionId = await repo.insertAction(ctx.db, campaign.id, input);
  await audit(ctx.db, actor, 'lobscan.action-create', { entityType: 'lob_scan_action', entityId: actionId }, ip);
  return actionView(await actionOrThrow(ctx.db, actor, actionId));
}

async function actionOrThrow(db: Queryable, actor: Actor, id: string) {
  const action = await repo.findAction(db, actor.institutionId, id);
  if (!action) throw new AppError('not_found');
  return action;
}

/** Editing an action, or looking back on it in the next cycle (status plus a review note). */
export async function updateAction(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { what?: string; who?: string; dueOn?: string; status?: LobScanAction['status']; reviewNote?: string },
  ip: string,
): Promise<LobScanAction> {
  const action = await actionOrThrow(ctx.db, actor, id);
  await campaignFor(ctx.db, actor, action.campaign_id);
  const merged = { themeCode: action.theme_code, what: input.what ?? action.what, who: input.who ?? action.who, dueOn: input.dueOn ?? action.due_on };
  const problems = actionProblems(merged);
  if (problems.length > 0) throw fieldErrors(actor, toFields(problems));
  const review = input.reviewNote === undefined ? {} : input.reviewNote === '' ? { review_note: null, reviewed_at: null } : { review_note: input.reviewNote, reviewed_at: new Date() };
  await repo.updateAction(ctx.db, id, {
    ...(input.what === undefined ? {} : { what: input.what }),
    ...(input.who === undefined ? {} : { who: input.who }),
    ...(input.dueOn === undefined ? {} : { due_on: input.dueOn }),
    ...(input.status === undefined ? {} : { status: input.status }),
    ...review,
  });
  await audit(ctx.db, actor, 'lobscan.action-update', { entityType: 'lob_scan_action', entityId: id }, ip);
  return actionView(await actionOrThrow(ctx.db, actor, id));
}

export async function removeAction(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<void> {
  const action = await actionOrThrow(ctx.db, actor, id);
  await campaignFor(ctx.db, actor, action.campaign_id);
  await repo.deleteAction(ctx.db, id);
  await audit(ctx.db, actor, 'lobscan.action-delete', { entityType: 'lob_scan_action', entityId: id }, ip);
}
