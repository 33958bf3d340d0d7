import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { ScoringKey } from '../../domain/surveys/scoring-key';
import { PREPARE_MARK } from '../db/prepared';
import type { Queryable } from './types';

/*
 * Survey responses and their answers. Bulk writers (the CSV import, the demo seed, the benchmark)
 * all go through insertResponses, which writes responses, answers and scale scores in a few
 * set-based statements per chunk instead of one statement per row.
 */

export interface ResponseLabels {
  sector?: string | null;
  programme?: string | null;
  cohort?: string | null;
  gender?: string | null;
  year?: string | null;
}

export interface NewResponse {
  labels: ResponseLabels;
  pseudonym?: string | null;
  answers: Record<string, number>;
}

const CHUNK = 5000;

/** Submitted responses in bulk; returns how many were written. Pass the transaction of the whole import. */
export async function insertResponses(
  db: Queryable,
  campaignId: string,
  rows: readonly NewResponse[],
  options: { key: ScoringKey; importId?: string | null; submittedAt?: Date },
): Promise<number> {
  const at = options.submittedAt ?? new Date();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const ids = chunk.map(() => randomUUID());
    const col = (f: keyof ResponseLabels) => chunk.map((r) => r.labels[f] ?? null);
    await sql`
      INSERT INTO survey_response (id, campaign_id, import_id, pseudonym, sector, programme, cohort, gender, year, status, started_at, submitted_at)
      SELECT v.id, ${campaignId}::uuid, ${options.importId ?? null}::uuid, v.pseudonym, v.sector, v.programme, v.cohort, v.gender, v.year,
        'submitted', ${at}::timestamptz, ${at}::timestamptz
      FROM unnest(${ids}::uuid[], ${chunk.map((r) => r.pseudonym ?? null)}::text[], ${col('sector')}::text[], ${col('programme')}::text[],
        ${col('cohort')}::text[], ${col('gender')}::text[], ${col('year')}::text[]) AS v(id, pseudonym, sector, programme, cohort, gender, year)`.execute(db);
    const answerIds: string[] = [];
    const codes: string[] = [];
    const values: number[] = [];
    chunk.forEach((r, i) => {
      for (const [code, value] of Object.entries(r.answers)) {
        answerIds.push(ids[i] as string);
        codes.push(code);
        values.push(value);
      }
    });
    if (codes.length > 0) {
      await sql`INSERT INTO survey_answer (response_id, item_code, value)
        SELECT * FROM unnest(${answerIds}::uuid[], ${codes}::text[], ${values}::int[])`.execute(db);
    }
    await writeScaleScores(db, ids, options.key);
  }
  return rows.length;
}

/** Scores the given responses from their stored answers (mean of keyed answers per scale), replacing older scores. */
export async function writeScaleScores(db: Queryable, responseIds: readonly string[], key: ScoringKey): Promise<void> {
  if (responseIds.length === 0 || key.items.length === 0) return;
  const needed = new Map(key.scales.map((s) => [s.code, s.needed]));
  await sql`DELETE FROM survey_scale_score WHERE response_id = ANY(${responseIds}::uuid[])`.execute(db);
  await sql`
    INSERT INTO survey_scale_score (response_id, scale_code, score)
    SELECT a.response_id, m.scale_code, avg(CASE WHEN m.reverse THEN m.lo + m.hi - a.value ELSE a.value END)::float8
    FROM survey_answer a
    JOIN unnest(${key.items.map((i) => i.code)}::text[], ${key.items.map((i) => i.scale)}::text[], ${key.items.map((i) => i.reverse)}::boolean[],
      ${key.items.map((i) => i.min)}::int[], ${key.items.map((i) => i.max)}::int[], ${key.items.map((i) => needed.get(i.scale) ?? 1)}::int[])
      AS m(item_code, scale_code, reverse, lo, hi, needed) ON m.item_code = a.item_code
    WHERE a.response_id = ANY(${responseIds}::uuid[])
    GROUP BY a.response_id, m.scale_code, m.needed
    HAVING count(*) >= m.needed`.execute(db);
}

/* ---- one respondent answering through an invitation ---- */

export interface DraftRow {
  id: string;
  status: 'draft' | 'submitted';
}

export async function findByInvitation(db: Queryable, invitationId: string): Promise<DraftRow | undefined> {
  const { rows } = await sql<DraftRow>`SELECT id, status FROM survey_response WHERE invitation_id = ${invitationId}`.execute(db);
  return rows[0];
}

