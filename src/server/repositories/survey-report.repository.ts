import { sql, type RawBuilder } from 'kysely';
import type { GroupDimension } from '../../shared/survey-report';
import type { Queryable } from './types';

/*
 * Sufficient statistics of one campaign's submitted responses, all computed by PostgreSQL: sums
 * and sums of squares per scale (overall and per group) and pairwise sums of cross-products of the
 * scales; item counts and alpha are in survey-report-answers.repository.ts. The scale queries
 * read survey_response_pivot (one row per submitted response, scores in an array), so each is one
 * pass over as many rows as there are respondents; every query returns a handful of rows.
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

/**
 * Respondents per label of each group dimension (label null = not recorded). GROUPING SETS count
 * all four dimensions in one pass over the responses; GROUPING() tells which set a row is from.
 */
export async function groupCounts(db: Queryable, campaignId: string): Promise<{ dimension: GroupDimension; label: string | null; n: number }[]> {
  const set = sql`GROUPING(r.sector, r.programme, r.gender, r.year)`;
  const { rows } = await sql<{ dimension: GroupDimension; label: string | null; n: number }>`
    SELECT CASE ${set} WHEN 7 THEN 'sector' WHEN 11 THEN 'programme' WHEN 13 THEN 'gender' ELSE 'year' END AS dimension,
      CASE ${set} WHEN 7 THEN r.sector WHEN 11 THEN r.programme WHEN 13 THEN r.gender ELSE r.year END AS label, count(*)::int AS n
    FROM survey_response r
    WHERE ${submitted(campaignId)}
    GROUP BY GROUPING SETS ((r.sector), (r.programme), (r.gender), (r.year)) ORDER BY dimension, label NULLS LAST`.execute(db);
  return rows;
}

/** The codes at each position of survey_response_pivot's arrays for this campaign. */
export interface PivotColumns {
  items: readonly string[];
  scales: readonly string[];
}

export async function pivotColumns(db: Queryable, campaignId: string): Promise<PivotColumns> {
  const { rows } = await sql<{ item_codes: string[]; scale_codes: string[] }>`
    SELECT item_codes, scale_codes FROM survey_campaign_layout WHERE campaign_id = ${campaignId}`.execute(db);
  return { items: rows[0]?.item_codes ?? [], scales: rows[0]?.scale_codes ?? [] };
}

/** 1-based position of `code` in a pivot array (SQL arrays count from 1), or null when absent. */
export function positionOf(codes: readonly string[], code: string): number | null {
  const i = codes.indexOf(code);
  return i < 0 ? null : i + 1;
}

/**
 * The campaign's pivot rows with the chosen array elements as columns x0, x1, …. OFFSET 0 keeps
 * PostgreSQL from inlining the subquery, so each element is extracted once per row instead of once
 * per aggregate that uses it.
 */
export function pivotElements(
  campaignId: string,
  array: 'answers' | 'scores',
  positions: readonly number[],
  options: { label?: GroupDimension } = {},
): RawBuilder<unknown> {
  const cols = positions.map((pos, i) => sql`p.${sql.raw(array)}[${sql.lit(pos)}] AS ${sql.ref(`x${i}`)}`);
  const label = options.label ? sql`${groupColumn(options.label)} AS label, ` : sql``;
  const join = options.label ? sql`JOIN survey_response r ON r.id = p.response_id` : sql``;
  return sql`(SELECT ${label}${sql.join(cols)} FROM survey_response_pivot p ${join} WHERE p.campaign_id = ${campaignId} OFFSET 0)`;
}

export const x = (i: number) => sql.ref(`x${i}`);

export interface ScaleSums {
  scale_code: string;
  label: string | null;
  n: number;
  sum: number;
  sum_sq: number;
}

