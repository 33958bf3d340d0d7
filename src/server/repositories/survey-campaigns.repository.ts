import { sql } from 'kysely';
import type { Queryable } from './types';

/** Survey campaigns: their settings, instruments, targets and response counts. No answers here. */

export interface CampaignRow {
  id: string;
  institution_id: string;
  title: string;
  description: string;
  audience: 'students' | 'staff' | 'team';
  anonymity: 'anonymous' | 'pseudonymous';
  feeds_guidance: boolean;
  team_id: string | null;
  team_name: string | null;
  opens_on: string;
  closes_on: string;
  status: 'draft' | 'open' | 'closed';
  imported: boolean;
  invited: number;
  responded: number;
  responses: number;
}

const summary = sql`sc.id, sc.institution_id, sc.title, sc.description, sc.audience, sc.anonymity, sc.feeds_guidance, sc.team_id,
  t.name AS team_name, to_char(sc.opens_on, 'YYYY-MM-DD') AS opens_on, to_char(sc.closes_on, 'YYYY-MM-DD') AS closes_on, sc.status, sc.imported,
  (SELECT count(*)::int FROM survey_invitation i WHERE i.campaign_id = sc.id) AS invited,
  (SELECT count(i.responded_at)::int FROM survey_invitation i WHERE i.campaign_id = sc.id) AS responded,
  (SELECT count(*)::int FROM survey_response r WHERE r.campaign_id = sc.id AND r.status = 'submitted') AS responses`;

export async function listCampaigns(db: Queryable, institutionId: string): Promise<CampaignRow[]> {
  const { rows } = await sql<CampaignRow>`SELECT ${summary} FROM survey_campaign sc LEFT JOIN team t ON t.id = sc.team_id
    WHERE sc.institution_id = ${institutionId} ORDER BY sc.opens_on DESC, sc.created_at DESC LIMIT 500`.execute(db);
  return rows;
}

