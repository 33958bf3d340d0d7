import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDENTENMONITOR } from '../../src/domain/instruments/builtin/index';
import type { InstrumentDefinition } from '../../src/domain/instruments/definition';
import type { CampaignDetail } from '../../src/shared/surveys';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { lisasProgramme, studentCampaign, surveys } from './campaigns.helpers';

/*
 * survey_response_pivot is kept by triggers; the report and export read nothing else. Here it is
 * compared with the answers and scores it is derived from, rebuilt in JavaScript from the
 * campaign's definitions, after every kind of write: autosave and submission, CSV import, the demo
 * seeds, direct changes and deletes.
 */

let t: TestApp;
let s: ReturnType<typeof surveys>;
let manager: string;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
  s = surveys(t);
  manager = await loginAs(t.app, 'manager@demo.koers.nl');
});
afterAll(async () => t?.close());

interface PivotRow {
  answers: (number | null)[] | null;
  scores: (number | null)[] | null;
}

/** What the pivot must hold: submitted responses with any answer or score, in questionnaire order. */
async function expectedPivot(campaignId: string): Promise<Map<string, PivotRow>> {
  const defs = await sql<{ definition: InstrumentDefinition | string }>`
    SELECT iv.definition FROM survey_campaign_instrument ci JOIN instrument_version iv ON iv.id = ci.instrument_version_id
    WHERE ci.campaign_id = ${campaignId} ORDER BY ci.position`.execute(t.ctx.db);
  const instruments = defs.rows.map((r) => (typeof r.definition === 'string' ? (JSON.parse(r.definition) as InstrumentDefinition) : r.definition));
  const items = instruments.flatMap((d) => d.scales.flatMap((sc) => sc.items));
  const scales = instruments.flatMap((d) => d.scales.map((sc) => sc.code));
  const answers = await sql<{ response_id: string; item_code: string; value: number }>`
    SELECT a.response_id, a.item_code, a.value FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
    WHERE r.campaign_id = ${campaignId} AND r.status = 'submitted'`.execute(t.ctx.db);
  const scores = await sql<{ response_id: string; scale_code: string; score: number }>`
    SELECT s.response_id, s.scale_code, s.score FROM survey_scale_score s JOIN survey_response r ON r.id = s.response_id
    WHERE r.campaign_id = ${campaignId} AND r.status = 'submitted'`.execute(t.ctx.db);
  const out = new Map<string, PivotRow>();
  const row = (id: string) => out.get(id) ?? out.set(id, { answers: null, scores: null }).get(id)!;
  for (const a of answers.rows) {
    const r = row(a.response_id);
    r.answers ??= items.map(() => null);
    items.forEach((code, i) => code === a.item_code && (r.answers![i] = a.value));
  }
  for (const sc of scores.rows) {
    const r = row(sc.response_id);
    r.scores ??= scales.map(() => null);
    scales.forEach((code, i) => code === sc.scale_code && (r.scores![i] = sc.score));
  }
  return out;
}

async function storedPivot(campaignId: string): Promise<Map<string, PivotRow>> {
  const rows = await t.ctx.db.selectFrom('survey_response_pivot').select(['response_id', 'answers', 'scores']).where('campaign_id', '=', campaignId).execute();
  // A column only one kind of trigger has written yet is NULL; as an aggregate it is all missing.
  return new Map(rows.map((r) => [r.response_id, { answers: r.answers?.some((v) => v !== null) ? r.answers : null, scores: r.scores?.some((v) => v !== null) ? r.scores : null }]));
}

async function expectInStep(campaignId: string): Promise<number> {
  const expected = await expectedPivot(campaignId);
  expect(await storedPivot(campaignId)).toEqual(expected);
  return expected.size;
}

