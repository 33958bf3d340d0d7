import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../policies/policy';
import * as enrolments from '../repositories/enrolments.repository';
import { findCohort } from '../repositories/structure.repository';
import { findUserInInstitution, lockUser } from '../repositories/users.repository';
import { auditMany, audit } from './audit.service';
import { fieldErrors } from './field-errors';

/**
 * Moves a student to a cohort from `startDate`: the running enrolment ends on that date and the new
 * one starts on it, in one transaction, so a student is never in two classes or in none.
 */
export async function enrol(ctx: AppContext, actor: Actor, input: { studentId: string; cohortId: string; startDate: string }, ip: string) {
  assertCan(actor, 'enrolments.manage');
  const { studentId, cohortId, startDate } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const student = await findUserInInstitution(trx, actor.institutionId, studentId);
    if (!student) throw new AppError('not_found');
    if (student.role !== 'student') {
      throw fieldErrors(actor, [{ path: 'studentId', nl: 'Dit account is geen student.', en: 'This account is not a student.' }]);
    }
    if (!(await findCohort(trx, actor.institutionId, cohortId))) throw new AppError('not_found');
    await lockUser(trx, studentId);
    const running = await enrolments.enrolmentsRunningFrom(trx, studentId, startDate);
    // A later enrolment cannot be cut short before it starts, and re-enrolling in the same class changes nothing.
    if (running.some((e) => e.start_date > startDate || e.cohort_id === cohortId)) throw new AppError('invalid_state');
    const endedIds = running.map((e) => e.id);
    await enrolments.endEnrolments(trx, endedIds, startDate);
    const id = await enrolments.insertEnrolment(trx, input);
    await auditMany(
      trx,
      actor,
      'enrolment.ended',
      running.map((e) => ({ studentId, entityType: 'enrolment', entityId: e.id, detail: { cohortId: e.cohort_id, endDate: startDate } })),
      ip,
    );
    await audit(trx, actor, 'enrolment.created', { studentId, entityType: 'enrolment', entityId: id, detail: { cohortId, startDate } }, ip);
    return { id, studentId, cohortId, startDate, endDate: null, endedEnrolmentIds: endedIds };
  });
}
