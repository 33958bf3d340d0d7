import { sql, type RawBuilder } from 'kysely';
import type { GroupDimension } from '../../shared/survey-report';
import type { Queryable } from './types';

/*
 * Sufficient statistics of one campaign's submitted responses, all computed by PostgreSQL: counts
 * per item and value, sums and sums of squares per scale (overall and per group), pairwise sums of
 * cross-products of the scales and the variances Cronbach's alpha needs. Every query returns a
 * handful of rows however many people answered; no answer row is ever sent to the server.
 */

export interface CampaignRow {
  id: string;
  title: string;
  status: string;
  opens_on: string;
  closes_on: string;
  anonymity: string;
  min_group_size: number;
}

export async function findCampaign(db: Queryable, institutionId: string, id: string): Promise<CampaignRow | undefined> {
  const { rows } = await sql<CampaignRow>`
    SELECT c.id, c.title, c.status, c.opens_on::text AS opens_on, c.closes_on::text AS closes_on, c.anonymity, i.survey_min_group_size AS min_group_size
    FROM survey_campaign c JOIN institution i ON i.id = c.institution_id
    WHERE c.id = ${id} AND c.institution_id = ${institutionId}`.execute(db);
  return rows[0];
}

/** The instrument definitions of the campaign, in the campaign's order. */
export async function campaignDefinitions(db: Queryable, campaignId: string): Promise<unknown[]> {
  const { rows } = await sql<{ definition: unknown }>`
    SELECT iv.definition FROM survey_campaign_instrument ci JOIN instrument_version iv ON iv.id = ci.instrument_version_id
    WHERE ci.campaign_id = ${campaignId} ORDER BY ci.position`.execute(db);
  return rows.map((r) => (typeof r.definition === 'string' ? (JSON.parse(r.definition) as unknown) : r.definition));
}

const submitted = (campaignId: string) => sql`r.campaign_id = ${campaignId} AND r.status = 'submitted'`;

/** Only whitelisted column names reach SQL. */
export const groupColumn = (dimension: GroupDimension): RawBuilder<string | null> => sql.ref(`r.${dimension}`) as RawBuilder<string | null>;

export async function responseCounts(db: Queryable, campaignId: string): Promise<{ submitted: number; invited: number }> {
  const { rows } = await sql<{ submitted: number; invited: number }>`
    SELECT (SELECT count(*)::int FROM survey_response r WHERE ${submitted(campaignId)}) AS submitted,
      (SELECT count(*)::int FROM survey_invitation WHERE campaign_id = ${campaignId}) AS invited`.execute(db);
  return rows[0] ?? { submitted: 0, invited: 0 };
}

/** Respondents per label of each group dimension (label null = not recorded). */
export async function groupCounts(db: Queryable, campaignId: string): Promise<{ dimension: GroupDimension; label: string | null; n: number }[]> {
  const { rows } = await sql<{ dimension: GroupDimension; label: string | null; n: number }>`
    SELECT d.dimension, d.label, count(*)::int AS n
    FROM survey_response r
    CROSS JOIN LATERAL (VALUES ('sector', r.sector), ('programme', r.programme), ('gender', r.gender), ('year', r.year)) AS d(dimension, label)
    WHERE ${submitted(campaignId)}
    GROUP BY d.dimension, d.label ORDER BY d.dimension, d.label NULLS LAST`.execute(db);
  return rows;
}

export interface ValueCount {
  item_code: string;
  value: number;
  count: number;
}

/** Answers per item and value: mean, SD, distribution and top-half share all follow from these. */
export async function itemValueCounts(db: Queryable, campaignId: string): Promise<ValueCount[]> {
  const { rows } = await sql<ValueCount>`
    SELECT a.item_code, a.value, count(*)::int AS count
    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
    WHERE ${submitted(campaignId)}
    GROUP BY a.item_code, a.value ORDER BY a.item_code, a.value`.execute(db);
  return rows;
}

export interface ScaleSums {
  scale_code: string;
  label: string | null;
  n: number;
  sum: number;
  sum_sq: number;
}

