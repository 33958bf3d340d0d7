import { sql, type RawBuilder } from 'kysely';
import type { GroupDimension } from '../../shared/survey-report';
import type { Queryable } from './types';

/*
 * The sums a linear regression needs (n, X'X, X'y, y'y), built by PostgreSQL over complete cases:
 * respondents with a score on the outcome and every predictor and a label on every control. Scale
 * scores come from survey_response_pivot (one row per submitted response, scores in an array at
 * the positions survey_campaign_layout gives); control variables become 0/1 dummy columns in SQL,
 * so only one row of sums comes back.
 */

export interface RegressionSpec {
  campaignId: string;
  outcome: string;
  predictors: readonly string[];
  controls: readonly GroupDimension[];
}

const column = (dimension: GroupDimension) => sql.ref(`cc.${dimension}`);

/** The complete cases as a CTE named `cc` (id, group labels, y, x0…). */
function completeCases(spec: RegressionSpec): RawBuilder<unknown> {
  // A code missing from the layout gives a NULL position, so nobody is a complete case.
  const at = (code: string) => sql`array_position(scale_codes, ${code}::text)`;
  const positions = [sql`${at(spec.outcome)} AS y`, ...spec.predictors.map((code, i) => sql`${at(code)} AS ${sql.ref(`x${i}`)}`)];
  const xs = spec.predictors.map((_, i) => sql`v.scores[l.${sql.ref(`x${i}`)}] AS ${sql.ref(`x${i}`)}`);
  const notNull = [
    sql`p.y IS NOT NULL`,
    ...spec.predictors.map((_, i) => sql`${sql.ref(`p.x${i}`)} IS NOT NULL`),
    ...spec.controls.map((d) => sql`${sql.ref(`p.${d}`)} IS NOT NULL`),
  ];
  return sql`
    -- MATERIALIZED: the layout view is evaluated once, not once per respondent.
    WITH l AS MATERIALIZED (SELECT ${sql.join(positions)} FROM survey_campaign_layout WHERE campaign_id = ${spec.campaignId}),
    -- MATERIALIZED: each array element is extracted once per respondent, not once per sum that uses it.
    p AS MATERIALIZED (
      SELECT r.id, r.sector, r.programme, r.gender, r.year, v.scores[l.y] AS y${xs.length ? sql`, ${sql.join(xs)}` : sql``}
      FROM survey_response_pivot v JOIN survey_response r ON r.id = v.response_id CROSS JOIN l
      WHERE v.campaign_id = ${spec.campaignId}
    ), cc AS (SELECT * FROM p WHERE ${sql.join(notNull, sql` AND `)})`;
}

/** Complete cases per level of each control, to choose the reference and merge small levels. */
export async function controlLevels(db: Queryable, spec: RegressionSpec): Promise<{ dimension: GroupDimension; label: string; n: number }[]> {
  if (spec.controls.length === 0) return [];
  const values = spec.controls.map((d) => sql`(${d}, ${column(d)})`);
  const { rows } = await sql<{ dimension: GroupDimension; label: string; n: number }>`
    ${completeCases(spec)}
    SELECT d.dimension, d.label, count(*)::int AS n
    FROM cc CROSS JOIN LATERAL (VALUES ${sql.join(values)}) AS d(dimension, label)
    GROUP BY d.dimension, d.label ORDER BY d.dimension, count(*) DESC, d.label`.execute(db);
  return rows;
}

/** A dummy column: 1 for respondents at one level, or (`other`) at none of the kept levels. */
export type DummySpec = { dimension: GroupDimension; level: string } | { dimension: GroupDimension; otherThan: readonly string[] };

export interface RegressionSumsRow {
  n: number;
  xtx: number[][];
  xty: number[];
  yty: number;
}

/**
 * n, X'X, X'y and y'y with the intercept first, then the predictors, then the dummies.
 * `keep` limits each control to these levels (rows at dropped levels leave the analysis).
 */
export async function regressionSums(
  db: Queryable,
  spec: RegressionSpec,
  dummies: readonly DummySpec[],
  keep: readonly { dimension: GroupDimension; levels: readonly string[] }[],
): Promise<RegressionSumsRow> {
  const cols: RawBuilder<unknown>[] = [
    // float8 literals: a bare 1.0 is numeric, and numeric products and sums are many times slower.
    sql`1::float8`,
    ...spec.predictors.map((_, i) => sql`${sql.ref(`cc.x${i}`)}`),
    ...dummies.map((d) =>
      'level' in d
        ? sql`(CASE WHEN ${column(d.dimension)} = ${d.level} THEN 1::float8 ELSE 0::float8 END)`
        : sql`(CASE WHEN ${column(d.dimension)} = ANY(${[...d.otherThan]}::text[]) THEN 0::float8 ELSE 1::float8 END)`,
    ),
  ];
  const width = cols.length;
  const c = (i: number) => sql.ref(`d.c${i}`);
  const sums: RawBuilder<unknown>[] = [sql`count(*)::int AS n`, sql`coalesce(sum(d.y * d.y), 0)::float8 AS yty`];
  for (let i = 0; i < width; i++) {
    sums.push(sql`coalesce(sum(${c(i)} * d.y), 0)::float8 AS ${sql.ref(`y_${i}`)}`);
    for (let j = i; j < width; j++) sums.push(sql`coalesce(sum(${c(i)} * ${c(j)}), 0)::float8 AS ${sql.ref(`c_${i}_${j}`)}`);
  }
  const filters = keep.map((k) => sql`${column(k.dimension)} = ANY(${[...k.levels]}::text[])`);
  // The design matrix as a subquery (OFFSET 0 keeps it one), so each dummy is computed once per row, not once per product.
  const { rows } = await sql<Record<string, number>>`
    ${completeCases(spec)}
    SELECT ${sql.join(sums)}
    FROM (SELECT cc.y, ${sql.join(cols.map((col, i) => sql`${col} AS ${sql.ref(`c${i}`)}`))} FROM cc
      ${filters.length ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``} OFFSET 0) d`.execute(db);
  const row = rows[0] ?? {};
  const at = (key: string) => Number(row[key] ?? 0);
  const xtx = Array.from({ length: width }, (_, i) => Array.from({ length: width }, (__, j) => at(i <= j ? `c_${i}_${j}` : `c_${j}_${i}`)));
  // The intercept column is a float, so X'X[0][0] comes back as a float; the regression compares it with n exactly.
  const n = at('n');
  if (xtx[0]) xtx[0][0] = n;
  return { n, xtx, xty: Array.from({ length: width }, (_, i) => at(`y_${i}`)), yty: at('yty') };
}
