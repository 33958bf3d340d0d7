import { useOf, type InstrumentDefinition } from '../../domain/instruments/definition';
import { allowed, campaignProblems, STAFF_TARGET_ROLES, type Audience, type CampaignAction } from '../../domain/surveys/campaign';
import type { CampaignDetail, CampaignInput, CampaignOptions, CampaignSummary, LinksResult } from '../../shared/surveys';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCampaignManager, assertCan, type Actor } from '../policies/policy';
import * as instruments from '../repositories/instruments.repository';
import * as repo from '../repositories/survey-campaigns.repository';
import * as invitations from '../repositories/survey-invitations.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';
import { surveyLink, surveyMail } from './survey-mail.service';
import { hashToken, newToken } from './tokens';

/*
 * Survey campaigns of the quality monitor: a manager chooses questionnaires, audience and period;
 * opening the campaign invites everyone in one statement and makes their links. Managers see how
 * many in each group responded — never who answered what.
 */

function audiencesOf(definition: InstrumentDefinition): Audience[] {
  const use = useOf(definition);
  if (use === 'team-scan') return ['team'];
  if (use !== 'survey') return [];
  const roles = definition.respondents.map((r) => r.role);
  const out: Audience[] = [];
  if (roles.includes('student')) out.push('students');
  if (roles.some((r) => r !== 'student' && r !== 'supervisor')) out.push('staff');
  return out;
}

export async function campaignOptions(ctx: AppContext, actor: Actor): Promise<CampaignOptions> {
  assertCan(actor, 'surveys.manage');
  const versions = await instruments.latestVersions(ctx.db, actor.institutionId);
  const list = versions.flatMap((row) => {
    const d = definitionOf(row);
    const use = useOf(d);
    return use === 'measurement' ? [] : [{ code: d.code, version: d.version, title: d.title, description: d.description, use, audiences: audiencesOf(d) }];
  });
  return {
    instruments: list,
    programmes: await repo.programmesWithCohorts(ctx.db, actor.institutionId),
    teams: await repo.teams(ctx.db, actor.institutionId),
    roles: [...STAFF_TARGET_ROLES],
  };
}

function summaryOf(row: repo.CampaignRow): CampaignSummary {
  return {
    id: row.id,
    title: row.title,
    audience: row.audience,
    anonymity: row.anonymity,
    status: row.status,
    imported: row.imported,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    invited: row.invited,
    responded: row.responded,
    responses: row.responses,
  };
}

export async function listCampaigns(ctx: AppContext, actor: Actor): Promise<{ items: CampaignSummary[] }> {
  assertCan(actor, 'surveys.manage');
  return { items: (await repo.listCampaigns(ctx.db, actor.institutionId)).map(summaryOf) };
}

export async function createCampaign(ctx: AppContext, actor: Actor, input: CampaignInput & { description: string; feedsGuidance: boolean; teamId: string | null; targets: NonNullable<CampaignInput['targets']>; imported: boolean; previousCampaignId: string | null }, ip: string) {
  assertCan(actor, 'surveys.manage');
  const rows = await Promise.all(input.instruments.map((code) => instruments.latestVersionOf(ctx.db, actor.institutionId, code)));
  const unknown = input.instruments.filter((_, i) => !rows[i]);
  const found = rows.flatMap((r) => (r ? [{ id: r.id, definition: definitionOf(r) }] : []));
  const targets = input.targets.map((t) => ({ programmeId: t.programmeId ?? null, cohortId: t.cohortId ?? null, role: t.role ?? null }));
  const problems = [
    ...unknown.map((code) => ({ path: 'instruments', message_nl: `Vragenlijst "${code}" bestaat niet.`, message_en: `Questionnaire "${code}" does not exist.` })),
    ...campaignProblems({ ...input, targets }, found.map((f) => f.definition)),
  ];
  const foreign = await repo.foreignReferences(ctx.db, actor.institutionId, {
    programmeIds: targets.flatMap((t) => (t.programmeId ? [t.programmeId] : [])),
    cohortIds: targets.flatMap((t) => (t.cohortId ? [t.cohortId] : [])),
    teamId: input.teamId,
  });
  if (foreign > 0) problems.push({ path: 'targets', message_nl: 'Een gekozen opleiding, cohort of team bestaat niet.', message_en: 'A chosen programme, cohort or team does not exist.' });
  if (input.previousCampaignId && !(await repo.campaignExists(ctx.db, actor.institutionId, input.previousCampaignId)))
    problems.push({ path: 'previousCampaignId', message_nl: 'De vorige campagne bestaat niet.', message_en: 'The previous campaign does not exist.' });
  if (problems.length > 0) {
    throw new AppError('survey_invalid', { problems: problems.map((p) => ({ path: p.path, message: actor.language === 'en' ? p.message_en : p.message_nl })) });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertCampaign(trx, {
      institutionId: actor.institutionId,
      title: input.title,
      description: input.description,
      audience: input.audience,
      anonymity: input.anonymity,
      feedsGuidance: input.feedsGuidance,
      teamId: input.teamId,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      imported: input.imported,
      previousCampaignId: input.previousCampaignId,
      createdBy: actor.id,
      versionIds: found.map((f) => f.id),
      targets,
    });
    await audit(trx, actor, 'survey.create', { entityType: 'survey_campaign', entityId: id, detail: { audience: input.audience, imported: input.imported } }, ip);
    return detailOf(ctx, trx, id);
  });
}