/** A draft carrying the invitee's group labels (copied now, so later moves do not change the report). */
export async function insertDraft(db: Queryable, v: { campaignId: string; invitationId: string; pseudonym: string | null; year: string }): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO survey_response (campaign_id, invitation_id, pseudonym, sector, programme, cohort, gender, year)
    SELECT ${v.campaignId}, i.id, ${v.pseudonym}, s.name, p.name, c.name, u.gender, ${v.year}
    FROM survey_invitation i JOIN app_user u ON u.id = i.user_id
    LEFT JOIN sector s ON s.id = i.sector_id LEFT JOIN programme p ON p.id = i.programme_id LEFT JOIN cohort c ON c.id = i.cohort_id
    WHERE i.id = ${v.invitationId}
    ON CONFLICT (invitation_id) WHERE invitation_id IS NOT NULL DO NOTHING
    RETURNING id`.execute(db);
  return rows[0]?.id ?? (await findByInvitation(db, v.invitationId))?.id ?? '';
}

export async function answersOf(db: Queryable, responseId: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom('survey_answer').select(['item_code', 'value']).where('response_id', '=', responseId).execute();
  return Object.fromEntries(rows.map((r) => [r.item_code, r.value]));
}

// One writing of answers for both paths; `also` joins a row the autosave requires to exist.
function answersUpsert(responseId: string, set: Record<string, number>, also: RawBuilder<unknown> = sql``): RawBuilder<unknown> {
  const codes = Object.keys(set);
  return sql`INSERT INTO survey_answer (response_id, item_code, value)
    SELECT ${responseId}::uuid, c, v FROM ${also} unnest(${codes}::text[], ${codes.map((c) => set[c] as number)}::int[]) AS x(c, v)
    ON CONFLICT (response_id, item_code) DO UPDATE SET value = EXCLUDED.value`;
}

function answersDelete(responseId: string, clear: readonly string[], also: RawBuilder<unknown> = sql``): RawBuilder<unknown> {
  return sql`DELETE FROM survey_answer a WHERE a.response_id = ${responseId} AND a.item_code = ANY(${clear}::text[]) ${also}`;
}

export async function saveAnswers(db: Queryable, responseId: string, set: Record<string, number>, clear: readonly string[]): Promise<void> {
  if (Object.keys(set).length > 0) await answersUpsert(responseId, set).execute(db);
  if (clear.length > 0) await answersDelete(responseId, clear).execute(db);
}

/**
 * Autosave in one statement (and one commit): the answers are written only while the invitation
 * (locked, so a submit in progress is waited for), its campaign and its draft response still allow
 * it. False when they do not; the caller then takes the full path, which says why.
 */
export async function saveAnswersIfOpen(
  db: Queryable,
  t: { invitationId: string; tokenHash: string | null; responseId: string; today: string },
  set: Record<string, number>,
  clear: readonly string[],
): Promise<boolean> {
  // Prepared per connection: a handful of variants (answers set, cleared, by token or not), each planned once.
  const { rows } = await sql<{ open: boolean }>`${PREPARE_MARK}
    WITH inv AS (
      SELECT i.id FROM survey_invitation i
      JOIN survey_campaign sc ON sc.id = i.campaign_id
      JOIN survey_response r ON r.invitation_id = i.id
      WHERE i.id = ${t.invitationId} ${t.tokenHash ? sql`AND i.token_hash = ${t.tokenHash}` : sql``}
        AND r.id = ${t.responseId} AND r.status = 'draft' AND i.responded_at IS NULL
        AND sc.status = 'open' AND ${t.today}::date BETWEEN sc.opens_on AND sc.closes_on
      FOR UPDATE OF i
    )${Object.keys(set).length > 0 ? sql`, saved AS (${answersUpsert(t.responseId, set, sql`inv,`)} RETURNING 1)` : sql``}${
      clear.length > 0 ? sql`, cleared AS (${answersDelete(t.responseId, clear, sql`AND EXISTS (SELECT 1 FROM inv)`)} RETURNING 1)` : sql``
    }
    SELECT EXISTS (SELECT 1 FROM inv) AS open`.execute(db);
  return rows[0]?.open === true;
}

/**
 * Hands a response in. In an anonymous campaign the link to the invitation is cut and the times
 * are kept to the day, so neither a join nor the clock can tie the answers back to the invitee.
 */
export async function submit(db: Queryable, responseId: string, anonymous: boolean): Promise<void> {
  if (anonymous) {
    await sql`UPDATE survey_response SET status = 'submitted', invitation_id = NULL,
      started_at = date_trunc('day', started_at), submitted_at = date_trunc('day', now()) WHERE id = ${responseId}`.execute(db);
  } else {
    await sql`UPDATE survey_response SET status = 'submitted', submitted_at = now() WHERE id = ${responseId}`.execute(db);
  }
}

/* ---- imports ---- */

export async function insertImport(db: Queryable, v: { campaignId: string; createdBy: string; fileName: string; status: 'checked' | 'rejected' | 'applied'; rowCount: number; report: unknown }): Promise<string> {
  const row = await db
    .insertInto('survey_import')
    .values({
      campaign_id: v.campaignId,
      created_by: v.createdBy,
      file_name: v.fileName,
      status: v.status,
      row_count: v.rowCount,
      report: JSON.stringify(v.report),
      applied_at: v.status === 'applied' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Respondent ids already imported into this campaign (kept as the response's pseudonym). */
export async function importedRespondents(db: Queryable, campaignId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ pseudonym: string }>`SELECT pseudonym FROM survey_response
    WHERE campaign_id = ${campaignId} AND import_id IS NOT NULL AND pseudonym = ANY(${ids}::text[])`.execute(db);
  return new Set(rows.map((r) => r.pseudonym));
}
