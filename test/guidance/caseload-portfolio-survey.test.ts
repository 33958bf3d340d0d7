import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/guidance';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf } from '../competencies/helpers';

/*
 * The caseload signals that come from the portfolio and from surveys, through the real caseload
 * query: only dates from the portfolio, only campaigns that feed guidance from the surveys.
 */

let t: TestApp;
let slb: string;
let lisa: string;
let institutionId: string;
let managerId: string;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  lisa = await idOf(t, 'student@demo.koers.nl');
  managerId = await idOf(t, 'manager@demo.koers.nl');
  institutionId = (await t.ctx.db.selectFrom('app_user').select('institution_id').where('id', '=', lisa).executeTakeFirstOrThrow()).institution_id;
});
afterAll(async () => t?.close());

const lisaRow = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/caseload?q=lisa', headers: { cookie: slb } });
  expect(res.statusCode, res.body).toBe(200);
  const [row] = res.json() as CaseloadRow[];
  return row!;
};
const codes = async () => (await lisaRow()).signals.map((s) => s.code);

/** A submitted survey response of Lisa's with these two scores, in a campaign that does or does not feed guidance. */
async function surveyResponse(feedsGuidance: boolean, submittedAt: string, certainty: number, risk: number): Promise<void> {
  const campaign = await sql<{ id: string }>`
    INSERT INTO survey_campaign (institution_id, title, audience, anonymity, feeds_guidance, opens_on, closes_on, status, created_by)
    VALUES (${institutionId}, ${`Monitor ${submittedAt}`}, 'students', 'pseudonymous', ${feedsGuidance}, '2026-09-01', '2026-12-31', 'open', ${managerId})
    RETURNING id`.execute(t.ctx.db);
  const campaignId = campaign.rows[0]!.id;
  const invitation = await sql<{ id: string }>`
    INSERT INTO survey_invitation (campaign_id, user_id, token_hash, responded_at)
    VALUES (${campaignId}, ${lisa}, ${`hash-${campaignId}`}, ${submittedAt}::timestamptz) RETURNING id`.execute(t.ctx.db);
  const response = await sql<{ id: string }>`
    INSERT INTO survey_response (campaign_id, invitation_id, pseudonym, status, submitted_at)
    VALUES (${campaignId}, ${invitation.rows[0]!.id}, 'P1', 'submitted', ${submittedAt}::timestamptz) RETURNING id`.execute(t.ctx.db);
  await sql`INSERT INTO survey_scale_score (response_id, scale_code, score) VALUES
    (${response.rows[0]!.id}, 'keuzezekerheid', ${certainty}), (${response.rows[0]!.id}, 'uitvalrisico', ${risk})`.execute(t.ctx.db);
}

describe('caseload signals from the portfolio and surveys', () => {
  it('flags a portfolio without recent changes, and stops once the student works on it again', async () => {
    await sql`DELETE FROM portfolio_evidence WHERE student_id = ${lisa}`.execute(t.ctx.db);
    await sql`DELETE FROM portfolio_goal WHERE student_id = ${lisa}`.execute(t.ctx.db);
    expect(await codes()).toContain('portfolio_stil');
    // A private reflection (not for guidance) still counts as activity: only its date is used.
    await sql`INSERT INTO portfolio_evidence (institution_id, student_id, kind, template, title, for_guidance, updated_at)
      VALUES (${institutionId}, ${lisa}, 'reflection', 'free', 'Old', false, now() - interval '70 days')`.execute(t.ctx.db);
    const quiet = (await lisaRow()).signals.find((s) => s.code === 'portfolio_stil');
    expect(quiet?.explanation).toMatch(/10 weken/);
    expect(quiet?.explanation).not.toContain('Old');
    await sql`INSERT INTO portfolio_evidence (institution_id, student_id, kind, template, title, for_guidance)
      VALUES (${institutionId}, ${lisa}, 'reflection', 'free', 'Private', false)`.execute(t.ctx.db);
    expect(await codes()).not.toContain('portfolio_stil');
  });

  it('uses only surveys that feed guidance: falling certainty and a high dropout risk from the latest', async () => {
    await surveyResponse(false, '2026-11-20T10:00:00Z', 1.0, 4.0);
    expect(await codes()).not.toContain('uitvalrisico_hoog');
    expect(await codes()).not.toContain('keuzezekerheid_laag');

    await surveyResponse(true, '2026-09-20T10:00:00Z', 3.5, 1.5);
    await surveyResponse(true, '2026-11-01T10:00:00Z', 2.25, 3.25);
    const row = await lisaRow();
    const found = row.signals.map((s) => s.code);
    expect(found).toEqual(expect.arrayContaining(['keuzezekerheid_laag', 'keuzezekerheid_dalend', 'uitvalrisico_hoog']));
    expect(row.light).toBe('red');
    expect(row.signals.find((s) => s.code === 'keuzezekerheid_dalend')?.explanation).toContain('3,5 naar 2,3');
  });

  it('lets the admin set the new thresholds', async () => {
    const admin = await loginAs(t.app, 'admin@demo.koers.nl');
    const current = (await t.app.inject({ method: 'GET', url: '/api/admin/signal-settings', headers: { cookie: admin } })).json();
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/signal-settings',
      headers: { cookie: admin },
      payload: { ...current, highDropoutRisk: 3.5, lowChoiceCertainty: 2 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const found = await codes();
    expect(found).not.toContain('uitvalrisico_hoog');
    expect(found).not.toContain('keuzezekerheid_laag');
    expect(found).toContain('keuzezekerheid_dalend');
    const bad = await t.app.inject({ method: 'PUT', url: '/api/admin/signal-settings', headers: { cookie: admin }, payload: { ...current, highDropoutRisk: 7 } });
    expect(bad.statusCode).toBe(400);
  });
});
