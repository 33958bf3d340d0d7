import type { Insertable } from 'kysely';
import type { DB } from '../db/schema';
import type { Queryable } from './types';

/*
 * Bulk inserts for a dossier import. The service assigns the new ids, so links between rows are
 * known before anything is written and each table takes one insert per batch. All of them run in
 * the caller's transaction.
 */

type Rows<T extends keyof DB> = Insertable<DB[T]>[];

const BATCH = 500;

async function insertAll<T extends keyof DB & string>(db: Queryable, table: T, rows: Rows<T>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // Kysely cannot type a generic table name here; the rows are typed by the caller.
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

export interface DossierRows {
  goals: Rows<'portfolio_goal'>;
  goalCompetencies: Rows<'portfolio_goal_competency'>;
  goalActions: Rows<'portfolio_goal_action'>;
  goalReviews: Rows<'portfolio_goal_review'>;
  goalRevisions: Rows<'portfolio_goal_revision'>;
  evidence: Rows<'portfolio_evidence'>;
  evidenceCompetencies: Rows<'portfolio_evidence_competency'>;
  evidenceGoals: Rows<'portfolio_evidence_goal'>;
  files: Rows<'portfolio_file'>;
  feedbackRequests: Rows<'portfolio_feedback_request'>;
  feedback: Rows<'portfolio_feedback'>;
  showcasePages: Rows<'showcase_page'>;
  showcaseItems: Rows<'showcase_page_item'>;
}

export async function insertDossierImport(db: Queryable, row: Insertable<DB['dossier_import']>): Promise<void> {
  await db.insertInto('dossier_import').values(row).execute();
}

/** In dependency order: parents before the rows that point at them. */
export async function insertDossierRows(db: Queryable, rows: DossierRows): Promise<void> {
  await insertAll(db, 'portfolio_goal', rows.goals);
  await insertAll(db, 'portfolio_goal_competency', rows.goalCompetencies);
  await insertAll(db, 'portfolio_goal_action', rows.goalActions);
  await insertAll(db, 'portfolio_goal_review', rows.goalReviews);
  await insertAll(db, 'portfolio_goal_revision', rows.goalRevisions);
  await insertAll(db, 'portfolio_evidence', rows.evidence);
  await insertAll(db, 'portfolio_evidence_competency', rows.evidenceCompetencies);
  await insertAll(db, 'portfolio_evidence_goal', rows.evidenceGoals);
  await insertAll(db, 'portfolio_file', rows.files);
  await insertAll(db, 'portfolio_feedback_request', rows.feedbackRequests);
  await insertAll(db, 'portfolio_feedback', rows.feedback);
  await insertAll(db, 'showcase_page', rows.showcasePages);
  await insertAll(db, 'showcase_page_item', rows.showcaseItems);
}

/** The student an import is for, when they are a student of this institution. */
export function studentInInstitution(db: Queryable, studentId: string, institutionId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', '=', studentId)
    .where('institution_id', '=', institutionId)
    .where('role', '=', 'student')
    .executeTakeFirst();
}