export async function findCampaign(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<CampaignRow | undefined> {
  if (options.forUpdate) await sql`SELECT 1 FROM survey_campaign WHERE id = ${id} FOR UPDATE`.execute(db);
  const { rows } = await sql<CampaignRow>`SELECT ${summary} FROM survey_campaign sc LEFT JOIN team t ON t.id = sc.team_id WHERE sc.id = ${id}`.execute(db);
  return rows[0];
}

export async function insertCampaign(
  db: Queryable,
  v: {
    institutionId: string; title: string; description: string; audience: string; anonymity: string; feedsGuidance: boolean; teamId: string | null;
    opensOn: string; closesOn: string; imported: boolean; previousCampaignId: string | null; createdBy: string; versionIds: string[];
    targets: { programmeId: string | null; cohortId: string | null; role: string | null }[];
  },
): Promise<string> {
  const row = await db
    .insertInto('survey_campaign')
    .values({
      institution_id: v.institutionId,
      title: v.title,
      description: v.description,
      audience: v.audience,
      anonymity: v.anonymity,
      feeds_guidance: v.feedsGuidance,
      team_id: v.teamId,
      opens_on: v.opensOn,
      closes_on: v.closesOn,
      status: v.imported ? 'closed' : 'draft',
      imported: v.imported,
      previous_campaign_id: v.previousCampaignId,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('survey_campaign_instrument').values(v.versionIds.map((id, position) => ({ campaign_id: row.id, instrument_version_id: id, position }))).execute();
  if (v.targets.length > 0) {
    await db.insertInto('survey_target').values(v.targets.map((t) => ({ campaign_id: row.id, programme_id: t.programmeId, cohort_id: t.cohortId, role: t.role }))).execute();
  }
  return row.id;
}

export async function setStatus(db: Queryable, id: string, status: 'open' | 'closed'): Promise<void> {
  await db.updateTable('survey_campaign').set({ status, updated_at: new Date() }).where('id', '=', id).execute();
}

/** The campaign's instrument versions in the order they are asked. */
export async function campaignVersions(db: Queryable, campaignId: string) {
  const { rows } = await sql<{ id: string; institution_id: string | null; code: string; version: number; definition: unknown; checksum: string; published_at: Date }>`
    SELECT iv.id, iv.institution_id, iv.code, iv.version, iv.definition, iv.checksum, iv.published_at
    FROM survey_campaign_instrument ci JOIN instrument_version iv ON iv.id = ci.instrument_version_id
    WHERE ci.campaign_id = ${campaignId} ORDER BY ci.position`.execute(db);
  return rows;
}

export async function targetLabels(db: Queryable, campaignId: string) {
  const { rows } = await sql<{ programme: string | null; cohort: string | null; role: string | null }>`
    SELECT coalesce(p.name, cp.name) AS programme, c.name AS cohort, t.role
    FROM survey_target t LEFT JOIN programme p ON p.id = t.programme_id
    LEFT JOIN cohort c ON c.id = t.cohort_id LEFT JOIN programme cp ON cp.id = c.programme_id
    WHERE t.campaign_id = ${campaignId} ORDER BY 1, 2, 3`.execute(db);
  return rows;
}

/** Invited and responded per programme, per cohort and per role (counts, never answers). */
export async function responseRates(db: Queryable, campaignId: string) {
  const { rows } = await sql<{ kind: 'programme' | 'cohort' | 'role'; label: string; invited: number; responded: number }>`
    SELECT 'programme' AS kind, p.name AS label, count(*)::int AS invited, count(i.responded_at)::int AS responded
      FROM survey_invitation i JOIN programme p ON p.id = i.programme_id WHERE i.campaign_id = ${campaignId} GROUP BY p.name
    UNION ALL
    SELECT 'cohort', p.name || ' · ' || c.name, count(*)::int, count(i.responded_at)::int
      FROM survey_invitation i JOIN cohort c ON c.id = i.cohort_id JOIN programme p ON p.id = c.programme_id
      WHERE i.campaign_id = ${campaignId} GROUP BY p.name, c.name
    UNION ALL
    SELECT 'role', u.role, count(*)::int, count(i.responded_at)::int
      FROM survey_invitation i JOIN app_user u ON u.id = i.user_id WHERE i.campaign_id = ${campaignId} GROUP BY u.role
    ORDER BY 1, 2`.execute(db);
  return rows;
}

export async function reminderStats(db: Queryable, campaignId: string) {
  const { rows } = await sql<{ last: Date | null; count: number }>`
    SELECT max(reminded_at) AS last, coalesce(max(reminder_count), 0)::int AS count FROM survey_invitation WHERE campaign_id = ${campaignId}`.execute(db);
  return rows[0] ?? { last: null, count: 0 };
}

export async function importsOf(db: Queryable, campaignId: string) {
  return db.selectFrom('survey_import').select(['id', 'file_name', 'status', 'row_count', 'created_at'])
    .where('campaign_id', '=', campaignId).orderBy('created_at', 'desc').limit(50).execute();
}

/* ---- what the new-campaign form offers ---- */

export async function programmesWithCohorts(db: Queryable, institutionId: string) {
  const { rows } = await sql<{ id: string; name: string; cohorts: { id: string; name: string; schoolYear: string }[] | null }>`
    SELECT p.id, p.name,
      (SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'schoolYear', c.school_year) ORDER BY c.school_year DESC, c.name)
        FROM cohort c WHERE c.programme_id = p.id) AS cohorts
    FROM programme p WHERE p.institution_id = ${institutionId} ORDER BY p.name`.execute(db);
  return rows.map((r) => ({ id: r.id, name: r.name, cohorts: r.cohorts ?? [] }));
}

export async function teams(db: Queryable, institutionId: string) {
  return db.selectFrom('team').select(['id', 'name']).where('institution_id', '=', institutionId).orderBy('name').execute();
}

/** Checks that referenced programmes, cohorts and the team belong to the institution. */
export async function foreignReferences(db: Queryable, institutionId: string, refs: { programmeIds: string[]; cohortIds: string[]; teamId: string | null }): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT (
      (SELECT count(*) FROM unnest(${refs.programmeIds}::uuid[]) x(id) WHERE NOT EXISTS (SELECT 1 FROM programme p WHERE p.id = x.id AND p.institution_id = ${institutionId}))
      + (SELECT count(*) FROM unnest(${refs.cohortIds}::uuid[]) x(id) WHERE NOT EXISTS (SELECT 1 FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE c.id = x.id AND p.institution_id = ${institutionId}))
      + (SELECT count(*) FROM (SELECT ${refs.teamId}::uuid AS id) x WHERE x.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM team t WHERE t.id = x.id AND t.institution_id = ${institutionId}))
    )::int AS n`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function campaignExists(db: Queryable, institutionId: string, id: string): Promise<boolean> {
  const row = await db.selectFrom('survey_campaign').select('id').where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst();
  return row !== undefined;
}
