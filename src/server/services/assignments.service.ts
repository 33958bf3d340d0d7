import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../policies/policy';
import * as repo from '../repositories/assignments.repository';
import { today } from '../repositories/relationships.repository';
import { findUsersInInstitution, lockUser } from '../repositories/users.repository';
import { audit, auditMany } from './audit.service';
import { fieldErrors, type FieldProblem } from './field-errors';

/** Who counsels whom. History is kept: an assignment is ended, never changed or deleted. */

const toDto = (r: repo.AssignmentRow) => ({
  id: r.id,
  counsellor: { id: r.counsellor_id, name: r.counsellor_name },
  student: { id: r.student_id, name: r.student_name, studentNumber: r.student_number ?? '' },
  startDate: r.start_date,
  endDate: r.end_date,
});

export async function listAssignments(
  ctx: AppContext,
  actor: Actor,
  q: { studentId?: string; counsellorId?: string; includeEnded: boolean },
) {
  assertCan(actor, 'assignments.manage');
  const rows = await repo.listAssignments(ctx.db, { institutionId: actor.institutionId, ...q, today: today() });
  return { items: rows.map(toDto) };
}

/**
 * Assigns many students to one counsellor from `startDate`. A student this counsellor already has
 * (now or later) is skipped and reported rather than given a second, overlapping assignment.
 */
export async function assignStudents(
  ctx: AppContext,
  actor: Actor,
  input: { counsellorId: string; studentIds: string[]; startDate: string },
  ip: string,
) {
  assertCan(actor, 'assignments.manage');
  const studentIds = [...new Set(input.studentIds)];
  const { counsellorId, startDate } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const people = new Map((await findUsersInInstitution(trx, actor.institutionId, [counsellorId, ...studentIds])).map((u) => [u.id, u]));
    const counsellor = people.get(counsellorId);
    if (!counsellor) throw new AppError('not_found');
    const problems: FieldProblem[] = [];
    if (counsellor.role !== 'counsellor') {
      problems.push({ path: 'counsellorId', nl: 'Dit account is geen studieloopbaanbegeleider.', en: 'This account is not a counsellor.' });
    }
    input.studentIds.forEach((id, i) => {
      if (people.get(id)?.role !== 'student') {
        problems.push({ path: `studentIds.${i}`, nl: 'Geen student van deze instelling.', en: 'Not a student of this institution.' });
      }
    });
    if (problems.length > 0) throw fieldErrors(actor, problems);

    // Two admins assigning the same counsellor at once would both pass the skip check; take turns.
    await lockUser(trx, counsellorId);
    const already = await repo.studentsAssignedFrom(trx, counsellorId, studentIds, startDate);
    const toCreate = studentIds.filter((id) => !already.has(id));
    const created = await repo.insertAssignments(trx, { counsellorId, studentIds: toCreate, startDate, createdBy: actor.id });
    await auditMany(
      trx,
      actor,
      'assignment.created',
      created.map((a) => ({ studentId: a.student_id, entityType: 'assignment', entityId: a.id, detail: { counsellorId, startDate } })),
      ip,
    );
    const skippedStudents = studentIds
      .filter((id) => already.has(id))
      .map((id) => ({ id, name: people.get(id)?.display_name ?? '' }));
    return { created: created.length, skipped: skippedStudents.length, skippedStudents };
  });
}

export async function endAssignment(ctx: AppContext, actor: Actor, id: string, endDate: string, ip: string) {
  assertCan(actor, 'assignments.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findAssignment(trx, actor.institutionId, id);
    if (!row) throw new AppError('not_found');
    if (row.end_date !== null) throw new AppError('invalid_state');
    if (endDate < row.start_date) {
      throw fieldErrors(actor, [
        { path: 'endDate', nl: `Kies een datum op of na de startdatum (${row.start_date}).`, en: `Choose a date on or after the start date (${row.start_date}).` },
      ]);
    }
    if (!(await repo.endAssignment(trx, id, endDate, actor.id))) throw new AppError('invalid_state');
    await audit(
      trx,
      actor,
      'assignment.ended',
      { studentId: row.student_id, entityType: 'assignment', entityId: id, detail: { counsellorId: row.counsellor_id, endDate } },
      ip,
    );
    return toDto({ ...row, end_date: endDate });
  });
}