/** Per scale and label of one dimension n, Σ, Σ² (only combinations with at least one score). */
export async function scaleSums(db: Queryable, campaignId: string, columns: PivotColumns, by: GroupDimension): Promise<ScaleSums[]> {
  const k = columns.scales.length;
  if (k === 0) return [];
  const all = Array.from({ length: k }, (_, i) => i);
  const { rows } = await sql<{ label: string | null; n: number[]; sum: (number | null)[]; sum_sq: (number | null)[] }>`
    SELECT label, ARRAY[${sql.join(all.map((i) => sql`count(${x(i)})`))}]::int[] AS n,
      ARRAY[${sql.join(all.map((i) => sql`sum(${x(i)})`))}]::float8[] AS sum,
      ARRAY[${sql.join(all.map((i) => sql`sum(${x(i)} * ${x(i)})`))}]::float8[] AS sum_sq
    FROM ${pivotElements(campaignId, 'scores', all.map((i) => i + 1), { label: by })} w
    GROUP BY label ORDER BY label NULLS LAST`.execute(db);
  return columns.scales.flatMap((scale_code, i) =>
    rows.flatMap((r) => {
      const n = r.n[i] ?? 0;
      return n > 0 ? [{ scale_code, label: r.label, n, sum: r.sum[i] ?? 0, sum_sq: r.sum_sq[i] ?? 0 }] : [];
    }),
  );
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

/**
 * Pairwise-complete sums for every pair of scales, the diagonal (a = b) being each scale's own
 * n, Σ, Σ². Respondents are first grouped by which scales they have a score on — within such a
 * group every product is complete, so plain sums suffice — and the pairs are then summed over the
 * groups that have both scales. Nearly everyone has every score, so there are few groups, and the
 * pass over the respondents carries k + k(k+1)/2 sums instead of 6 per pair.
 */
export async function scaleCrossSums(db: Queryable, campaignId: string, columns: PivotColumns): Promise<PairSumsRow[]> {
  const k = columns.scales.length;
  if (k === 0) return [];
  const all = Array.from({ length: k }, (_, i) => i);
  // 1-based index of (i, j), i ≤ j, in the row-wise upper triangle of the k × k products.
  const tri = (i: number, j: number): number => i * k - (i * (i - 1)) / 2 + (j - i) + 1;
  const pairs = all.flatMap((i) => all.filter((j) => j >= i).map((j) => ({ i: i + 1, j: j + 1, ii: tri(i, i), jj: tri(j, j), ij: tri(i, j) })));
  const products = all.flatMap((i) => all.filter((j) => j >= i).map((j) => sql`sum(${x(i)} * ${x(j)})`));
  const ints = (f: (p: (typeof pairs)[number]) => number) => sql`${pairs.map(f)}::int[]`;
  const { rows } = await sql<{ i: number; j: number; n: number | null } & Record<'sum_x' | 'sum_y' | 'sum_xx' | 'sum_yy' | 'sum_xy', number | null>>`
    WITH g AS (
      SELECT ARRAY[${sql.join(all.map((i) => sql`${x(i)} IS NOT NULL`))}] AS m, count(*) AS n,
        ARRAY[${sql.join(all.map((i) => sql`sum(${x(i)})`))}]::float8[] AS s, ARRAY[${sql.join(products)}]::float8[] AS xx
      FROM ${pivotElements(campaignId, 'scores', all.map((i) => i + 1))} w
      GROUP BY 1
    )
    SELECT k.i, k.j, (sum(g.n) FILTER (WHERE g.m[k.i] AND g.m[k.j]))::int AS n,
      sum(g.s[k.i]) FILTER (WHERE g.m[k.i] AND g.m[k.j]) AS sum_x, sum(g.s[k.j]) FILTER (WHERE g.m[k.i] AND g.m[k.j]) AS sum_y,
      sum(g.xx[k.ii]) FILTER (WHERE g.m[k.i] AND g.m[k.j]) AS sum_xx, sum(g.xx[k.jj]) FILTER (WHERE g.m[k.i] AND g.m[k.j]) AS sum_yy,
      sum(g.xx[k.ij]) FILTER (WHERE g.m[k.i] AND g.m[k.j]) AS sum_xy
    FROM g CROSS JOIN unnest(${ints((p) => p.i)}, ${ints((p) => p.j)}, ${ints((p) => p.ii)}, ${ints((p) => p.jj)}, ${ints((p) => p.ij)}) AS k(i, j, ii, jj, ij)
    GROUP BY k.i, k.j`.execute(db);
  return rows.flatMap((r) =>
    r.n
      ? [{
          a: columns.scales[r.i - 1] ?? '',
          b: columns.scales[r.j - 1] ?? '',
          n: r.n,
          sum_x: r.sum_x ?? 0,
          sum_y: r.sum_y ?? 0,
          sum_xx: r.sum_xx ?? 0,
          sum_yy: r.sum_yy ?? 0,
          sum_xy: r.sum_xy ?? 0,
        }]
      : [],
  );
}
