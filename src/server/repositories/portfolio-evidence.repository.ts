import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from './types';

/** Evidence in a portfolio: reflections, experiences and files, tagged by competency and goal. */

export interface EvidenceRow {
  id: string;
  institution_id: string;
  student_id: string;
  kind: 'reflection' | 'experience' | 'file';
  title: string;
  template: 'cycle' | 'starrtt' | 'free' | null;
  body: Record<string, string>;
  experience_type: 'bpv' | 'job' | 'volunteering' | 'open_day' | 'shadowing' | 'other' | null;
  organisation: string | null;
  happened_on: string | null;
  status: 'draft' | 'final';
  for_guidance: boolean;
  competencies: string[];
  goal_ids: string[];
  feedback_count: number;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/**
 * What guidance staff may see of a student's evidence: items the student marked for guidance and
 * finished (a draft is still being written). Use it in every query that shows evidence to staff,
 * e.g. `WHERE ${guidanceVisibleEvidence('e')}`.
 */
export function guidanceVisibleEvidence(alias = 'e'): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${alias}.for_guidance`)} AND ${sql.ref(`${alias}.status`)} = 'final')`;
}

const select = sql`
  SELECT e.id, e.institution_id, e.student_id, e.kind, e.title, e.template, e.body, e.experience_type, e.organisation, e.happened_on,
    e.status, e.for_guidance, e.created_at, e.updated_at, e.version,
    coalesce((SELECT json_agg(ec.competency ORDER BY ec.competency) FROM portfolio_evidence_competency ec WHERE ec.evidence_id = e.id), '[]') AS competencies,
    coalesce((SELECT json_agg(eg.goal_id ORDER BY eg.goal_id) FROM portfolio_evidence_goal eg WHERE eg.evidence_id = e.id), '[]') AS goal_ids,
    (SELECT count(*)::int FROM portfolio_feedback_request fr JOIN portfolio_feedback f ON f.request_id = fr.id WHERE fr.evidence_id = e.id) AS feedback_count
  FROM portfolio_evidence e`;

export interface EvidenceFilter {
  kind?: string;
  competency?: string;
  goal?: string;
  status?: string;
}

export async function listEvidence(db: Queryable, studentId: string, view: 'owner' | 'guidance', filter: EvidenceFilter = {}, limit = 500): Promise<EvidenceRow[]> {
  const where = [sql`e.student_id = ${studentId}`];
  if (view === 'guidance') where.push(guidanceVisibleEvidence('e'));
  if (filter.kind) where.push(sql`e.kind = ${filter.kind}`);
  if (filter.status) where.push(sql`e.status = ${filter.status}`);
  if (filter.competency) where.push(sql`EXISTS (SELECT 1 FROM portfolio_evidence_competency ec WHERE ec.evidence_id = e.id AND ec.competency = ${filter.competency})`);
  if (filter.goal) where.push(sql`EXISTS (SELECT 1 FROM portfolio_evidence_goal eg WHERE eg.evidence_id = e.id AND eg.goal_id = ${filter.goal})`);
  const { rows } = await sql<EvidenceRow>`
    ${select} WHERE ${sql.join(where, sql` AND `)}
    ORDER BY coalesce(e.happened_on, e.created_at::date) DESC, e.updated_at DESC, e.id LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findEvidence(db: Queryable, id: string): Promise<EvidenceRow | undefined> {
  const { rows } = await sql<EvidenceRow>`${select} WHERE e.id = ${id}`.execute(db);
  return rows[0];
}

export interface NewEvidenceRow {
  institutionId: string;
  studentId: string;
  kind: 'reflection' | 'experience' | 'file';
  title: string;
  template: string | null;
  body: Record<string, string>;
  experienceType: string | null;
  organisation: string | null;
  happenedOn: string | null;
  status: 'draft' | 'final';
  forGuidance: boolean;
  importedFrom?: string | null;
}

export async function insertEvidence(db: Queryable, v: NewEvidenceRow): Promise<string> {
  const row = await db
    .insertInto('portfolio_evidence')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      kind: v.kind,
      title: v.title,
      template: v.template,
      body: JSON.stringify(v.body),
      experience_type: v.experienceType,
      organisation: v.organisation,
      happened_on: v.happenedOn,
      status: v.status,
      for_guidance: v.forGuidance,
      imported_from: v.importedFrom ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type EvidenceChanges = Partial<{
  title: string;
  body: Record<string, string>;
  experience_type: string;
  organisation: string | null;
  happened_on: string | null;
  status: 'draft' | 'final';
  for_guidance: boolean;
}>;

/** Optimistic concurrency: false when the item changed since `version`. */
export async function updateEvidence(db: Queryable, id: string, version: number, changes: EvidenceChanges): Promise<boolean> {
  const { body, ...rest } = changes;
  const result = await db
    .updateTable('portfolio_evidence')
    .set({ ...rest, ...(body ? { body: JSON.stringify(body) } : {}), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteEvidence(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('portfolio_evidence').where('id', '=', id).execute();
}

export async function setEvidenceCompetencies(db: Queryable, evidenceId: string, competencies: readonly string[]): Promise<void> {
  await db.deleteFrom('portfolio_evidence_competency').where('evidence_id', '=', evidenceId).execute();
  if (competencies.length > 0) await db.insertInto('portfolio_evidence_competency').values(competencies.map((competency) => ({ evidence_id: evidenceId, competency }))).execute();
}

export async function setEvidenceGoals(db: Queryable, evidenceId: string, goalIds: readonly string[]): Promise<void> {
  await db.deleteFrom('portfolio_evidence_goal').where('evidence_id', '=', evidenceId).execute();
  if (goalIds.length > 0) await db.insertInto('portfolio_evidence_goal').values(goalIds.map((goal_id) => ({ evidence_id: evidenceId, goal_id }))).execute();
}

/** How many of these goal ids are goals of this student (tags never point into someone else's plan). */
export async function countOwnGoals(db: Queryable, studentId: string, goalIds: readonly string[]): Promise<number> {
  if (goalIds.length === 0) return 0;
  const row = await db
    .selectFrom('portfolio_goal')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('student_id', '=', studentId)
    .where('id', 'in', goalIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
