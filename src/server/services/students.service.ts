import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCanReadStudentFile, isStaff, studentListScope, type Actor } from '../policies/policy';
import { relationshipLookup, today } from '../repositories/relationships.repository';
import * as repo from '../repositories/students.repository';
import { ClassListCursor, decodeCursor, page } from './paging';
import { audit } from './audit.service';


export async function listStudents(ctx: AppContext, actor: Actor, q: { limit: number; cursor?: string; q?: string }) {
  const scope = studentListScope(actor);
  const after = decodeCursor(q.cursor, ClassListCursor);
  const rows = await repo.listStudents(ctx.db, {
    institutionId: actor.institutionId,
    scope,
    q: q.q,
    limit: q.limit,
    after: after && { sortName: after.s, id: after.i },
    today: today(),
  });
  const result = page(rows, q.limit, (r) => ({ s: r.sort_name, i: r.id }));
  return {
    items: result.items.map((r) => ({
      id: r.id,
      studentNumber: r.student_number ?? '',
      name: r.display_name,
      programme: r.programme ?? null,
      cohort: r.cohort ?? null,
    })),
    nextCursor: result.nextCursor,
  };
}

/** The student file. A staff member's read is audited in the same breath as it is served. */
export async function getStudentFile(ctx: AppContext, actor: Actor, studentId: string, ip: string) {
  await assertCanReadStudentFile(actor, studentId, relationshipLookup(ctx.db));
  const student = await repo.findStudent(ctx.db, actor.institutionId, studentId);
  if (!student) throw new AppError('not_found');
  const [enrolments, counsellors] = await Promise.all([
    repo.studentEnrolments(ctx.db, studentId),
    repo.studentCounsellors(ctx.db, studentId),
  ]);
  if (isStaff(actor)) await audit(ctx.db, actor, 'student.read', { studentId, entityType: 'student', entityId: studentId }, ip);
  const current = enrolments.find((e) => e.end_date === null);
  return {
    id: student.id,
    studentNumber: student.student_number ?? '',
    name: student.display_name,
    email: student.email,
    gender: student.gender,
    programme: current ? { id: current.programme_id, name: current.programme, level: current.level } : null,
    cohort: current ? { id: current.cohort_id, name: current.cohort, schoolYear: current.school_year } : null,
    enrolments: enrolments.map((e) => ({
      id: e.id,
      cohort: e.cohort,
      programme: e.programme,
      schoolYear: e.school_year,
      startDate: e.start_date,
      endDate: e.end_date,
    })),
    counsellors: counsellors.map((c) => ({
      assignmentId: c.assignment_id,
      id: c.id,
      name: c.display_name,
      email: c.email,
      startDate: c.start_date,
      endDate: c.end_date,
    })),
  };
}
