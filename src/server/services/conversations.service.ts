import type { Close, ConversationDetail, ConversationSummary, Preparation, Proposal, Respond } from '../../shared/conversations';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { conversationRole, readableNoteTiers, type Actor } from '../policies/policy';
import * as parts from '../repositories/conversation-parts.repository';
import * as repo from '../repositories/conversations.repository';
import { relationshipLookup, today } from '../repositories/relationships.repository';
import { studentCounsellors } from '../repositories/students.repository';
import type { Queryable } from '../repositories/types';
import { audit } from './audit.service';
import { actionView, noteView } from './conversation-views';

/**
 * Career conversations from proposal to close. Every change names the version its author saw, so
 * a counsellor and a student editing at once get a clear conflict instead of a silent overwrite.
 */

export function summaryView(row: repo.ConversationRow): ConversationSummary {
  const proposerIsStudent = row.proposed_by === row.student_id;
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    durationMinutes: row.duration_minutes,
    location: row.location,
    online: row.online,
    student: { id: row.student_id, name: row.student_name },
    counsellor: { id: row.counsellor_id, name: row.counsellor_name },
    proposedBy: { id: row.proposed_by, name: row.proposed_by_name },
    awaitingResponseFrom: row.status === 'proposed' ? (proposerIsStudent ? 'counsellor' : 'student') : null,
    hasAgenda: row.agenda.trim() !== '',
    openActions: row.open_actions,
    version: row.version,
  };
}

/** Loads a conversation and the actor's part in it; someone without a part gets 403, an unknown id 404. */
export async function participation(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findConversation(db, id);
  if (!row || row.institution_id !== actor.institutionId) throw new AppError('not_found');
  const role = await conversationRole(actor, row.student_id, relationshipLookup(db));
  return { row, role };
}

async function changed(db: Queryable, id: string, version: number, changes: repo.ConversationChanges): Promise<void> {
  if (!(await repo.updateConversation(db, id, version, changes))) throw new AppError('conversation_changed');
}

export async function listConversations(ctx: AppContext, actor: Actor, studentId: string, ip: string) {
  const rows = await repo.listForStudent(ctx.db, studentId);
  if (actor.role !== 'student') await audit(ctx.db, actor, 'student.read', { studentId, entityType: 'conversations', entityId: studentId }, ip);
  return { items: rows.map(summaryView) };
}

export async function propose(ctx: AppContext, actor: Actor, studentId: string, input: Proposal, ip: string): Promise<ConversationSummary> {
  // The specialist of a referral reads along but plans nothing here.
  if (actor.role !== 'student' && actor.role !== 'counsellor') throw new AppError('forbidden');
  const counsellorId = actor.role === 'student' ? await counsellorFor(ctx.db, studentId, input.counsellorId) : actor.id;
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertConversation(trx, { institutionId: actor.institutionId, studentId, counsellorId, proposedBy: actor.id, ...input });
    await audit(trx, actor, 'conversation.propose', { studentId, entityType: 'conversation', entityId: id, detail: { type: input.type, startsAt: input.startsAt } }, ip);
    const row = await repo.findConversation(trx, id);
    if (!row) throw new AppError('internal');
    return summaryView(row);
  });
}

/** A student proposes to one of their current counsellors: the one named, or else the first. */
async function counsellorFor(db: Queryable, studentId: string, wanted: string | undefined): Promise<string> {
  const day = today();
  // Active as assignments count everywhere: from the start date up to, not including, the end date.
  const ids = (await studentCounsellors(db, studentId))
    .filter((c) => c.start_date <= day && (c.end_date === null || c.end_date > day))
    .reverse()
    .map((c) => c.id);
  if (wanted !== undefined) {
    if (!ids.includes(wanted)) throw new AppError('validation_failed', [{ path: 'counsellorId', message: 'Dit is niet jouw begeleider.' }]);
    return wanted;
  }
  const first = ids[0];
  if (!first) throw new AppError('no_counsellor');
  return first;
}

