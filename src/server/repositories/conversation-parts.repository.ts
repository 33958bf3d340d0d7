import { sql } from 'kysely';
import type { Queryable } from './types';

/** Notes, actions and feedback of conversations. */

export interface NoteRow {
  id: string;
  conversation_id: string;
  author_id: string;
  author_name: string;
  tier: 'student' | 'team' | 'private';
  phase: 'terugblikken' | 'bewustwording' | 'alternatieven' | 'acties' | null;
  body: string;
  competencies: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

const noteSelect = sql`
  SELECT n.id, n.conversation_id, n.author_id, u.display_name AS author_name, n.tier, n.phase, n.body, n.competencies,
    n.version, n.created_at, n.updated_at
  FROM conversation_note n JOIN app_user u ON u.id = n.author_id`;

/**
 * The notes of a conversation that one viewer may see. The tier filter is part of the query, so a
 * private note of someone else never even leaves the database.
 */
export async function visibleNotes(db: Queryable, conversationId: string, viewer: { id: string; tiers: readonly ('student' | 'team')[] }) {
  const tiers = viewer.tiers.length > 0 ? sql`n.tier IN (${sql.join(viewer.tiers.map((t) => sql`${t}`))})` : sql`false`;
  const { rows } = await sql<NoteRow>`
    ${noteSelect}
    WHERE n.conversation_id = ${conversationId} AND (${tiers} OR (n.tier = 'private' AND n.author_id = ${viewer.id}))
    ORDER BY n.created_at, n.id`.execute(db);
  return rows;
}

export async function findNote(db: Queryable, id: string): Promise<NoteRow | undefined> {
  const { rows } = await sql<NoteRow>`${noteSelect} WHERE n.id = ${id}`.execute(db);
  return rows[0];
}

export async function insertNote(
  db: Queryable,
  v: { conversationId: string; authorId: string; tier: string; phase: string | null; body: string; competencies: string[] },
): Promise<string> {
  const row = await db
    .insertInto('conversation_note')
    .values({ conversation_id: v.conversationId, author_id: v.authorId, tier: v.tier, phase: v.phase, body: v.body, competencies: JSON.stringify(v.competencies) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateNote(db: Queryable, id: string, version: number, changes: { body: string; tier?: string }): Promise<boolean> {
  const result = await db
    .updateTable('conversation_note')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Retention: private working notes not changed for the institution's retention period are removed. */
export async function purgePrivateNotes(db: Queryable): Promise<number> {
  const result = await sql`
    DELETE FROM conversation_note n USING conversation c, institution i
    WHERE n.conversation_id = c.id AND c.institution_id = i.id AND n.tier = 'private'
      AND n.updated_at < now() - make_interval(months => i.private_note_retention_months)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface ActionRow {
  id: string;
  conversation_id: string;
  student_id: string;
  what: string;
  owner: 'student' | 'counsellor' | 'other';
  due_date: string;
  status: 'open' | 'done' | 'dropped';
  created_at: Date;
}

export function actionsOfConversation(db: Queryable, conversationId: string): Promise<ActionRow[]> {
  return db.selectFrom('conversation_action').selectAll().where('conversation_id', '=', conversationId).orderBy('due_date').orderBy('id').execute() as Promise<ActionRow[]>;
}

export function openActionsOfStudent(db: Queryable, studentId: string): Promise<ActionRow[]> {
  return db
    .selectFrom('conversation_action')
    .selectAll()
    .where('student_id', '=', studentId)
    .where('status', '=', 'open')
    .orderBy('due_date')
    .limit(100)
    .execute() as Promise<ActionRow[]>;
}

export function findAction(db: Queryable, id: string): Promise<ActionRow | undefined> {
  return db.selectFrom('conversation_action').selectAll().where('id', '=', id).executeTakeFirst() as Promise<ActionRow | undefined>;
}

export async function insertActions(db: Queryable, conversationId: string, studentId: string, actions: { what: string; owner: string; dueDate: string }[]) {
  if (actions.length === 0) return;
  await db
    .insertInto('conversation_action')
    .values(actions.map((a) => ({ conversation_id: conversationId, student_id: studentId, what: a.what, owner: a.owner, due_date: a.dueDate })))
    .execute();
}

export async function setActionStatus(db: Queryable, id: string, status: string): Promise<void> {
  await db.updateTable('conversation_action').set({ status, updated_at: sql`now()` }).where('id', '=', id).execute();
}

export async function hasFeedback(db: Queryable, conversationId: string): Promise<boolean> {
  return (await db.selectFrom('conversation_feedback').select('conversation_id').where('conversation_id', '=', conversationId).executeTakeFirst()) !== undefined;
}

export async function insertFeedback(
  db: Queryable,
  v: { conversationId: string; counsellorId: string; whoseAgenda: string; helpingVsReflective: number; topics: string[]; comment: string },
): Promise<void> {
  await db
    .insertInto('conversation_feedback')
    .values({
      conversation_id: v.conversationId,
      counsellor_id: v.counsellorId,
      whose_agenda: v.whoseAgenda,
      helping_vs_reflective: v.helpingVsReflective,
      topics: JSON.stringify(v.topics),
      comment: v.comment,
    })
    .execute();
}

/** Feedback counted in SQL per counsellor (or for the whole institution with counsellorId null). */
export async function feedbackCounts(db: Queryable, institutionId: string, counsellorId: string | null) {
  const { rows } = await sql<{
    counsellor_id: string;
    counsellor_name: string;
    n: number;
    mine: number;
    both: number;
    counsellor: number;
    mean: number;
    studievoortgang: number;
    zelfbeeld_toekomstbeeld: number;
    acties_werk_loopbaan: number;
  }>`
    SELECT f.counsellor_id, u.display_name AS counsellor_name, count(*)::int AS n,
      count(*) FILTER (WHERE f.whose_agenda = 'mine')::int AS mine,
      count(*) FILTER (WHERE f.whose_agenda = 'both')::int AS both,
      count(*) FILTER (WHERE f.whose_agenda = 'counsellor')::int AS counsellor,
      avg(f.helping_vs_reflective)::float8 AS mean,
      count(*) FILTER (WHERE f.topics ? 'studievoortgang')::int AS studievoortgang,
      count(*) FILTER (WHERE f.topics ? 'zelfbeeld_toekomstbeeld')::int AS zelfbeeld_toekomstbeeld,
      count(*) FILTER (WHERE f.topics ? 'acties_werk_loopbaan')::int AS acties_werk_loopbaan
    FROM conversation_feedback f
    JOIN conversation c ON c.id = f.conversation_id
    JOIN app_user u ON u.id = f.counsellor_id
    WHERE c.institution_id = ${institutionId} ${counsellorId ? sql`AND f.counsellor_id = ${counsellorId}` : sql``}
    GROUP BY f.counsellor_id, u.display_name, u.sort_name
    ORDER BY u.sort_name`.execute(db);
  return rows;
}
