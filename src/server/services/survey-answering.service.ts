import { createHash } from 'node:crypto';
import { schoolYearOf } from '../../domain/dates/school-year';
import type { InstrumentDefinition } from '../../domain/instruments/definition';
import { scoreResponse } from '../../domain/instruments/scoring';
import { mergeInstruments } from '../../domain/surveys/campaign';
import { scoringKey } from '../../domain/surveys/scoring-key';
import type { MySurvey, SurveyForm } from '../../shared/surveys';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertSurveyInvitee, type Actor } from '../policies/policy';
import * as campaigns from '../repositories/survey-campaigns.repository';
import * as invitations from '../repositories/survey-invitations.repository';
import * as responses from '../repositories/survey-responses.repository';
import type { Queryable } from '../repositories/types';
import { checkedPatch } from './answering';
import { definitionOf, present } from './instruments.service';
import { hashToken } from './tokens';

/*
 * Answering a survey: signed in (the invitation is the actor's own) or through the invitation's
 * link (the token is the credential). Every call locks the invitation, so autosave and submit
 * through two tabs or devices never interleave, and a second submit finds it already done.
 */

// Made once: building a formatter cost more than an autosave's whole database round trip.
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Campaign dates are Dutch calendar days: a campaign that opens "today" must open at midnight in
 * the Netherlands, not one or two hours later when the UTC date turns.
 */
export function surveyToday(now = new Date()): string {
  return DUTCH_DAY.format(now);
}

type Access = { actor: Actor; invitationId: string } | { token: string };

/** A stable code per person and campaign: reports of a pseudonymous campaign show this, never a name. */
export function pseudonymFor(campaignId: string, userId: string): string {
  return `R-${createHash('sha256').update(`${campaignId}:${userId}`).digest('hex').slice(0, 10).toUpperCase()}`;
}

export async function mySurveys(ctx: AppContext, actor: Actor): Promise<{ items: MySurvey[] }> {
  const rows = await invitations.openFor(ctx.db, actor.id, surveyToday());
  return { items: rows.map((r) => ({ invitationId: r.id, title: r.title, closesOn: r.closes_on, started: r.started })) };
}

async function openInvitation(db: Queryable, access: Access): Promise<invitations.InvitationRow> {
  let row: invitations.InvitationRow | undefined;
  if ('token' in access) {
    row = access.token.length >= 20 && access.token.length <= 100 ? await invitations.findInvitation(db, { tokenHash: hashToken(access.token) }, true) : undefined;
    if (!row) throw new AppError('survey_link_invalid');
  } else {
    row = await invitations.findInvitation(db, { id: access.invitationId }, true);
    if (!row) throw new AppError('not_found');
    assertSurveyInvitee(access.actor, { userId: row.user_id, institutionId: row.institution_id });
  }
  if (row.responded_at) throw new AppError('survey_submitted');
  const day = surveyToday();
  if (row.status !== 'open' || day < row.opens_on || day > row.closes_on) throw new AppError('survey_closed');
  return row;
}

/*
 * A campaign's instruments are fixed when it is made and instrument versions never change, so the
 * parsed (and merged) definitions can be kept per process without invalidation; autosave then
 * reads no JSON from the database. Bounded, least recently used first out.
 */
interface CampaignDefinitions {
  defs: InstrumentDefinition[];
  merged: InstrumentDefinition;
}
const definitionCache = new Map<string, CampaignDefinitions>();
const CACHED_CAMPAIGNS = 200;

function remember<K, V>(cache: Map<K, V>, key: K, value: V, bound: number): void {
  cache.delete(key);
  cache.set(key, value);
  for (const old of cache.keys()) {
    if (cache.size <= bound) break;
    cache.delete(old);
  }
}

async function definitionsOf(db: Queryable, campaignId: string): Promise<CampaignDefinitions> {
  const hit = definitionCache.get(campaignId);
  if (hit) {
    remember(definitionCache, campaignId, hit, CACHED_CAMPAIGNS);
    return hit;
  }
  const defs = (await campaigns.campaignVersions(db, campaignId)).map(definitionOf);
  const merged = mergeInstruments(defs);
  if (!merged) throw new AppError('internal');
  const entry = { defs, merged };
  remember(definitionCache, campaignId, entry, CACHED_CAMPAIGNS);
  return entry;
}

/*
 * What autosave needs to know of an invitation that has a draft response never changes for that
 * invitation (its campaign, invitee and response), so it is kept per process as well; whether the
 * invitation may still be answered is checked by the saving statement itself, under the lock.
 * Keyed by token hash or invitation id; a rotated token or a deleted invitation simply misses.
 * For an anonymous campaign this is the invitation–response link the database cuts at submission:
 * it lives only in this process's memory (never written, logged or answered), is dropped when the
 * response is handed in or refused here, and otherwise ages out (decision 015).
 */
