import type { Queryable } from './types';

/*
 * Everything a student owns, read in bulk for the loopbaandossier export. Only what the student can
 * see themself: conversation notes of the student tier (never team or private notes), their own
 * submitted self-assessments, and no shares, links or views of showcase pages.
 */

export async function studentProfile(db: Queryable, studentId: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('institution', 'institution.id', 'app_user.institution_id')
    .select(['app_user.id', 'app_user.display_name', 'app_user.email', 'app_user.institution_id', 'institution.name as institution_name'])
    .where('app_user.id', '=', studentId)
    .where('app_user.role', '=', 'student')
    .executeTakeFirst();
}

export function enrolmentHistory(db: Queryable, studentId: string) {
  return db
    .selectFrom('enrolment')
    .innerJoin('cohort', 'cohort.id', 'enrolment.cohort_id')
    .innerJoin('programme', 'programme.id', 'cohort.programme_id')
    .innerJoin('institution', 'institution.id', 'programme.institution_id')
    .select([
      'institution.name as institution',
      'programme.name as programme',
      'programme.level',
      'cohort.name as cohort',
      'cohort.school_year',
      'enrolment.start_date',
      'enrolment.end_date',
    ])
    .where('enrolment.student_id', '=', studentId)
    .orderBy('enrolment.start_date')
    .orderBy('enrolment.id')
    .execute();
}

export async function goalsOf(db: Queryable, studentId: string) {
  const goals = await db.selectFrom('portfolio_goal').selectAll().where('student_id', '=', studentId).orderBy('created_at').orderBy('id').execute();
  const ids = goals.map((g) => g.id);
  if (ids.length === 0) return { goals, competencies: [], actions: [], reviews: [], revisions: [] };
  const [competencies, actions, reviews, revisions] = await Promise.all([
    db.selectFrom('portfolio_goal_competency').selectAll().where('goal_id', 'in', ids).orderBy('competency').execute(),
    db.selectFrom('portfolio_goal_action').selectAll().where('goal_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('portfolio_goal_review').selectAll().where('goal_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('portfolio_goal_revision').selectAll().where('goal_id', 'in', ids).orderBy('changed_at').orderBy('id').execute(),
  ]);
  return { goals, competencies, actions, reviews, revisions };
}

export async function evidenceOf(db: Queryable, studentId: string) {
  const evidence = await db.selectFrom('portfolio_evidence').selectAll().where('student_id', '=', studentId).orderBy('created_at').orderBy('id').execute();
  const ids = evidence.map((e) => e.id);
  if (ids.length === 0) return { evidence, competencies: [], goals: [], files: [] };
  const [competencies, goals, files] = await Promise.all([
    db.selectFrom('portfolio_evidence_competency').selectAll().where('evidence_id', 'in', ids).orderBy('competency').execute(),
    db.selectFrom('portfolio_evidence_goal').selectAll().where('evidence_id', 'in', ids).orderBy('goal_id').execute(),
    db.selectFrom('portfolio_file').selectAll().where('evidence_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
  ]);
  return { evidence, competencies, goals, files };
}

/** Feedback the student received: answered requests only (an open request is an invitation of the old school). */
export function feedbackOf(db: Queryable, studentId: string) {
  return db
    .selectFrom('portfolio_feedback_request as r')
    .innerJoin('portfolio_feedback as f', 'f.request_id', 'r.id')
    .select(['r.evidence_id', 'r.name', 'r.question', 'r.created_at', 'f.author_name', 'f.body', 'f.created_at as answered_at'])
    .where('r.student_id', '=', studentId)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
}

export async function showcasePagesOf(db: Queryable, studentId: string) {
  const pages = await db.selectFrom('showcase_page').selectAll().where('student_id', '=', studentId).orderBy('created_at').orderBy('id').execute();
  const ids = pages.map((p) => p.id);
  const items = ids.length === 0 ? [] : await db.selectFrom('showcase_page_item').selectAll().where('page_id', 'in', ids).orderBy('position').execute();
  return { pages, items };
}

/** The student's own submitted self-assessments (not what a counsellor or supervisor rated). */
export async function selfAssessmentsOf(db: Queryable, studentId: string) {
  const responses = await db
    .selectFrom('instrument_response as r')
    .innerJoin('instrument_version as v', 'v.id', 'r.instrument_version_id')
    .select(['r.id', 'v.code', 'v.version', 'r.submitted_at'])
    .where('r.student_id', '=', studentId)
    .where('r.source', '=', 'self')
    .where('r.status', '=', 'submitted')
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .execute();
  const ids = responses.map((r) => r.id);
  if (ids.length === 0) return { responses, answers: [], scores: [] };
  const [answers, scores] = await Promise.all([
    db.selectFrom('instrument_answer').select(['response_id', 'item_code', 'value']).where('response_id', 'in', ids).orderBy('item_code').execute(),
    db.selectFrom('instrument_scale_score').selectAll().where('response_id', 'in', ids).orderBy('scale_code').execute(),
  ]);
  return { responses, answers, scores };
}

/** Held conversations with what the student saw of them: notes of the student tier and the actions. */
export async function heldConversationsOf(db: Queryable, studentId: string) {
  const conversations = await db
    .selectFrom('conversation')
    .select(['id', 'type', 'starts_at', 'held_at', 'agenda', 'experience', 'student_summary'])
    .where('student_id', '=', studentId)
    .where('status', '=', 'held')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  const ids = conversations.map((c) => c.id);
  if (ids.length === 0) return { conversations, notes: [], actions: [] };
  const [notes, actions] = await Promise.all([
    db
      .selectFrom('conversation_note')
      .select(['conversation_id', 'phase', 'body', 'competencies', 'created_at'])
      .where('conversation_id', 'in', ids)
      .where('tier', '=', 'student')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('conversation_action')
      .select(['conversation_id', 'what', 'owner', 'due_date', 'status'])
      .where('conversation_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return { conversations, notes, actions };
}

/** What earlier imported dossiers brought that has no live table here, oldest first. */
export function importArchivesOf(db: Queryable, studentId: string) {
  return db.selectFrom('dossier_import').select(['archive']).where('student_id', '=', studentId).orderBy('created_at').orderBy('id').execute();
}
