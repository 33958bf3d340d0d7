import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDENTENMONITOR } from '../../src/domain/instruments/builtin/index';
import { pseudonymFor, surveyToday } from '../../src/server/services/survey-answering.service';
import type { MySurvey, SurveyForm } from '../../src/shared/surveys';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { lisasProgramme, studentCampaign, surveys } from './campaigns.helpers';

let t: TestApp;
let s: ReturnType<typeof surveys>;
let manager: string;
let student: string;
let slb: string;
let lisaId: string;
let programmeId: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  s = surveys(t);
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
  student = await loginAs(t.app, 'student@demo.koers.nl');
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  lisaId = (await t.ctx.db.selectFrom('app_user').select('id').where('email', '=', 'student@demo.koers.nl').executeTakeFirstOrThrow()).id;
  programmeId = (await lisasProgramme(t)).programmeId;
});
afterAll(async () => t?.close());

/** Every item: 4 ("helemaal mee eens"). */
const allFours = Object.fromEntries(STUDENTENMONITOR.items.map((i) => [i.code, 4]));

async function openCampaign(extra: Parameters<typeof studentCampaign>[1] = {}) {
  const campaign = await s.create(manager, studentCampaign(programmeId, extra));
  const links = await s.open(manager, campaign.id);
  const mine = (await s.call('GET', '/api/survey-invitations', student)).json() as { items: MySurvey[] };
  const invitation = mine.items.find((i) => i.title === campaign.title && !i.started) ?? mine.items[mine.items.length - 1];
  if (!invitation) throw new Error('Lisa is invited');
  return { campaign, links, invitationId: invitation.invitationId };
}

