import { sql } from 'kysely';
import type { Queryable } from './types';

/** LOB-scan cycles (team campaigns), their theme scores per respondent, and the team's plan. */

export interface LobScanCampaignRow {
  id: string;
  title: string;
  status: 'draft' | 'open' | 'closed';
  opens_on: string;
  closes_on: string;
  previous_campaign_id: string | null;
  team_id: string;
  team_name: string;
  leader_id: string;
  is_member: boolean;
  respondents: number;
  invited: number;
}

const campaignSelect = (userId: string) => sql`
  SELECT c.id, c.title, c.status, c.opens_on::text AS opens_on, c.closes_on::text AS closes_on, c.previous_campaign_id,
    t.id AS team_id, t.name AS team_name, t.leader_id,
    EXISTS (SELECT 1 FROM team_member m WHERE m.team_id = t.id AND m.user_id = ${userId}) AS is_member,
    (SELECT count(*)::int FROM survey_response r WHERE r.campaign_id = c.id AND r.status = 'submitted') AS respondents,
    (SELECT count(*)::int FROM survey_invitation i WHERE i.campaign_id = c.id) AS invited
  FROM survey_campaign c JOIN team t ON t.id = c.team_id`;

/** LOB-scan cycles of the teams the user leads or belongs to, newest first. */
export async function campaignsFor(db: Queryable, institutionId: string, userId: string): Promise<LobScanCampaignRow[]> {
  const { rows } = await sql<LobScanCampaignRow>`${campaignSelect(userId)}
    WHERE c.institution_id = ${institutionId} AND c.audience = 'team' AND c.status <> 'draft'
      AND (t.leader_id = ${userId} OR EXISTS (SELECT 1 FROM team_member m WHERE m.team_id = t.id AND m.user_id = ${userId}))
    ORDER BY c.opens_on DESC, c.id LIMIT 200`.execute(db);
  return rows;
}

export async function findCampaign(db: Queryable, institutionId: string, id: string, userId: string): Promise<LobScanCampaignRow | undefined> {
  const { rows } = await sql<LobScanCampaignRow>`${campaignSelect(userId)}
    WHERE c.id = ${id} AND c.institution_id = ${institutionId} AND c.audience = 'team'`.execute(db);
  return rows[0];
}

/**
 * Theme scores of every submitted response, keyed by the pseudonym (or, in an anonymous cycle, the
 * response id). The key is only used to number members and never leaves the service.
 */
export async function themeScores(db: Queryable, campaignId: string): Promise<{ key: string; scale_code: string; score: number }[]> {
  const { rows } = await sql<{ key: string; scale_code: string; score: number }>`
    SELECT coalesce(r.pseudonym, r.id::text) AS key, s.scale_code, s.score
    FROM survey_response r JOIN survey_scale_score s ON s.response_id = r.id
    WHERE r.campaign_id = ${campaignId} AND r.status = 'submitted'
    LIMIT 20000`.execute(db);
  return rows;
}

export async function themeMeans(db: Queryable, campaignId: string): Promise<{ scale_code: string; mean: number }[]> {
  const { rows } = await sql<{ scale_code: string; mean: number }>`
    SELECT s.scale_code, avg(s.score)::float8 AS mean
    FROM survey_response r JOIN survey_scale_score s ON s.response_id = r.id
    WHERE r.campaign_id = ${campaignId} AND r.status = 'submitted'
    GROUP BY s.scale_code`.execute(db);
  return rows;
}

export async function priorities(db: Queryable, campaignId: string) {
  return db.selectFrom('lob_scan_priority').select(['theme_code', 'rank', 'rationale']).where('campaign_id', '=', campaignId).orderBy('rank').execute();
}

export async function replacePriorities(db: Queryable, campaignId: string, rows: readonly { themeCode: string; rank: number; rationale: string }[]): Promise<void> {
  await db.deleteFrom('lob_scan_priority').where('campaign_id', '=', campaignId).execute();
  if (rows.length > 0)
    await db.insertInto('lob_scan_priority').values(rows.map((r) => ({ campaign_id: campaignId, theme_code: r.themeCode, rank: r.rank, rationale: r.rationale }))).execute();
}

export interface ActionRow {
  id: string;
  campaign_id: string;
  theme_code: string;
  what: string;
  who: string;
  due_on: string;
  status: string;
  review_note: string | null;
  reviewed_at: Date | null;
}

const actionColumns = sql`a.id, a.campaign_id, a.theme_code, a.what, a.who, a.due_on::text AS due_on, a.status, a.review_note, a.reviewed_at`;

export async function actions(db: Queryable, campaignId: string): Promise<ActionRow[]> {
  const { rows } = await sql<ActionRow>`SELECT ${actionColumns} FROM lob_scan_action a
    WHERE a.campaign_id = ${campaignId} ORDER BY a.due_on, a.created_at, a.id LIMIT 500`.execute(db);
  return rows;
}

/** An action with the campaign it belongs to, within the institution. */
export async function findAction(db: Queryable, institutionId: string, id: string): Promise<ActionRow | undefined> {
  const { rows } = await sql<ActionRow>`SELECT ${actionColumns} FROM lob_scan_action a JOIN survey_campaign c ON c.id = a.campaign_id
    WHERE a.id = ${id} AND c.institution_id = ${institutionId}`.execute(db);
  return rows[0];
}

export async function insertAction(db: Queryable, campaignId: string, a: { themeCode: string; what: string; who: string; dueOn: string }): Promise<string> {
  const row = await db
    .insertInto('lob_scan_action')
    .values({ campaign_id: campaignId, theme_code: a.themeCode, what: a.what, who: a.who, due_on: a.dueOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAction(
  db: Queryable,
  id: string,
  patch: { what?: string; who?: string; due_on?: string; status?: string; review_note?: string | null; reviewed_at?: Date | null },
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('lob_scan_action').set(patch).where('id', '=', id).execute();
}

export async function deleteAction(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('lob_scan_action').where('id', '=', id).execute();
}
