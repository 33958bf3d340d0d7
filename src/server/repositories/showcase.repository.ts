import { sql } from 'kysely';
import type { Queryable } from './types';

/** Showcase pages and what is on them. Item content is read only for the items of one page. */

export async function pagesOf(db: Queryable, studentId: string) {
  const { rows } = await sql<{ id: string; title: string; updated_at: Date; item_count: number; active_shares: number; views: number }>`
    SELECT p.id, p.title, p.updated_at,
      (SELECT count(*)::int FROM showcase_page_item i WHERE i.page_id = p.id) AS item_count,
      (SELECT count(*)::int FROM showcase_share s WHERE s.page_id = p.id AND s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now())) AS active_shares,
      (SELECT count(*)::int FROM showcase_view v WHERE v.page_id = p.id) AS views
    FROM showcase_page p WHERE p.student_id = ${studentId}
    ORDER BY p.updated_at DESC`.execute(db);
  return rows;
}

export async function findPage(db: Queryable, id: string) {
  return db
    .selectFrom('showcase_page as p')
    .innerJoin('app_user as u', 'u.id', 'p.student_id')
    .select(['p.id', 'p.institution_id', 'p.student_id', 'p.title', 'p.intro', 'p.show_competency_chart', 'p.updated_at', 'p.version', 'u.display_name as student_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function insertPage(db: Queryable, p: { institutionId: string; studentId: string; title: string; intro: string; showCompetencyChart: boolean }): Promise<string> {
  const row = await db
    .insertInto('showcase_page')
    .values({ institution_id: p.institutionId, student_id: p.studentId, title: p.title, intro: p.intro, show_competency_chart: p.showCompetencyChart })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves when the version is still the one the writer saw; false when someone else was first. */
export async function updatePage(db: Queryable, id: string, version: number, p: { title: string; intro: string; showCompetencyChart: boolean }): Promise<boolean> {
  const result = await db
    .updateTable('showcase_page')
    .set({ title: p.title, intro: p.intro, show_competency_chart: p.showCompetencyChart, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePage(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('showcase_page').where('id', '=', id).execute();
}

export type Ref = { evidenceId: string } | { goalId: string };

export async function replaceItems(db: Queryable, pageId: string, refs: readonly Ref[]): Promise<void> {
  await db.deleteFrom('showcase_page_item').where('page_id', '=', pageId).execute();
  if (refs.length === 0) return;
  await db
    .insertInto('showcase_page_item')
    .values(refs.map((r, position) => ({ page_id: pageId, position, evidence_id: 'evidenceId' in r ? r.evidenceId : null, goal_id: 'goalId' in r ? r.goalId : null })))
    .execute();
}

/** How many of these ids are the student's own evidence and goals. */
export async function countOwned(db: Queryable, studentId: string, evidenceIds: readonly string[], goalIds: readonly string[]) {
  const evidence = evidenceIds.length
    ? await db.selectFrom('portfolio_evidence').select((eb) => eb.fn.countAll<number>().as('n')).where('student_id', '=', studentId).where('id', 'in', evidenceIds).executeTakeFirstOrThrow()
    : { n: 0 };
  const goals = goalIds.length
    ? await db.selectFrom('portfolio_goal').select((eb) => eb.fn.countAll<number>().as('n')).where('student_id', '=', studentId).where('id', 'in', goalIds).executeTakeFirstOrThrow()
    : { n: 0 };
  return { evidence: Number(evidence.n), goals: Number(goals.n) };
}

export interface ItemRow {
  position: number;
  evidence_id: string | null;
  goal_id: string | null;
  kind: string;
  title: string;
  body: unknown;
  template: string | null;
  experience_type: string | null;
  organisation: string | null;
  date: string | null;
  status: string | null;
}

/** The content of a page's items, in order: only those rows, nothing else of the portfolio. */
export async function itemsOf(db: Queryable, pageId: string): Promise<ItemRow[]> {
  const { rows } = await sql<ItemRow>`
    SELECT i.position, i.evidence_id, i.goal_id,
      coalesce(e.kind, 'goal') AS kind,
      coalesce(e.title, g.title) AS title,
      CASE WHEN e.id IS NOT NULL THEN e.body ELSE jsonb_build_object('description', g.description) END AS body,
      e.template, e.experience_type, e.organisation,
      coalesce(to_char(e.happened_on, 'YYYY-MM-DD'), to_char(g.due_on, 'YYYY-MM-DD')) AS date,
      CASE WHEN g.id IS NOT NULL THEN g.status ELSE NULL END AS status
    FROM showcase_page_item i
    LEFT JOIN portfolio_evidence e ON e.id = i.evidence_id
    LEFT JOIN portfolio_goal g ON g.id = i.goal_id
    WHERE i.page_id = ${pageId}
    ORDER BY i.position`.execute(db);
  return rows;
}

/** Everything of the student's own that can go on a page, newest first. */
export async function candidatesOf(db: Queryable, studentId: string) {
  const { rows } = await sql<{ evidence_id: string | null; goal_id: string | null; kind: string; title: string; date: string | null }>`
    SELECT e.id AS evidence_id, NULL::uuid AS goal_id, e.kind, e.title, to_char(coalesce(e.happened_on, e.updated_at::date), 'YYYY-MM-DD') AS date, e.updated_at AS sort
    FROM portfolio_evidence e WHERE e.student_id = ${studentId}
    UNION ALL
    SELECT NULL::uuid, g.id, 'goal', g.title, to_char(g.due_on, 'YYYY-MM-DD'), g.updated_at
    FROM portfolio_goal g WHERE g.student_id = ${studentId}
    ORDER BY sort DESC LIMIT 500`.execute(db);
  return rows;
}
