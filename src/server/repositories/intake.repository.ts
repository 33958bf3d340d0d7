import { sql } from 'kysely';
import type { ChoiceCheckOutcome, PriorEducation } from '../../domain/transition/intake';
import type { Queryable } from './types';

/** The intake record of a student's enrolment, its warm-handover ticks, and the enrolment it belongs to. */

export interface CurrentEnrolmentRow {
  id: string;
  programme: string;
  level: 'vo' | 'mbo' | 'hbo';
  cohort: string;
  start_date: string;
}

export async function currentEnrolment(db: Queryable, studentId: string): Promise<CurrentEnrolmentRow | undefined> {
  const { rows } = await sql<CurrentEnrolmentRow>`
    SELECT e.id, pr.name AS programme, pr.level, co.name AS cohort, to_char(e.start_date, 'YYYY-MM-DD') AS start_date
    FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN programme pr ON pr.id = co.programme_id
    WHERE e.student_id = ${studentId} AND e.end_date IS NULL
    ORDER BY e.start_date DESC LIMIT 1`.execute(db);
  return rows[0];
}

export interface IntakeRow {
  id: string;
  student_id: string;
  enrolment_id: string;
  prior_education: PriorEducation | null;
  mbo_level: number | null;
  prior_detail: string;
  learning_history: string;
  choice_check_outcome: ChoiceCheckOutcome | null;
  choice_check_advice: string;
  support_needs: string;
  first_steps: string;
  dossier_import_id: string | null;
  status: 'draft' | 'complete';
  completed_at: Date | null;
  created_by: string;
  created_by_name: string;
  version: number;
  updated_at: Date;
}

export async function findIntake(db: Queryable, enrolmentId: string): Promise<IntakeRow | undefined> {
  const { rows } = await sql<IntakeRow>`
    SELECT i.id, i.student_id, i.enrolment_id, i.prior_education, i.mbo_level, i.prior_detail, i.learning_history,
      i.choice_check_outcome, i.choice_check_advice, i.support_needs, i.first_steps, i.dossier_import_id, i.status,
      i.completed_at, i.created_by, u.display_name AS created_by_name, i.version, i.updated_at
    FROM intake i JOIN app_user u ON u.id = i.created_by
    WHERE i.enrolment_id = ${enrolmentId}`.execute(db);
  return rows[0];
}

export type IntakeColumns = Pick<
  IntakeRow,
  'prior_education' | 'mbo_level' | 'prior_detail' | 'learning_history' | 'choice_check_outcome' | 'choice_check_advice' | 'support_needs' | 'first_steps'
> & { dossier_import_id?: string | null; status: 'draft' | 'complete'; completed_at: Date | null; completed_by: string | null };

/** Creates the intake, or returns false when the enrolment has one already (someone was first). */
export async function insertIntake(
  db: Queryable,
  v: IntakeColumns & { institution_id: string; student_id: string; enrolment_id: string; created_by: string },
): Promise<boolean> {
  const res = await db
    .insertInto('intake')
    .values({ ...v, updated_by: v.created_by })
    .onConflict((oc) => oc.column('enrolment_id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Optimistic concurrency: only when the version is still the one the writer saw. */
export async function updateIntake(db: Queryable, id: string, version: number, v: IntakeColumns & { updated_by: string }): Promise<boolean> {
  const res = await db
    .updateTable('intake')
    .set({ ...v, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface HandoverTickRow {
  code: string;
  done_by: string;
  done_by_name: string;
  done_at: Date;
}

export async function handoverTicks(db: Queryable, intakeId: string): Promise<HandoverTickRow[]> {
  const { rows } = await sql<HandoverTickRow>`
    SELECT h.code, h.done_by, u.display_name AS done_by_name, h.done_at
    FROM intake_handover_item h JOIN app_user u ON u.id = h.done_by
    WHERE h.intake_id = ${intakeId}`.execute(db);
  return rows;
}

export async function setHandoverTick(db: Queryable, v: { intakeId: string; code: string; by: string; done: boolean }): Promise<void> {
  if (!v.done) {
    await db.deleteFrom('intake_handover_item').where('intake_id', '=', v.intakeId).where('code', '=', v.code).execute();
    return;
  }
  await db
    .insertInto('intake_handover_item')
    .values({ intake_id: v.intakeId, code: v.code, done_by: v.by })
    .onConflict((oc) => oc.columns(['intake_id', 'code']).doNothing())
    .execute();
}

export interface DossierImportRow {
  id: string;
  source_institution: string;
  created_at: Date;
  imported_by: string;
  exported_at: Date | null;
  counts: Record<string, number>;
  education_history: { institution: string; programme: string; level: string; schoolYear: string }[] | null;
  goals: string[] | null;
}

/** What came in with each dossier imported for the student: counts, goal titles and the education history. */
export async function dossierImportsOf(db: Queryable, studentId: string): Promise<DossierImportRow[]> {
  const { rows } = await sql<DossierImportRow>`
    SELECT d.id, d.source_institution, d.created_at, u.display_name AS imported_by, d.exported_at, d.counts,
      d.archive -> 'educationHistory' AS education_history,
      (SELECT json_agg(g.title ORDER BY g.created_at) FROM portfolio_goal g WHERE g.imported_from = d.id) AS goals
    FROM dossier_import d JOIN app_user u ON u.id = d.imported_by
    WHERE d.student_id = ${studentId}
    ORDER BY d.created_at DESC LIMIT 20`.execute(db);
  return rows;
}