/** Per scale n, Σ, Σ² — overall (label null, `grouped` false) or per label of one dimension. */
export async function scaleSums(db: Queryable, campaignId: string, by?: GroupDimension): Promise<ScaleSums[]> {
  const label = by ? groupColumn(by) : sql`NULL::text`;
  const { rows } = await sql<ScaleSums>`
    SELECT s.scale_code, ${label} AS label, count(*)::int AS n, sum(s.score)::float8 AS sum, sum(s.score * s.score)::float8 AS sum_sq
    FROM survey_scale_score s JOIN survey_response r ON r.id = s.response_id
    WHERE ${submitted(campaignId)}
    GROUP BY s.scale_code${by ? sql`, ${label}` : sql``} ORDER BY s.scale_code`.execute(db);
  return rows;
}

export interface PairSumsRow {
  a: string;
  b: string;
  n: number;
  sum_x: number;
  sum_y: number;
  sum_xx: number;
  sum_yy: number;
  sum_xy: number;
}

/** Pairwise-complete sums of cross-products of every pair of scales (a self-join per response). */
export async function scalePairSums(db: Queryable, campaignId: string): Promise<PairSumsRow[]> {
  const { rows } = await sql<PairSumsRow>`
    SELECT x.scale_code AS a, y.scale_code AS b, count(*)::int AS n,
      sum(x.score)::float8 AS sum_x, sum(y.score)::float8 AS sum_y,
      sum(x.score * x.score)::float8 AS sum_xx, sum(y.score * y.score)::float8 AS sum_yy, sum(x.score * y.score)::float8 AS sum_xy
    FROM survey_response r
    JOIN survey_scale_score x ON x.response_id = r.id
    JOIN survey_scale_score y ON y.response_id = r.id AND x.scale_code < y.scale_code
    WHERE ${submitted(campaignId)}
    GROUP BY x.scale_code, y.scale_code`.execute(db);
  return rows;
}

export interface ItemKey {
  item: string;
  scale: string;
  reverse: boolean;
}

export interface AlphaSums {
  scale_code: string;
  n: number;
  sum_item_var: number | null;
  total_var: number | null;
}

/**
 * What Cronbach's alpha needs per scale, over respondents who answered every item of it (reverse
 * items mirrored as min + max − value): the sum of the item variances and the variance of the
 * per-respondent sum score.
 */
export async function alphaSums(db: Queryable, campaignId: string, items: readonly ItemKey[], mirror: number): Promise<AlphaSums[]> {
  if (items.length === 0) return [];
  const { rows } = await sql<AlphaSums>`
    WITH k AS (
      SELECT * FROM unnest(${items.map((i) => i.item)}::text[], ${items.map((i) => i.scale)}::text[], ${items.map((i) => i.reverse)}::boolean[]) AS k(item, scale, reverse)
    ), size AS (SELECT scale, count(*) AS items FROM k GROUP BY scale),
    -- Window counts mark complete cases without joining answers back to respondents (one sort, no nested loop).
    v AS (
      SELECT a.response_id, k.scale, k.item, (CASE WHEN k.reverse THEN ${mirror}::int - a.value ELSE a.value END)::float8 AS x,
        count(*) OVER (PARTITION BY a.response_id, k.scale) AS answered
      FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN k ON k.item = a.item_code
      WHERE ${submitted(campaignId)}
    ), c AS (SELECT v.* FROM v JOIN size ON size.scale = v.scale WHERE v.answered = size.items),
    item_var AS (SELECT scale, sum(var) AS sum_var FROM (SELECT scale, var_samp(x) AS var FROM c GROUP BY scale, item) iv GROUP BY scale),
    totals AS (SELECT scale, sum(x) AS total FROM c GROUP BY response_id, scale)
    SELECT t.scale AS scale_code, count(*)::int AS n, max(iv.sum_var)::float8 AS sum_item_var, var_samp(t.total)::float8 AS total_var
    FROM totals t JOIN item_var iv ON iv.scale = t.scale GROUP BY t.scale`.execute(db);
  return rows;
}
