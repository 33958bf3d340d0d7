import { sql } from 'kysely';
import { pivotElements, positionOf, x, type PivotColumns } from './survey-report.repository';
import type { Queryable } from './types';

/*
 * The report's figures about single answers: counts per item and value, and what Cronbach's alpha
 * needs. Both are one pass over survey_response_pivot (one row per submitted response, answers in
 * an array) with FILTER aggregates, returning a single row.
 */

export interface ValueCount {
  item_code: string;
  value: number;
  count: number;
}

/**
 * Answers per item and value within the item's answer scale: mean, SD, distribution and top-half
 * share all follow from these. Values outside the scale are not counted (the descriptives ignore them).
 */
export async function itemValueCounts(
  db: Queryable,
  campaignId: string,
  columns: PivotColumns,
  items: readonly { code: string; min: number; max: number }[],
): Promise<ValueCount[]> {
  const cells = items.flatMap((item) => {
    const pos = positionOf(columns.items, item.code);
    if (pos === null) return [];
    return Array.from({ length: item.max - item.min + 1 }, (_, v) => ({ code: item.code, pos, value: item.min + v }));
  });
  const positions = [...new Set(cells.map((c) => c.pos))];
  if (positions.length === 0) return [];
  const col = new Map(positions.map((pos, i) => [pos, i]));
  const { rows } = await sql<{ counts: number[] }>`
    SELECT ARRAY[${sql.join(cells.map((c) => sql`count(*) FILTER (WHERE ${x(col.get(c.pos) ?? 0)} = ${sql.lit(c.value)})`))}]::int[] AS counts
    FROM ${pivotElements(campaignId, 'answers', positions)} w`.execute(db);
  const counts = rows[0]?.counts ?? [];
  return cells.flatMap((c, i) => ((counts[i] ?? 0) > 0 ? [{ item_code: c.code, value: c.value, count: counts[i] ?? 0 }] : []));
}

export interface AlphaScale {
  code: string;
  /** Reverse-keyed items are mirrored as `mirror` − value (min + max of the answer scale). */
  items: readonly { code: string; reverse: boolean; mirror: number }[];
}

export interface AlphaSums {
  scale_code: string;
  n: number;
  sum_item_var: number | null;
  total_var: number | null;
}

/**
 * What Cronbach's alpha needs per scale, over respondents who answered every item of it (reverse
 * items mirrored): the sum of the item variances and the variance of the per-respondent sum
 * score. Mirroring does not change an item's own variance, so only the sum score mirrors.
 */
export async function alphaSums(db: Queryable, campaignId: string, columns: PivotColumns, scales: readonly AlphaScale[]): Promise<AlphaSums[]> {
  const usable = scales.filter((s) => s.items.length > 0 && s.items.every((i) => positionOf(columns.items, i.code) !== null));
  const positions = [...new Set(usable.flatMap((s) => s.items.map((i) => positionOf(columns.items, i.code) ?? 0)))];
  if (positions.length === 0) return [];
  const col = (code: string) => x(positions.indexOf(positionOf(columns.items, code) ?? 0));
  const parts = usable.map((s) => {
    const complete = sql`${sql.join(s.items.map((i) => sql`${col(i.code)} IS NOT NULL`), sql` AND `)}`;
    const keyed = s.items.map((i) => (i.reverse ? sql`(${sql.lit(i.mirror)} - ${col(i.code)})` : col(i.code)));
    return {
      n: sql`count(*) FILTER (WHERE ${complete})`,
      itemVar: sql`(${sql.join(s.items.map((i) => sql`var_samp(${col(i.code)}::float8) FILTER (WHERE ${complete})`), sql` + `)})`,
      totalVar: sql`var_samp((${sql.join(keyed, sql` + `)})::float8) FILTER (WHERE ${complete})`,
    };
  });
  const { rows } = await sql<{ n: number[]; item_var: (number | null)[]; total_var: (number | null)[] }>`
    SELECT ARRAY[${sql.join(parts.map((p) => p.n))}]::int[] AS n,
      ARRAY[${sql.join(parts.map((p) => p.itemVar))}]::float8[] AS item_var,
      ARRAY[${sql.join(parts.map((p) => p.totalVar))}]::float8[] AS total_var
    FROM ${pivotElements(campaignId, 'answers', positions)} w`.execute(db);
  const row = rows[0];
  return usable.map((s, i) => ({ scale_code: s.code, n: row?.n[i] ?? 0, sum_item_var: row?.item_var[i] ?? null, total_var: row?.total_var[i] ?? null }));
}
