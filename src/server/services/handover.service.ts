import type { HandoverCreate, HandoverView } from '../../shared/guidance';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCanReadStudentFile, type Actor } from '../policies/policy';
import { endAssignment, insertAssignments, studentsAssignedFrom } from '../repositories/assignments.repository';
import * as repo from '../repositories/handover.repository';
import { findUserById } from '../repositories/users.repository';
import { relationshipLookup, today } from '../repositories/relationships.repository';
import { auditMany } from './audit.service';

/**
 * Moving students to another counsellor: the old assignments end today, new ones start today,
 * and a handover note goes along. Nothing is copied or lost — the history stays with the student,
 * so the new counsellor reads earlier conversations (never the previous counsellor's private notes).
 */

function present(row: repo.HandoverRow): HandoverView {
  return {
    id: row.id,
    from: { id: row.from_id, name: row.from_name },
    to: { id: row.to_id, name: row.to_name },
    note: row.note,
    students: row.students,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}

async function counsellor(ctx: AppContext, institutionId: string, id: string) {
  const user = await findUserById(ctx.db, id);
  return user?.institution_id === institutionId ? user : undefined;
}

export async function handOver(ctx: AppContext, actor: Actor, input: HandoverCreate, ip: string): Promise<HandoverView> {
  if (actor.role === 'counsellor' && input.fromCounsellorId !== actor.id) throw new AppError('forbidden');
  const from = await counsellor(ctx, actor.institutionId, input.fromCounsellorId);
  if (!from || from.role !== 'counsellor') throw new AppError('not_found');
  const to = await counsellor(ctx, actor.institutionId, input.toCounsellorId);
  if (!to || to.role !== 'counsellor' || !to.active || to.id === from.id) throw new AppError('handover_target_invalid');
  const day = today();
  return ctx.db.transaction().execute(async (trx) => {
    const running = await repo.currentStudentsOf(trx, from.id, day, input.studentIds);
    if (running.length === 0) throw new AppError('handover_nothing');
    const studentIds = running.map((r) => r.student_id);
    const already = await studentsAssignedFrom(trx, to.id, studentIds, day);
    for (const r of running) await endAssignment(trx, r.id, day, actor.id);
    const fresh = studentIds.filter((id) => !already.has(id));
    for (let i = 0; i < fresh.length; i += 500) await insertAssignments(trx, { counsellorId: to.id, studentIds: fresh.slice(i, i + 500), startDate: day, createdBy: actor.id });
    const id = await repo.insertHandover(trx, { institutionId: actor.institutionId, from: from.id, to: to.id, note: input.note, createdBy: actor.id, studentIds });
    await auditMany(trx, actor, 'handover.create', studentIds.map((studentId) => ({ studentId, entityType: 'handover', entityId: id })), ip);
    const row = await repo.findHandover(trx, id);
    if (!row) throw new AppError('internal');
    return present(row);
  });
}

/** Handover notes about a student: for their current counsellor and the admin, not for the student. */
export async function studentHandovers(ctx: AppContext, actor: Actor, studentId: string) {
  if (actor.role === 'student') throw new AppError('forbidden');
  await assertCanReadStudentFile(actor, studentId, relationshipLookup(ctx.db));
  return { items: (await repo.handoversOfStudent(ctx.db, studentId)).map(present) };
}

export async function counsellors(ctx: AppContext, actor: Actor, q: string | undefined) {
  return { items: await repo.activeCounsellors(ctx.db, actor.institutionId, q, 50) };
}