describe('answering an anonymous campaign signed in', () => {
  let invitationId: string;
  let campaignId: string;

  it('shows the open invitation on the student start page list', async () => {
    const opened = await openCampaign({ title: 'Anoniem' });
    invitationId = opened.invitationId;
    campaignId = opened.campaign.id;
    const mine = (await s.call('GET', '/api/survey-invitations', student)).json() as { items: MySurvey[] };
    expect(mine.items.map((i) => i.title)).toContain('Anoniem');
  });

  it('gives the form only to the invitee', async () => {
    const form = await s.call('GET', `/api/survey-invitations/${invitationId}/form`, student);
    expect(form.statusCode).toBe(200);
    const body = form.json() as SurveyForm;
    expect(body.instrument.scales).toHaveLength(STUDENTENMONITOR.scales.length);
    expect(body.campaign.anonymity).toBe('anonymous');
    expect((await s.call('GET', `/api/survey-invitations/${invitationId}/form`, slb)).statusCode).toBe(404);
    expect((await s.call('GET', `/api/survey-invitations/${invitationId}/form`, manager)).statusCode).toBe(404);
  });

  it('autosaves valid answers, refuses values outside the scale, and refuses an incomplete submit', async () => {
    const bad = await s.call('PATCH', `/api/survey-invitations/${invitationId}/answers`, student, { answers: { ple1: 5 } });
    expect(bad.statusCode).toBe(400);
    const ok = await s.call('PATCH', `/api/survey-invitations/${invitationId}/answers`, student, { answers: { ple1: 3, ple2: 2 } });
    expect(ok.json()).toEqual({ saved: 2 });
    const resumed = (await s.call('GET', `/api/survey-invitations/${invitationId}/form`, student)).json() as SurveyForm;
    expect(resumed.answers).toEqual({ ple1: 3, ple2: 2 });
    const early = await s.call('POST', `/api/survey-invitations/${invitationId}/submit`, student);
    expect(early.statusCode).toBe(400);
    expect((early.json() as { error: { id: string } }).error.id).toBe('survey_incomplete');
  });

  it('submits once; concurrent and later submits are refused', async () => {
    await s.call('PATCH', `/api/survey-invitations/${invitationId}/answers`, student, { answers: allFours });
    const results = await Promise.all([1, 2, 3].map(() => s.call('POST', `/api/survey-invitations/${invitationId}/submit`, student)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    const again = await s.call('PATCH', `/api/survey-invitations/${invitationId}/answers`, student, { answers: { ple1: 1 } });
    expect((again.json() as { error: { id: string } }).error.id).toBe('survey_submitted');
    const submitted = await t.ctx.db.selectFrom('survey_response').select('id').where('campaign_id', '=', campaignId).where('status', '=', 'submitted').execute();
    expect(submitted).toHaveLength(1);
  });

  it('leaves nothing that links the response to the student, and scores it with reverse keying', async () => {
    const response = await t.ctx.db.selectFrom('survey_response').selectAll().where('campaign_id', '=', campaignId).executeTakeFirstOrThrow();
    expect(response.invitation_id).toBeNull();
    expect(response.pseudonym).toBeNull();
    expect(response.programme).not.toBeNull();
    // Times kept to the day, so the submit moment cannot be matched against the invitation.
    expect(new Date(response.submitted_at as Date).getUTCHours()).toBe(0);
    const inv = await t.ctx.db.selectFrom('survey_invitation').select('responded_at').where('id', '=', invitationId).executeTakeFirstOrThrow();
    expect(inv.responded_at).not.toBeNull();
    const scores = await t.ctx.db.selectFrom('survey_scale_score').select(['scale_code', 'score']).where('response_id', '=', response.id).execute();
    const byCode = Object.fromEntries(scores.map((x) => [x.scale_code, x.score]));
    expect(scores).toHaveLength(STUDENTENMONITOR.scales.length);
    expect(byCode.ple ?? byCode.praktijkgericht).toBe(4);
    // kz3 and uv3 are reverse keyed: 4, 4, (4→1) gives 3.
    expect(byCode.keuzezekerheid).toBe(3);
    expect(byCode.uitvalrisico).toBe(3);
    const mine = (await s.call('GET', '/api/survey-invitations', student)).json() as { items: MySurvey[] };
    expect(mine.items.map((i) => i.invitationId)).not.toContain(invitationId);
  });
});

describe('a pseudonymous campaign shared with guidance, answered through the link', () => {
  it('keeps a stable pseudonym and the invitation link, and the link stops after submit', async () => {
    const { campaign, links } = await openCampaign({ title: 'Pseudoniem', anonymity: 'pseudonymous', feedsGuidance: true });
    const lisaName = (await t.ctx.db.selectFrom('app_user').select('display_name').where('id', '=', lisaId).executeTakeFirstOrThrow()).display_name;
    const link = links.links.find((l) => l.name === lisaName)?.link;
    if (!link) throw new Error('a link for Lisa');
    const token = link.split('/vragenlijst/')[1] as string;
    const form = await s.call('GET', `/api/survey-link/${token}`);
    expect(form.statusCode).toBe(200);
    expect((form.json() as SurveyForm).campaign.feedsGuidance).toBe(true);
    expect((await s.call('PATCH', `/api/survey-link/${token}`, undefined, { answers: allFours })).statusCode).toBe(200);
    expect((await s.call('POST', `/api/survey-link/${token}/submit`)).statusCode).toBe(200);
    expect((await s.call('GET', `/api/survey-link/${token}`)).statusCode).toBe(409);
    expect((await s.call('GET', '/api/survey-link/not-a-real-token-but-long-enough')).statusCode).toBe(404);

    const response = await t.ctx.db.selectFrom('survey_response').selectAll().where('campaign_id', '=', campaign.id).executeTakeFirstOrThrow();
    expect(response.invitation_id).not.toBeNull();
    expect(response.pseudonym).toBe(pseudonymFor(campaign.id, lisaId));
    expect(pseudonymFor(campaign.id, lisaId)).toBe(pseudonymFor(campaign.id, lisaId));
  });

  it('a reminder replaces the old link', async () => {
    const { campaign, links } = await openCampaign({ title: 'Herinnering', anonymity: 'pseudonymous' });
    const old = (links.links[0]?.link ?? '').split('/vragenlijst/')[1] as string;
    expect((await s.call('GET', `/api/survey-link/${old}`)).statusCode).toBe(200);
    const reminder = await s.call('POST', `/api/surveys/${campaign.id}/remind`, manager);
    expect(reminder.statusCode).toBe(200);
    expect((await s.call('GET', `/api/survey-link/${old}`)).statusCode).toBe(404);
  });
});

describe('a closed campaign', () => {
  it('can no longer be answered', async () => {
    const { campaign, invitationId } = await openCampaign({ title: 'Gesloten' });
    expect((await s.call('POST', `/api/surveys/${campaign.id}/close`, manager)).statusCode).toBe(200);
    const res = await s.call('GET', `/api/survey-invitations/${invitationId}/form`, student);
    expect(res.statusCode).toBe(410);
  });
});

describe('campaign dates', () => {
  it('follow the Dutch calendar day, not the UTC one', () => {
    expect(surveyToday(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
    expect(surveyToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(surveyToday(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });
});

/*
 * Once an invitation has a draft, autosave takes a one-statement path that remembers the
 * invitation per process; these check that everything the locked path refuses, it refuses too.
 */
describe('autosave after the first answer', () => {
  const answerOf = async (campaignId: string, code: string) =>
    (await t.ctx.db.selectFrom('survey_answer as a').innerJoin('survey_response as r', 'r.id', 'a.response_id').select('a.value').where('r.campaign_id', '=', campaignId).where('a.item_code', '=', code).executeTakeFirst())?.value;

  it('saves and clears, and still refuses another user and bad values', async () => {
    const { campaign, invitationId } = await openCampaign({ title: 'Snel opslaan' });
    const path = `/api/survey-invitations/${invitationId}/answers`;
    expect((await s.call('PATCH', path, student, { answers: { ple1: 2 } })).json()).toEqual({ saved: 1 });
    expect((await s.call('PATCH', path, student, { answers: { ple1: 3, ple2: 1 } })).json()).toEqual({ saved: 2 });
    expect((await s.call('PATCH', path, student, { answers: { ple2: null } })).json()).toEqual({ saved: 1 });
    expect(await answerOf(campaign.id, 'ple1')).toBe(3);
    expect(await answerOf(campaign.id, 'ple2')).toBeUndefined();
    expect((await s.call('PATCH', path, slb, { answers: { ple1: 1 } })).statusCode).toBe(404);
    expect((await s.call('PATCH', path, student, { answers: { ple1: 9 } })).statusCode).toBe(400);
    expect((await s.call('PATCH', path, student, { answers: { onbekend: null } })).statusCode).toBe(400);
    expect(await answerOf(campaign.id, 'ple1')).toBe(3);
  });

  it('stops when the campaign closes', async () => {
    const { campaign, invitationId } = await openCampaign({ title: 'Sluit tijdens invullen' });
    const path = `/api/survey-invitations/${invitationId}/answers`;
    expect((await s.call('PATCH', path, student, { answers: { ple1: 2 } })).statusCode).toBe(200);
    expect((await s.call('POST', `/api/surveys/${campaign.id}/close`, manager)).statusCode).toBe(200);
    const late = await s.call('PATCH', path, student, { answers: { ple1: 4 } });
    expect(late.statusCode).toBe(410);
    expect(await answerOf(campaign.id, 'ple1')).toBe(2);
  });

  it('stops for a link replaced by a reminder', async () => {
    const { campaign, links } = await openCampaign({ title: 'Link vervangen', anonymity: 'pseudonymous' });
    const token = (links.links[0]?.link ?? '').split('/vragenlijst/')[1] as string;
    expect((await s.call('PATCH', `/api/survey-link/${token}`, undefined, { answers: { ple1: 2 } })).statusCode).toBe(200);
    expect((await s.call('POST', `/api/surveys/${campaign.id}/remind`, manager)).statusCode).toBe(200);
    expect((await s.call('PATCH', `/api/survey-link/${token}`, undefined, { answers: { ple1: 4 } })).statusCode).toBe(404);
  });

  it('never changes an answer after a submit that runs at the same time', async () => {
    const { campaign, links } = await openCampaign({ title: 'Gelijktijdig', anonymity: 'pseudonymous' });
    const token = (links.links[0]?.link ?? '').split('/vragenlijst/')[1] as string;
    expect((await s.call('PATCH', `/api/survey-link/${token}`, undefined, { answers: allFours })).statusCode).toBe(200);
    const [submitted, ...saves] = await Promise.all([
      s.call('POST', `/api/survey-link/${token}/submit`),
      ...[1, 2, 3, 4].map(() => s.call('PATCH', `/api/survey-link/${token}`, undefined, { answers: { ple1: 1 } })),
    ]);
    expect(submitted?.statusCode).toBe(200);
    for (const save of saves) expect([200, 409]).toContain(save.statusCode);
    const response = await t.ctx.db.selectFrom('survey_response').select('id').where('campaign_id', '=', campaign.id).where('status', '=', 'submitted').executeTakeFirstOrThrow();
    const pivot = await t.ctx.db.selectFrom('survey_response_pivot').select('answers').where('response_id', '=', response.id).executeTakeFirstOrThrow();
    // What was handed in is what is stored: a save either came before the submit (and is in both) or was refused.
    const stored = await answerOf(campaign.id, 'ple1');
    const layout = await sql<{ item_codes: string[] }>`SELECT item_codes FROM survey_campaign_layout WHERE campaign_id = ${campaign.id}`.execute(t.ctx.db);
    expect(pivot.answers?.[layout.rows[0]?.item_codes.indexOf('ple1') ?? -1]).toBe(stored);
    expect(saves.some((r) => r.statusCode === 200)).toBe(stored === 1);
    expect((await s.call('PATCH', `/api/survey-link/${token}`, undefined, { answers: { ple1: 2 } })).statusCode).toBe(409);
  });
});