interface AnswerTarget {
  invitationId: string;
  campaignId: string;
  responseId: string;
  userId: string;
  institutionId: string;
}
const answerTargets = new Map<string, AnswerTarget>();
const CACHED_TARGETS = 20_000;

const targetKey = (access: Access) => ('token' in access ? `t:${hashToken(access.token)}` : `i:${access.invitationId}`);

function withInvitation<T>(ctx: AppContext, access: Access, work: (trx: Queryable, inv: invitations.InvitationRow, responseId: string, defs: CampaignDefinitions) => Promise<T>) {
  return ctx.db.transaction().execute(async (trx) => {
    const invitation = await openInvitation(trx, access);
    const responseId =
      invitation.response_id ??
      (await responses.insertDraft(trx, {
        campaignId: invitation.campaign_id,
        invitationId: invitation.id,
        pseudonym: invitation.anonymity === 'pseudonymous' ? pseudonymFor(invitation.campaign_id, invitation.user_id) : null,
        year: schoolYearOf(new Date(`${invitation.opens_on}T00:00:00Z`)),
      }));
    return work(trx, invitation, responseId, await definitionsOf(trx, invitation.campaign_id));
  });
}

async function formOf(db: Queryable, invitation: invitations.InvitationRow, responseId: string, { merged }: CampaignDefinitions, status: 'draft' | 'submitted'): Promise<SurveyForm> {
  const campaign = await campaigns.findCampaign(db, invitation.campaign_id);
  if (!campaign) throw new AppError('internal');
  const view = present(invitation.campaign_id, merged);
  return {
    campaign: { title: campaign.title, description: campaign.description, anonymity: campaign.anonymity, feedsGuidance: campaign.feeds_guidance, closesOn: campaign.closes_on },
    instrument: { ...view, code: 'campaign', title: { nl: campaign.title, en: campaign.title }, description: merged.description },
    status,
    answers: status === 'draft' ? await responses.answersOf(db, responseId) : {},
  };
}

export function getForm(ctx: AppContext, access: Access): Promise<SurveyForm> {
  return withInvitation(ctx, access, (trx, inv, responseId, defs) => formOf(trx, inv, responseId, defs, 'draft'));
}

/**
 * Stores a set of answers (null clears one) — all or nothing. Once an invitation has a draft, an
 * autosave is one statement (survey weeks bring thousands of these a second); the first answer, and
 * any save the short path refuses, go through the locked transaction, which also names the reason.
 */
export async function saveAnswers(ctx: AppContext, access: Access, patch: Record<string, number | null>, language: 'nl' | 'en'): Promise<{ saved: number }> {
  const key = targetKey(access);
  const target = answerTargets.get(key);
  if (target) {
    if ('actor' in access) assertSurveyInvitee(access.actor, target);
    const { set, clear } = checkedPatch((await definitionsOf(ctx.db, target.campaignId)).merged, patch, language);
    const tokenHash = 'token' in access ? key.slice(2) : null;
    if (await responses.saveAnswersIfOpen(ctx.db, { ...target, tokenHash, today: surveyToday() }, set, clear)) return { saved: Object.keys(set).length + clear.length };
    answerTargets.delete(key);
  }
  return withInvitation(ctx, access, async (trx, invitation, responseId, { merged }) => {
    const { set, clear } = checkedPatch(merged, patch, language);
    await responses.saveAnswers(trx, responseId, set, clear);
    remember(answerTargets, key, { invitationId: invitation.id, campaignId: invitation.campaign_id, responseId, userId: invitation.user_id, institutionId: invitation.institution_id }, CACHED_TARGETS);
    return { saved: Object.keys(set).length + clear.length };
  });
}

/**
 * Hands the response in: scored in SQL, the invitation marked, and — when anonymous — the
 * response cut loose from the invitation in the same transaction.
 */
export function submit(ctx: AppContext, access: Access): Promise<SurveyForm> {
  return withInvitation(ctx, access, async (trx, invitation, responseId, defs) => {
    answerTargets.delete(targetKey(access));
    const answers = await responses.answersOf(trx, responseId);
    const short = defs.defs.flatMap((d) => scoreResponse(d, answers).scales.filter((s) => s.score === null).map((s) => s.code));
    if (short.length > 0) throw new AppError('survey_incomplete', { scales: short });
    await responses.writeScaleScores(trx, [responseId], scoringKey(defs.defs));
    await invitations.markResponded(trx, invitation.id);
    await responses.submit(trx, responseId, invitation.anonymity === 'anonymous');
    return formOf(trx, invitation, responseId, defs, 'submitted');
  });
}