export async function respond(ctx: AppContext, actor: Actor, id: string, input: Respond, ip: string): Promise<ConversationSummary> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, role } = await participation(trx, actor, id);
    if (role === 'specialist') throw new AppError('forbidden');
    if (input.action === 'cancel') {
      if (row.status !== 'proposed' && row.status !== 'planned') throw new AppError('conversation_state');
      await changed(trx, id, input.version, { status: 'cancelled' });
    } else {
      if (row.status !== 'proposed') throw new AppError('conversation_state');
      if (row.proposed_by === actor.id) throw new AppError('conversation_not_your_turn');
      await changed(
        trx,
        id,
        input.version,
        input.action === 'accept'
          ? { status: 'planned' }
          : { starts_at: new Date(input.startsAt), duration_minutes: input.durationMinutes, location: input.location, online: input.online, proposed_by: actor.id },
      );
    }
    await audit(trx, actor, `conversation.${input.action}`, { studentId: row.student_id, entityType: 'conversation', entityId: id }, ip);
    return summaryView((await repo.findConversation(trx, id)) ?? row);
  });
}

export async function detail(ctx: AppContext, actor: Actor, id: string, ip: string, db: Queryable = ctx.db): Promise<ConversationDetail> {
  const { row, role } = await participation(db, actor, id);
  const [notes, actions, topics, feedbackGiven] = await Promise.all([
    parts.visibleNotes(db, id, { id: actor.id, tiers: readableNoteTiers(role) }),
    parts.actionsOfConversation(db, id),
    repo.topicsOf(db, id),
    parts.hasFeedback(db, id),
  ]);
  if (role !== 'student') await audit(db, actor, 'student.read', { studentId: row.student_id, entityType: 'conversation', entityId: id }, ip);
  return {
    ...summaryView(row),
    agenda: row.agenda,
    experience: row.experience,
    studentSummary: row.student_summary,
    topics: topics as ConversationDetail['topics'],
    notes: notes.map((n) => noteView(n, actor.id)),
    actions: actions.map(actionView),
    heldAt: row.held_at?.toISOString() ?? null,
    // Only the student learns whether feedback was given; it is theirs.
    feedbackGiven: role === 'student' ? feedbackGiven : false,
  };
}

export async function prepare(ctx: AppContext, actor: Actor, id: string, input: Preparation, ip: string): Promise<ConversationDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, role } = await participation(trx, actor, id);
    if (role !== 'student') throw new AppError('forbidden');
    if (row.status !== 'proposed' && row.status !== 'planned') throw new AppError('conversation_state');
    await changed(trx, id, input.version, { agenda: input.agenda, experience: input.experience });
    return detail(ctx, actor, id, ip, trx);
  });
}

export async function writeSummary(ctx: AppContext, actor: Actor, id: string, input: { version: number; summary: string }, ip: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, role } = await participation(trx, actor, id);
    if (role !== 'student') throw new AppError('forbidden');
    if (row.status !== 'held') throw new AppError('invalid_state');
    await changed(trx, id, input.version, { student_summary: input.summary });
    return detail(ctx, actor, id, ip, trx);
  });
}

/** The counsellor closes: the agreed actions, what the talk was about, and maybe the next talk. */
export async function close(ctx: AppContext, actor: Actor, id: string, input: Close, ip: string): Promise<ConversationDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const { row, role } = await participation(trx, actor, id);
    if (role !== 'counsellor') throw new AppError('forbidden');
    if (row.status !== 'planned' && row.status !== 'proposed') throw new AppError('conversation_state');
    const today = new Date().toISOString().slice(0, 10);
    const past = input.actions.findIndex((a) => a.dueDate < today);
    if (past >= 0) throw new AppError('validation_failed', [{ path: `actions.${past}.dueDate`, message: actor.language === 'en' ? 'The due date lies in the past.' : 'De datum ligt in het verleden.' }]);
    await changed(trx, id, input.version, { status: 'held', held_at: new Date() });
    await parts.insertActions(trx, id, row.student_id, input.actions);
    await repo.setTopics(trx, id, [...new Set(input.topics)]);
    if (input.next) {
      await repo.insertConversation(trx, { institutionId: actor.institutionId, studentId: row.student_id, counsellorId: row.counsellor_id, proposedBy: actor.id, ...input.next });
    }
    await audit(trx, actor, 'conversation.close', { studentId: row.student_id, entityType: 'conversation', entityId: id, detail: { actions: input.actions.length } }, ip);
    return detail(ctx, actor, id, ip, trx);
  });
}
