import { sql } from 'kysely';
import type { Queryable } from './types';

/*
 * Survey invitations: one per invitee, made set-based when a campaign opens. The link token is
 * random and only its hash is stored, so a link can be shown or mailed only when it is (re)made;
 * `pending:` marks an invitation whose link has not been made yet (it can never match a hash).
 */

/** Invites the campaign's audience in one INSERT … SELECT; returns the number of new invitations. */
export async function createInvitations(db: Queryable, c: { id: string; institutionId: string; audience: 'students' | 'staff' | 'team'; teamId: string | null }): Promise<number> {
  const pending = sql`'pending:' || gen_random_uuid()`;
  let result;
  if (c.audience === 'students') {
    // No targets means every current student of the institution.
    result = await sql`
      INSERT INTO survey_invitation (campaign_id, user_id, sector_id, programme_id, cohort_id, token_hash)
      SELECT DISTINCT ON (u.id) ${c.id}::uuid, u.id, p.sector_id, p.id, co.id, ${pending}
      FROM app_user u
      JOIN enrolment e ON e.student_id = u.id AND e.end_date IS NULL
      JOIN cohort co ON co.id = e.cohort_id
      JOIN programme p ON p.id = co.programme_id
      WHERE u.institution_id = ${c.institutionId} AND u.role = 'student' AND u.active
        AND (NOT EXISTS (SELECT 1 FROM survey_target t WHERE t.campaign_id = ${c.id})
          OR EXISTS (SELECT 1 FROM survey_target t WHERE t.campaign_id = ${c.id}
            AND (t.cohort_id = co.id OR (t.cohort_id IS NULL AND t.programme_id = p.id))))
      ORDER BY u.id, e.start_date DESC
      ON CONFLICT (campaign_id, user_id) DO NOTHING`.execute(db);
  } else if (c.audience === 'staff') {
    result = await sql`
      INSERT INTO survey_invitation (campaign_id, user_id, token_hash)
      SELECT ${c.id}::uuid, u.id, ${pending} FROM app_user u
      WHERE u.institution_id = ${c.institutionId} AND u.active
        AND u.role IN (SELECT t.role FROM survey_target t WHERE t.campaign_id = ${c.id} AND t.role IS NOT NULL)
      ON CONFLICT (campaign_id, user_id) DO NOTHING`.execute(db);
  } else {
    result = await sql`
      INSERT INTO survey_invitation (campaign_id, user_id, token_hash)
      SELECT ${c.id}::uuid, m.id, ${pending} FROM (
        SELECT tm.user_id AS id FROM team_member tm WHERE tm.team_id = ${c.teamId}
        UNION SELECT t.leader_id FROM team t WHERE t.id = ${c.teamId}
      ) m JOIN app_user u ON u.id = m.id AND u.active AND u.institution_id = ${c.institutionId}
      ON CONFLICT (campaign_id, user_id) DO NOTHING`.execute(db);
  }
  return Number(result.numAffectedRows ?? 0);
}

export interface NonResponder {
  id: string;
  name: string;
  email: string | null;
  language: string;
}

/** Invitees who have not submitted yet, by name. */
export async function nonResponders(db: Queryable, campaignId: string): Promise<NonResponder[]> {
  const { rows } = await sql<NonResponder>`
    SELECT i.id, u.display_name AS name, u.email, u.language FROM survey_invitation i JOIN app_user u ON u.id = i.user_id
    WHERE i.campaign_id = ${campaignId} AND i.responded_at IS NULL ORDER BY u.sort_name`.execute(db);
  return rows;
}

/** Replaces the link tokens of these invitations (older links stop working). */
export async function setTokens(db: Queryable, ids: readonly string[], hashes: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`UPDATE survey_invitation i SET token_hash = v.h FROM unnest(${ids}::uuid[], ${hashes}::text[]) AS v(id, h) WHERE i.id = v.id`.execute(db);
}

export async function markReminded(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`UPDATE survey_invitation SET reminded_at = now(), reminder_count = reminder_count + 1
    WHERE id = ANY(${ids}::uuid[]) AND responded_at IS NULL`.execute(db);
}

export interface InvitationRow {
  id: string;
  campaign_id: string;
  user_id: string;
  institution_id: string;
  responded_at: Date | null;
  status: 'draft' | 'open' | 'closed';
  opens_on: string;
  closes_on: string;
  anonymity: 'anonymous' | 'pseudonymous';
  /** The invitee's response so far (null before the first answer). */
  response_id: string | null;
}

const invitationColumns = sql`i.id, i.campaign_id, i.user_id, sc.institution_id, i.responded_at, sc.status,
  to_char(sc.opens_on, 'YYYY-MM-DD') AS opens_on, to_char(sc.closes_on, 'YYYY-MM-DD') AS closes_on, sc.anonymity, r.id AS response_id`;

/**
 * The invitation with its campaign and response in one round trip (autosave calls this for every
 * answer); locks the invitation when asked, so saving and submitting through one invitation never
 * interleave.
 */
export async function findInvitation(db: Queryable, by: { id: string } | { tokenHash: string }, forUpdate = false): Promise<InvitationRow | undefined> {
  const where = 'id' in by ? sql`i.id = ${by.id}` : sql`i.token_hash = ${by.tokenHash}`;
  const { rows } = await sql<InvitationRow>`SELECT ${invitationColumns} FROM survey_invitation i JOIN survey_campaign sc ON sc.id = i.campaign_id
    LEFT JOIN survey_response r ON r.invitation_id = i.id
    WHERE ${where} ${forUpdate ? sql`FOR UPDATE OF i` : sql``}`.execute(db);
  return rows[0];
}

export async function markResponded(db: Queryable, id: string): Promise<void> {
  await sql`UPDATE survey_invitation SET responded_at = now() WHERE id = ${id}`.execute(db);
}

/** The signed-in user's invitations to campaigns that are open today and not yet answered. */
export async function openFor(db: Queryable, userId: string, today: string) {
  const { rows } = await sql<{ id: string; title: string; closes_on: string; started: boolean }>`
    SELECT i.id, sc.title, to_char(sc.closes_on, 'YYYY-MM-DD') AS closes_on,
      EXISTS (SELECT 1 FROM survey_response r WHERE r.invitation_id = i.id) AS started
    FROM survey_invitation i JOIN survey_campaign sc ON sc.id = i.campaign_id
    WHERE i.user_id = ${userId} AND i.responded_at IS NULL AND sc.status = 'open'
      AND sc.opens_on <= ${today}::date AND sc.closes_on >= ${today}::date
    ORDER BY sc.closes_on, sc.title`.execute(db);
  return rows;
}
