import { sql } from 'kysely';
import type { Queryable } from './types';

/*
 * The anonymised response data for the export, one page of respondents at a time (keyset on the
 * response id), each with its answers and scale scores taken from survey_response_pivot and put in
 * the export's column order by PostgreSQL. The id is random, so this order says nothing about who
 * answered when.
 */

export interface ExportRow {
  id: string;
  sector: string | null;
  programme: string | null;
  gender: string | null;
  year: string | null;
  answers: (number | null)[];
  scores: (number | null)[];
}

/** Pivot array positions (1-based) of the exported items and scales, in column order; null = not in the pivot. */
export interface ExportPositions {
  items: readonly (number | null)[];
  scales: readonly (number | null)[];
}

const pick = (array: 'answers' | 'scores', positions: readonly (number | null)[], type: 'int' | 'float8') =>
  positions.length === 0
    ? sql`ARRAY[]::${sql.raw(type)}[]`
    : sql`ARRAY[${sql.join(positions.map((pos) => (pos === null ? sql`NULL` : sql`p.${sql.raw(array)}[${sql.lit(pos)}]`)))}]::${sql.raw(type)}[]`;

export async function exportPage(
  db: Queryable,
  q: { campaignId: string; positions: ExportPositions; after: string | null; limit: number },
): Promise<ExportRow[]> {
  const { rows } = await sql<ExportRow>`
    SELECT r.id, r.sector, r.programme, r.gender, r.year,
      ${pick('answers', q.positions.items, 'int')} AS answers, ${pick('scores', q.positions.scales, 'float8')} AS scores
    FROM survey_response r
    -- The keyset bound on the pivot too, so a merge join starts at the page instead of at the first respondent.
    LEFT JOIN survey_response_pivot p ON p.response_id = r.id AND (${q.after}::uuid IS NULL OR p.response_id > ${q.after}::uuid)
    WHERE r.campaign_id = ${q.campaignId} AND r.status = 'submitted' AND (${q.after}::uuid IS NULL OR r.id > ${q.after}::uuid)
    ORDER BY r.id LIMIT ${q.limit}`.execute(db);
  return rows;
}