async function detailOf(ctx: AppContext, db: Queryable, id: string): Promise<CampaignDetail> {
  const row = await repo.findCampaign(db, id);
  if (!row) throw new AppError('not_found');
  const versions = await repo.campaignVersions(db, id);
  const targets = await repo.targetLabels(db, id);
  const rates = await repo.responseRates(db, id);
  const kinds = row.audience === 'students' ? ['programme', 'cohort'] : row.audience === 'staff' ? ['role'] : [];
  const reminders = await repo.reminderStats(db, id);
  const imports = await repo.importsOf(db, id);
  return {
    ...summaryOf(row),
    description: row.description,
    feedsGuidance: row.feeds_guidance,
    team: row.team_id ? { id: row.team_id, name: row.team_name ?? '' } : null,
    instruments: versions.map((v) => ({ id: v.id, code: v.code, version: v.version, title: definitionOf(v).title })),
    targets: targets.map((t) =>
      t.role ? { kind: 'role' as const, label: t.role } : t.cohort ? { kind: 'cohort' as const, label: `${t.programme ?? ''} · ${t.cohort}` } : { kind: 'programme' as const, label: t.programme ?? '' },
    ),
    rates: [
      { kind: row.audience === 'team' ? ('team' as const) : ('all' as const), label: row.team_name ?? '', invited: row.invited, responded: row.responded },
      ...rates.filter((r) => kinds.includes(r.kind)),
    ],
    reminders: { last: reminders.last ? new Date(reminders.last).toISOString() : null, count: reminders.count },
    imports: imports.map((i) => ({ id: i.id, fileName: i.file_name, status: i.status as 'checked' | 'rejected' | 'applied', rows: i.row_count, createdAt: i.created_at.toISOString() })),
    mailDelivers: ctx.mailer.delivers,
  };
}

async function loadManaged(db: Queryable, actor: Actor, id: string, action?: CampaignAction, forUpdate = false): Promise<repo.CampaignRow> {
  const row = await repo.findCampaign(db, id, { forUpdate });
  if (!row) throw new AppError('not_found');
  assertCampaignManager(actor, { institutionId: row.institution_id });
  if (action && !allowed(action, row)) throw new AppError('survey_state');
  return row;
}

export async function getCampaign(ctx: AppContext, actor: Actor, id: string): Promise<CampaignDetail> {
  await loadManaged(ctx.db, actor, id);
  return detailOf(ctx, ctx.db, id);
}

/**
 * Makes new links for everyone who has not responded yet and mails them when mail leaves Koers;
 * otherwise (or for someone without an address) the link is returned once for copying.
 */
async function issueLinks(ctx: AppContext, trx: Queryable, row: repo.CampaignRow, base: string, how: { reminder: boolean; mail: boolean }): Promise<LinksResult & { ids: string[] }> {
  const people = await invitations.nonResponders(trx, row.id);
  const tokens = people.map(() => newToken());
  await invitations.setTokens(trx, people.map((p) => p.id), tokens.map(hashToken));
  const links: LinksResult['links'] = [];
  let mailed = 0;
  for (const [i, person] of people.entries()) {
    const link = surveyLink(base, tokens[i] as string);
    if (how.mail && ctx.mailer.delivers && person.email) {
      const language = person.language === 'en' ? 'en' : 'nl';
      const mail = surveyMail({ language, name: person.name, title: row.title, closesOn: row.closes_on, anonymous: row.anonymity === 'anonymous', link, reminder: how.reminder });
      await ctx.mailer.send({ institutionId: row.institution_id, to: person.email, subject: mail.subject, body: mail.body }, trx);
      mailed++;
    } else links.push({ name: person.name, email: person.email, link });
  }
  return { mailSent: mailed > 0 && links.length === 0, count: people.length, links, ids: people.map((p) => p.id) };
}

export async function openCampaign(ctx: AppContext, actor: Actor, id: string, base: string, ip: string): Promise<LinksResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadManaged(trx, actor, id, 'open', true);
    await repo.setStatus(trx, id, 'open');
    const invited = await invitations.createInvitations(trx, { id, institutionId: row.institution_id, audience: row.audience, teamId: row.team_id });
    const { ids: _ids, ...result } = await issueLinks(ctx, trx, { ...row, status: 'open' }, base, { reminder: false, mail: true });
    await audit(trx, actor, 'survey.open', { entityType: 'survey_campaign', entityId: id, detail: { invited } }, ip);
    return result;
  });
}

export async function closeCampaign(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<CampaignDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    await loadManaged(trx, actor, id, 'close', true);
    await repo.setStatus(trx, id, 'closed');
    await audit(trx, actor, 'survey.close', { entityType: 'survey_campaign', entityId: id }, ip);
  });
  return detailOf(ctx, ctx.db, id);
}

/** Reminds only those who have not responded; their new link replaces the old one. */
export async function remind(ctx: AppContext, actor: Actor, id: string, base: string, ip: string): Promise<LinksResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadManaged(trx, actor, id, 'remind', true);
    const { ids, ...result } = await issueLinks(ctx, trx, row, base, { reminder: true, mail: true });
    await invitations.markReminded(trx, ids);
    await audit(trx, actor, 'survey.remind', { entityType: 'survey_campaign', entityId: id, detail: { reminded: ids.length } }, ip);
    return result;
  });
}

/** New links for copying (e.g. when mail is not set up and the first list was lost). */
export async function newLinks(ctx: AppContext, actor: Actor, id: string, base: string, ip: string): Promise<LinksResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadManaged(trx, actor, id, 'links', true);
    const { ids, ...result } = await issueLinks(ctx, trx, row, base, { reminder: false, mail: false });
    await audit(trx, actor, 'survey.links', { entityType: 'survey_campaign', entityId: id, detail: { links: ids.length } }, ip);
    return result;
  });
}
