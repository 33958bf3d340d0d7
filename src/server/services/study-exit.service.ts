import { exitProblems } from '../../domain/transition/exit';
import type { ExitInput, ExitReason, ExitView } from '../../shared/study-progress';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import { insertConversation } from '../repositories/conversations.repository';
import { today } from '../repositories/relationships.repository';
import { studentCounsellors } from '../repositories/students.repository';
import * as repo from '../repositories/study-exit.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';

/**
 * Registering a switch or dropout: the open enrolment ends on the exit date in the same
 * transaction, so the figures never count a leaver as still enrolled (or the other way round).
 * An exit conversation can be proposed at once; it is an ordinary conversation of type "exit".
 */

const EXIT_CONVERSATION_MINUTES = 45;

function view(r: repo.ExitRow): ExitView {
  return {
    id: r.id,
    kind: r.kind,
    exitOn: r.exit_on,
    destination: r.destination,
    destinationProgramme: r.destination_programme,
    programme: r.programme,
    reasons: (r.reasons ? r.reasons.split(',') : []) as ExitReason[],
    note: r.note,
    conversationId: r.conversation_id,
    recordedBy: r.recorded_by,
  };
}

export async function listExits(ctx: AppContext, actor: Actor, studentId: string): Promise<ExitView[]> {
  return (await repo.exitsOf(ctx.db, actor.institutionId, studentId)).map(view);
}

/** The counsellor of the conversation: the one registering, or else the student's current counsellor. */
async function conversationCounsellor(db: Queryable, actor: Actor, studentId: string): Promise<string | null> {
  if (actor.role === 'counsellor') return actor.id;
  const day = today();
  const current = (await studentCounsellors(db, studentId)).find((c) => c.start_date <= day && (c.end_date === null || c.end_date > day));
  return current?.id ?? null;
}

export async function registerExit(ctx: AppContext, actor: Actor, studentId: string, input: ExitInput, ip: string): Promise<ExitView[]> {
  await ctx.db.transaction().execute(async (trx) => {
    const enrolment = await repo.openEnrolment(trx, actor.institutionId, studentId);
    if (!enrolment) throw new AppError('no_open_enrolment');
    const problems = exitProblems({ ...input, enrolmentStart: enrolment.start_date });
    if (input.destinationProgrammeId && !(await repo.programmeInInstitution(trx, actor.institutionId, input.destinationProgrammeId)))
      problems.push({ path: 'destinationProgrammeId', message_nl: 'Deze opleiding bestaat niet.', message_en: 'This programme does not exist.' });
    if (problems.length > 0) throw new AppError('study_exit_invalid', problems.map((p) => ({ path: p.path, message: actor.language === 'en' ? p.message_en : p.message_nl })));
    let conversationId: string | null = null;
    if (input.conversationAt) {
      const counsellorId = await conversationCounsellor(trx, actor, studentId);
      if (counsellorId)
        conversationId = await insertConversation(trx, {
          institutionId: actor.institutionId,
          studentId,
          counsellorId,
          proposedBy: actor.id,
          type: 'exit',
          startsAt: input.conversationAt,
          durationMinutes: EXIT_CONVERSATION_MINUTES,
          location: '',
          online: false,
        });
    }
    await repo.endEnrolment(trx, enrolment.id, input.exitOn);
    const id = await repo.insertExit(trx, {
      institutionId: actor.institutionId,
      studentId,
      enrolmentId: enrolment.id,
      exitOn: input.exitOn,
      kind: input.kind,
      destination: input.destination,
      destinationProgrammeId: input.destination === 'programme_here' ? input.destinationProgrammeId : null,
      note: input.note,
      conversationId,
      by: actor.id,
      reasons: [...new Set(input.reasons)],
    });
    await audit(trx, actor, 'study_exit.register', { studentId, entityType: 'study_exit', entityId: id, detail: { kind: input.kind, exitOn: input.exitOn, enrolmentId: enrolment.id } }, ip);
  });
  return listExits(ctx, actor, studentId);
}
