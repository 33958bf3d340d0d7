import type { ReferralAction, ReferralCreate, ReferralSummary, ReferralView } from '../../shared/guidance';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCanReadCompetencies, assertCanRefer, referralAccess, type Actor, type ReferralAccess } from '../policies/policy';
import { relationshipLookup } from '../repositories/relationships.repository';
import * as repo from '../repositories/referrals.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';
import { thresholds } from './caseload.service';

/**
 * Referrals from the first line to the second-line team (or recorded hand-offs to external care):
 * submitted by a counsellor, taken by one specialist, planned with the student, and closed only
 * with feedback to the referrer — the step the sources say goes missing most.
 */

const DAY = 86_400_000;

export function summary(row: repo.ReferralRow, waitNorm: number, now = Date.now()): ReferralSummary {
  const until = row.first_contact_at?.getTime() ?? row.closed_at?.getTime() ?? now;
  const waitingDays = Math.floor((until - row.submitted_at.getTime()) / DAY);
  return {
    id: row.id,
    student: { id: row.student_id, name: row.student_name },
    referrer: { id: row.referrer_id, name: row.referrer_name },
    specialist: row.specialist_id && row.specialist_name ? { id: row.specialist_id, name: row.specialist_name } : null,
    line: row.line,
    reason: row.reason as ReferralSummary['reason'],
    status: row.status,
    submittedAt: row.submitted_at.toISOString(),
    firstContactAt: row.first_contact_at?.toISOString() ?? null,
    waitingDays,
    overdue: row.first_contact_at === null && row.closed_at === null && waitingDays > waitNorm,
    version: row.version,
    programme: row.programme,
  };
}

async function view(db: Queryable, row: repo.ReferralRow, access: ReferralAccess, waitNorm: number): Promise<ReferralView> {
  const [steps, events] = await Promise.all([repo.stepsOf(db, row.id), repo.eventsOf(db, row.id)]);
  const staff = access === 'team' || access === 'specialist';
  const { programme: _programme, ...base } = summary(row, waitNorm);
  return {
    ...base,
    // What the counsellor wrote to the specialist stays between professionals.
    description: staff ? row.description : '',
    consent: row.consent,
    noConsentReason: staff ? row.no_consent_reason : '',
    parentsMaySee: row.parents_may_see,
    externalParty: row.external_party,
    closedAt: row.closed_at?.toISOString() ?? null,
    feedback: staff ? row.feedback : '',
    steps: steps.map((s) => ({ id: s.id, what: s.what, who: s.who, dueDate: s.due_date, done: s.done })),
    history: staff
      ? events.map((e) => ({ at: e.at.toISOString(), actor: e.actor, from: e.from_status as ReferralView['status'] | null, to: e.to_status as ReferralView['status'], note: e.note }))
      : [],
  };
}

async function load(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findReferral(db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  const access = await referralAccess(actor, { studentId: row.student_id, referrerId: row.referrer_id, parentsMaySee: row.parents_may_see }, relationshipLookup(db));
  return { row, access };
}

export async function createReferral(ctx: AppContext, actor: Actor, input: ReferralCreate, ip: string): Promise<ReferralView> {
  await assertCanRefer(actor, input.studentId, relationshipLookup(ctx.db));
  const norm = (await thresholds(ctx.db, actor.institutionId)).referralWaitDays;
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertReferral(trx, { institutionId: actor.institutionId, referrerId: actor.id, ...input });
    await repo.addEvent(trx, { referralId: id, actorId: actor.id, from: null, to: 'ingediend' });
    await audit(trx, actor, 'referral.create', { studentId: input.studentId, entityType: 'referral', entityId: id, detail: { reason: input.reason, consent: input.consent } }, ip);
    const row = await repo.findReferral(trx, id);
    if (!row) throw new AppError('internal');
    return view(trx, row, 'team', norm);
  });
}

