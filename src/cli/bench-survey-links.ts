import { schoolYearOf } from '../domain/dates/school-year';
import { STUDENT_MONITOR_CODE } from '../domain/instruments/builtin/studentenmonitor';
import type { AppContext } from '../server/context';
import type { Actor } from '../server/policies/policy';
import * as instruments from '../server/repositories/instruments.repository';
import { insertCampaign, setStatus } from '../server/repositories/survey-campaigns.repository';
import { createInvitations, setTokens } from '../server/repositories/survey-invitations.repository';
import { insertDraft, saveAnswers } from '../server/repositories/survey-responses.repository';
import { surveyToday } from '../server/services/survey-answering.service';
import { hashToken, newToken } from '../server/services/tokens';

/*
 * A survey week for the benchmark: an open student-monitor campaign inviting every current
 * student, with links made for the invitations the load uses — `httpSlots` links answered over
 * HTTP, and `rawSlots` drafts whose answers the raw yardstick writes through the driver.
 */

export async function openSurveyWithLinks(ctx: AppContext, manager: Actor, httpSlots: number, rawSlots: number) {
  const version = await instruments.latestVersionOf(ctx.db, manager.institutionId, STUDENT_MONITOR_CODE);
  if (!version) throw new Error('student monitor not published');
  const today = surveyToday();
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const id = await insertCampaign(ctx.db, {
    institutionId: manager.institutionId, title: 'Benchmark enquêteweek', description: '', audience: 'students', anonymity: 'anonymous', feedsGuidance: false,
    teamId: null, opensOn: today, closesOn: closes, imported: false, previousCampaignId: null, createdBy: manager.id, versionIds: [version.id], targets: [],
  });
  await createInvitations(ctx.db, { id, institutionId: manager.institutionId, audience: 'students', teamId: null });
  await setStatus(ctx.db, id, 'open');
  const chosen = await ctx.db.selectFrom('survey_invitation').select('id').where('campaign_id', '=', id).orderBy('id').limit(httpSlots + rawSlots).execute();
  if (chosen.length < httpSlots + rawSlots) throw new Error('too few students for the survey scenario');
  const tokens = chosen.map(() => newToken());
  await setTokens(ctx.db, chosen.map((c) => c.id), tokens.map(hashToken));
  const year = schoolYearOf(new Date(`${today}T00:00:00Z`));
  const drafts = await Promise.all(chosen.slice(httpSlots).map((c) => insertDraft(ctx.db, { campaignId: id, invitationId: c.id, pseudonym: null, year })));
  return {
    tokens: tokens.slice(0, httpSlots),
    rawAnswer: (i: number, item: string, value: number) => saveAnswers(ctx.db, drafts[i % drafts.length] as string, { [item]: value }, []),
  };
}
