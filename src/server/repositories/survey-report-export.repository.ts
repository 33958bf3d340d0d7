import { sql } from 'kysely';
import type { Queryable } from './types';

/*
 * The anonymised response data for the export, one page of respondents at a time (keyset on the
 * response id), each with its answers and scale scores pivoted into arrays in the export's column
 * order by PostgreSQL. The id is random, so this order says nothing about who answered when.
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

export async function exportPage(
  db: Queryable,
  q: { campaignId: string; items: readonly string[]; scales: readonly string[]; after: string | null; limit: number },
): Promise<ExportRow[]> {
  const { rows } = await sql<ExportRow>`
    SELECT r.id, r.sector, r.programme, r.gender, r.year,
      ARRAY(SELECT a.value FROM unnest(${q.items}::text[]) WITH ORDINALITY AS u(code, ord)
            LEFT JOIN survey_answer a ON a.response_id = r.id AND a.item_code = u.code ORDER BY u.ord) AS answers,
      ARRAY(SELECT s.score FROM unnest(${q.scales}::text[]) WITH ORDINALITY AS u(code, ord)
            LEFT JOIN survey_scale_score s ON s.response_id = r.id AND s.scale_code = u.code ORDER BY u.ord) AS scores
    FROM survey_response r
    WHERE r.campaign_id = ${q.campaignId} AND r.status = 'submitted' AND (${q.after}::uuid IS NULL OR r.id > ${q.after}::uuid)
    ORDER BY r.id LIMIT ${q.limit}`.execute(db);
  return rows;
}