export async function getReferral(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<ReferralView> {
  const { row, access } = await load(ctx.db, actor, id);
  if (access === 'team' || access === 'specialist') await audit(ctx.db, actor, 'student.read', { studentId: row.student_id, entityType: 'referral', entityId: id }, ip);
  return view(ctx.db, row, access, (await thresholds(ctx.db, actor.institutionId)).referralWaitDays);
}

export async function studentReferrals(ctx: AppContext, actor: Actor, studentId: string) {
  await assertCanReadCompetencies(actor, studentId, relationshipLookup(ctx.db));
  const norm = (await thresholds(ctx.db, actor.institutionId)).referralWaitDays;
  return { items: (await repo.listForStudent(ctx.db, studentId)).map((r) => summary(r, norm)) };
}

export async function act(ctx: AppContext, actor: Actor, id: string, input: ReferralAction, ip: string): Promise<ReferralView> {
  const norm = (await thresholds(ctx.db, actor.institutionId)).referralWaitDays;
  return ctx.db.transaction().execute(async (trx) => {
    const { row, access } = await load(trx, actor, id);
    if (access !== 'specialist') throw new AppError('forbidden');
    const closed = row.status === 'afgerond' || row.status === 'terugverwezen';
    if (closed) throw new AppError('referral_state');
    const change = async (changes: repo.ReferralChanges, onlyUntaken = false) => {
      if (await repo.updateReferral(trx, id, input.version, changes, { onlyUntaken })) return;
      const now = await repo.findReferral(trx, id);
      throw new AppError(now?.specialist_id && now.specialist_id !== actor.id ? 'referral_taken' : 'referral_changed');
    };
    if (input.action === 'accept') {
      if (row.status !== 'ingediend') throw new AppError(row.specialist_id && row.specialist_id !== actor.id ? 'referral_taken' : 'referral_state');
      await change({ status: 'in_behandeling', specialist_id: actor.id }, true);
    } else {
      if (row.specialist_id !== actor.id) throw new AppError('referral_not_yours');
      if (input.action === 'contact') {
        await change(row.first_contact_at ? {} : { first_contact_at: new Date() });
      } else if (input.action === 'plan') {
        await change({ status: 'stappenplan', ...(row.first_contact_at ? {} : { first_contact_at: new Date() }) });
        await repo.replaceSteps(trx, id, input.steps);
      } else {
        await change({ status: input.outcome, feedback: input.feedback, closed_at: new Date() });
      }
    }
    const to = input.action === 'accept' ? 'in_behandeling' : input.action === 'plan' ? 'stappenplan' : input.action === 'close' ? input.outcome : row.status;
    await repo.addEvent(trx, { referralId: id, actorId: actor.id, from: row.status, to, note: input.action === 'contact' ? input.note : input.action === 'close' ? input.feedback : '' });
    await audit(trx, actor, `referral.${input.action}`, { studentId: row.student_id, entityType: 'referral', entityId: id }, ip);
    const after = await repo.findReferral(trx, id);
    return view(trx, after ?? row, access, norm);
  });
}

export async function setStep(ctx: AppContext, actor: Actor, stepId: string, done: boolean, ip: string): Promise<ReferralView> {
  const step = await repo.findStep(ctx.db, stepId);
  if (!step) throw new AppError('not_found');
  const { row, access } = await load(ctx.db, actor, step.referral_id);
  if (access !== 'specialist' || row.specialist_id !== actor.id) throw new AppError('referral_not_yours');
  await repo.setStepDone(ctx.db, stepId, done);
  await audit(ctx.db, actor, 'referral.step', { studentId: row.student_id, entityType: 'referral_step', entityId: stepId, detail: { done } }, ip);
  return view(ctx.db, row, access, (await thresholds(ctx.db, actor.institutionId)).referralWaitDays);
}

/** Reminder mails to the second-line team for referrals waiting longer than the norm; once each. */
export async function remindWaiting(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (const r of await repo.waitingTooLong(ctx.db)) {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.markReminded(trx, r.id))) return;
      for (const to of await repo.specialistEmails(trx, r.institution_id)) {
        await ctx.mailer.send(
          {
            institutionId: r.institution_id,
            to,
            subject: 'Verwijzing wacht op een eerste contact',
            body: `Een verwijzing voor ${r.student_name} wacht al ${r.days} dagen op een eerste contact. Open Koers, Tweede lijn, om hem op te pakken.`,
          },
          trx,
        );
      }
      sent++;
    });
  }
  return sent;
}