describe('the per-response pivot', () => {
  it('matches the answers and scores of every demo campaign (bulk seed and the LOB-scan seed)', async () => {
    const campaigns = await t.ctx.db.selectFrom('survey_campaign').select('id').execute();
    let rows = 0;
    for (const c of campaigns) rows += await expectInStep(c.id);
    expect(rows).toBeGreaterThan(344);
  });

  it('gets a row at submission, not while a draft is autosaved', async () => {
    const { programmeId } = await lisasProgramme(t);
    const campaign = await s.create(manager, studentCampaign(programmeId, { title: 'Pivot' }));
    await s.open(manager, campaign.id);
    const student = await loginAs(t.app, 'student@demo.koers.nl');
    const mine = (await s.call('GET', '/api/survey-invitations', student)).json() as { items: { invitationId: string; title: string }[] };
    const invitationId = mine.items.find((i) => i.title === 'Pivot')?.invitationId;
    const answers = Object.fromEntries(STUDENTENMONITOR.items.map((item, i) => [item.code, 1 + (i % 4)]));
    expect((await s.call('PATCH', `/api/survey-invitations/${invitationId}/answers`, student, { answers })).statusCode).toBe(200);
    expect((await storedPivot(campaign.id)).size).toBe(0);

    expect((await s.call('POST', `/api/survey-invitations/${invitationId}/submit`, student)).statusCode).toBe(200);
    expect(await expectInStep(campaign.id)).toBe(1);
    const [row] = [...(await storedPivot(campaign.id)).values()];
    const firstItem = STUDENTENMONITOR.scales[0]!.items[0]!;
    expect(row!.answers![0]).toBe(answers[firstItem]);
    expect(row!.scores).toHaveLength(STUDENTENMONITOR.scales.length);
  });

  it('follows a CSV import, including a respondent with too few answers for any scale score', async () => {
    const campaign = (await (
      await s.call('POST', '/api/surveys', manager, { title: 'Pivot import', audience: 'students', anonymity: 'anonymous', opensOn: '2024-10-01', closesOn: '2024-10-31', instruments: ['studentenmonitor'], imported: true })
    ).json()) as CampaignDetail;
    const csv = ['respondent;gender;ple1;ple2;ple3;ple4;kz1;kz2;kz3', 'r1;v;4;3;;2;1;2;3', 'r2;m;2;;;;;;'].join('\n');
    const res = await t.app.inject({ method: 'POST', url: `/api/surveys/${campaign.id}/responses/import?mode=apply&filename=p.csv`, headers: { cookie: manager, 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(200);
    expect(await expectInStep(campaign.id)).toBe(2);
    const onlyAnswers = [...(await storedPivot(campaign.id)).values()].filter((r) => r.scores === null);
    expect(onlyAnswers).toHaveLength(1);
    expect(onlyAnswers[0]!.answers!.filter((v) => v !== null)).toEqual([2]);
  });

  it('follows changed answers and scores, and drops deleted responses', async () => {
    const campaign = await t.ctx.db.selectFrom('survey_campaign').select('id').where('title', '=', 'Studentenmonitor loopbaanleren').executeTakeFirstOrThrow();
    const [first, second] = await t.ctx.db.selectFrom('survey_response').select('id').where('campaign_id', '=', campaign.id).where('status', '=', 'submitted').orderBy('id').limit(2).execute();
    await sql`UPDATE survey_answer SET value = 5 - value WHERE response_id = ${first!.id}`.execute(t.ctx.db);
    await sql`DELETE FROM survey_scale_score WHERE response_id = ${first!.id} AND scale_code = 'keuzezekerheid'`.execute(t.ctx.db);
    await sql`UPDATE survey_scale_score SET score = score / 2 WHERE response_id = ${first!.id}`.execute(t.ctx.db);
    await sql`DELETE FROM survey_response WHERE id = ${second!.id}`.execute(t.ctx.db);
    expect(await expectInStep(campaign.id)).toBe(343);
    expect((await storedPivot(campaign.id)).has(second!.id)).toBe(false);
    await sql`UPDATE survey_response SET status = 'draft', submitted_at = NULL WHERE id = ${first!.id}`.execute(t.ctx.db);
    expect((await storedPivot(campaign.id)).has(first!.id)).toBe(false);
    await sql`UPDATE survey_response SET status = 'submitted', submitted_at = now() WHERE id = ${first!.id}`.execute(t.ctx.db);
    expect(await expectInStep(campaign.id)).toBe(343);
  });
});
