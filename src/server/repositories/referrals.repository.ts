import { sql } from 'kysely';
import type { Queryable } from './types';

/** Referrals to second-line support, their step plans and history. */

export interface ReferralRow {
  id: string;
  institution_id: string;
  student_id: string;
  student_name: string;
  referrer_id: string;
  referrer_name: string;
  specialist_id: string | null;
  specialist_name: string | null;
  line: 'second' | 'external';
  reason: string;
  description: string;
  consent: 'given' | 'not_given';
  no_consent_reason: string;
  parents_may_see: boolean;
  external_party: string;
  status: 'ingediend' | 'in_behandeling' | 'stappenplan' | 'afgerond' | 'terugverwezen';
  feedback: string;
  submitted_at: Date;
  first_contact_at: Date | null;
  closed_at: Date | null;
  version: number;
  programme: string | null;
}

const select = sql`
  SELECT r.id, r.institution_id, r.student_id, s.display_name AS student_name, r.referrer_id, rf.display_name AS referrer_name,
    r.specialist_id, sp.display_name AS specialist_name, r.line, r.reason, r.description, r.consent, r.no_consent_reason,
    r.parents_may_see, r.external_party, r.status, r.feedback, r.submitted_at, r.first_contact_at, r.closed_at, r.version,
    (SELECT p.name FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme p ON p.id = c.programme_id
      WHERE e.student_id = r.student_id AND e.end_date IS NULL LIMIT 1) AS programme
  FROM referral r
  JOIN app_user s ON s.id = r.student_id
  JOIN app_user rf ON rf.id = r.referrer_id
  LEFT JOIN app_user sp ON sp.id = r.specialist_id`;

export async function findReferral(db: Queryable, id: string): Promise<ReferralRow | undefined> {
  const { rows } = await sql<ReferralRow>`${select} WHERE r.id = ${id}`.execute(db);
  return rows[0];
}

export async function listForStudent(db: Queryable, studentId: string): Promise<ReferralRow[]> {
  const { rows } = await sql<ReferralRow>`${select} WHERE r.student_id = ${studentId} ORDER BY r.submitted_at DESC LIMIT 100`.execute(db);
  return rows;
}

/** The second line's queue (nobody has taken them yet), oldest first. */
export async function queue(db: Queryable, institutionId: string): Promise<ReferralRow[]> {
  const { rows } = await sql<ReferralRow>`
    ${select} WHERE r.institution_id = ${institutionId} AND r.status = 'ingediend' AND r.line = 'second'
    ORDER BY r.submitted_at LIMIT 500`.execute(db);
  return rows;
}

export async function handledBy(db: Queryable, specialistId: string): Promise<ReferralRow[]> {
  const { rows } = await sql<ReferralRow>`
    ${select} WHERE r.specialist_id = ${specialistId} AND r.closed_at IS NULL ORDER BY r.submitted_at LIMIT 500`.execute(db);
  return rows;
}

export async function insertReferral(
  db: Queryable,
  v: { institutionId: string; studentId: string; referrerId: string; line: string; reason: string; description: string; consent: string; noConsentReason: string; parentsMaySee: boolean; externalParty: string },
): Promise<string> {
  const row = await db
    .insertInto('referral')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      referrer_id: v.referrerId,
      line: v.line,
      reason: v.reason,
      description: v.description,
      consent: v.consent,
      no_consent_reason: v.noConsentReason,
      parents_may_see: v.parentsMaySee,
      external_party: v.externalParty,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type ReferralChanges = Partial<{
  status: ReferralRow['status'];
  specialist_id: string;
  first_contact_at: Date;
  closed_at: Date;
  feedback: string;
}>;

/** Only lands on the version the actor saw; `onlyUntaken` also requires that nobody took it yet. */
export async function updateReferral(db: Queryable, id: string, version: number, changes: ReferralChanges, opts: { onlyUntaken?: boolean } = {}): Promise<boolean> {
  let q = db.updateTable('referral').set({ ...changes, version: sql`version + 1` }).where('id', '=', id).where('version', '=', version);
  if (opts.onlyUntaken) q = q.where('specialist_id', 'is', null);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function addEvent(db: Queryable, v: { referralId: string; actorId: string | null; from: string | null; to: string; note?: string }): Promise<void> {
  await db.insertInto('referral_event').values({ referral_id: v.referralId, actor_id: v.actorId, from_status: v.from, to_status: v.to, note: v.note ?? '' }).execute();
}

export async function eventsOf(db: Queryable, referralId: string) {
  const { rows } = await sql<{ at: Date; actor: string | null; from_status: string | null; to_status: string; note: string }>`
    SELECT e.at, u.display_name AS actor, e.from_status, e.to_status, e.note
    FROM referral_event e LEFT JOIN app_user u ON u.id = e.actor_id
    WHERE e.referral_id = ${referralId} ORDER BY e.at, e.id`.execute(db);
  return rows;
}

export function stepsOf(db: Queryable, referralId: string) {
  return db.selectFrom('referral_step').select(['id', 'what', 'who', 'due_date', 'done']).where('referral_id', '=', referralId).orderBy('position').execute();
}

export async function replaceSteps(db: Queryable, referralId: string, steps: { what: string; who: string; dueDate: string | null }[]): Promise<void> {
  await db.deleteFrom('referral_step').where('referral_id', '=', referralId).execute();
  if (steps.length > 0)
    await db
      .insertInto('referral_step')
      .values(steps.map((s, position) => ({ referral_id: referralId, position, what: s.what, who: s.who, due_date: s.dueDate })))
      .execute();
}

export function findStep(db: Queryable, id: string) {
  return db.selectFrom('referral_step').select(['id', 'referral_id']).where('id', '=', id).executeTakeFirst();
}

export async function setStepDone(db: Queryable, id: string, done: boolean): Promise<void> {
  await db.updateTable('referral_step').set({ done }).where('id', '=', id).execute();
}

/** Waiting referrals past the norm that nobody was reminded about yet. */
export async function waitingTooLong(db: Queryable) {
  const { rows } = await sql<{ id: string; institution_id: string; student_name: string; days: number }>`
    SELECT r.id, r.institution_id, s.display_name AS student_name,
      (current_date - r.submitted_at::date)::int AS days
    FROM referral r
    JOIN app_user s ON s.id = r.student_id
    LEFT JOIN signal_settings ss ON ss.institution_id = r.institution_id
    WHERE r.status = 'ingediend' AND r.reminded_at IS NULL
      AND r.submitted_at < now() - make_interval(days => coalesce(ss.referral_wait_days, 10))
    LIMIT 200`.execute(db);
  return rows;
}

export async function specialistEmails(db: Queryable, institutionId: string): Promise<string[]> {
  const rows = await db.selectFrom('app_user').select('email').where('institution_id', '=', institutionId).where('role', '=', 'specialist').where('active', '=', true).execute();
  return rows.flatMap((r) => (r.email ? [r.email] : []));
}

/** Marks a reminder as sent; false when another process did it first. Not a content change, so no new version. */
export async function markReminded(db: Queryable, id: string): Promise<boolean> {
  const result = await db.updateTable('referral').set({ reminded_at: sql`now()` }).where('id', '=', id).where('reminded_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
