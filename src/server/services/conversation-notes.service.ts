import type { ActionView, Feedback, NoteView, PreparationView } from '../../shared/conversations';
import { COMPETENCIES } from '../../shared/conversations';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { writableNoteTiers, type Actor } from '../policies/policy';
import * as parts from '../repositories/conversation-parts.repository';
import * as repo from '../repositories/conversations.repository';
import * as responses from '../repositories/responses.repository';
import { audit } from './audit.service';
import { actionView, noteView } from './conversation-views';
import { participation, summaryView } from './conversations.service';

/** Notes, actions, the student's feedback and the counsellor's preparation view. */

export async function addNote(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  input: { tier: NoteView['tier']; phase: NoteView['phase']; body: string; competencies: NoteView['competencies'] },
  ip: string,
): Promise<NoteView> {
  const { row, role } = await participation(ctx.db, actor, conversationId);
  if (!writableNoteTiers(role).includes(input.tier)) throw new AppError('forbidden');
  if (row.status === 'cancelled') throw new AppError('conversation_state');
  const id = await parts.insertNote(ctx.db, { conversationId, authorId: actor.id, tier: input.tier, phase: input.phase, body: input.body, competencies: [...new Set(input.competencies)] });
  // Private notes are nobody's business but the author's: the audit line records that one exists, not what it says.
  await audit(ctx.db, actor, 'conversation.note', { studentId: row.student_id, entityType: 'conversation_note', entityId: id, detail: { tier: input.tier } }, ip);
  const note = await parts.findNote(ctx.db, id);
  if (!note) throw new AppError('internal');
  return noteView(note, actor.id);
}

export async function updateNote(ctx: AppContext, actor: Actor, noteId: string, input: { version: number; body: string; tier?: NoteView['tier'] }): Promise<NoteView> {
  const note = await parts.findNote(ctx.db, noteId);
  // Someone else's note is not there for this actor, whatever its tier.
  if (!note || note.author_id !== actor.id) throw new AppError('not_found');
  const { role } = await participation(ctx.db, actor, note.conversation_id);
  if (input.tier && !writableNoteTiers(role).includes(input.tier)) throw new AppError('forbidden');
  if (!(await parts.updateNote(ctx.db, noteId, input.version, { body: input.body, tier: input.tier }))) throw new AppError('conversation_changed');
  const after = await parts.findNote(ctx.db, noteId);
  if (!after) throw new AppError('internal');
  return noteView(after, actor.id);
}

export async function setActionStatus(ctx: AppContext, actor: Actor, actionId: string, status: ActionView['status'], ip: string): Promise<ActionView> {
  const action = await parts.findAction(ctx.db, actionId);
  if (!action) throw new AppError('not_found');
  const { role } = await participation(ctx.db, actor, action.conversation_id);
  if (role === 'specialist') throw new AppError('forbidden');
  await parts.setActionStatus(ctx.db, actionId, status);
  await audit(ctx.db, actor, 'conversation.action', { studentId: action.student_id, entityType: 'conversation_action', entityId: actionId, detail: { status } }, ip);
  return actionView({ ...action, status });
}

export async function giveFeedback(ctx: AppContext, actor: Actor, conversationId: string, input: Feedback): Promise<void> {
  const { row, role } = await participation(ctx.db, actor, conversationId);
  if (role !== 'student') throw new AppError('forbidden');
  if (row.status !== 'held') throw new AppError('invalid_state');
  if (await parts.hasFeedback(ctx.db, conversationId)) throw new AppError('feedback_given');
  await parts.insertFeedback(ctx.db, { conversationId, counsellorId: row.counsellor_id, whoseAgenda: input.whoseAgenda, helpingVsReflective: input.helpingVsReflective, topics: [...new Set(input.topics)], comment: input.comment });
}

export async function preparationView(ctx: AppContext, actor: Actor, conversationId: string, ip: string): Promise<PreparationView> {
  const { row, role } = await participation(ctx.db, actor, conversationId);
  if (role !== 'counsellor') throw new AppError('forbidden');
  const [openActions, previous, measurements] = await Promise.all([
    parts.openActionsOfStudent(ctx.db, row.student_id),
    repo.previousHeld(ctx.db, row.student_id, row.starts_at),
    responses.measurementsOf(ctx.db, row.student_id, ['loopbaancompetenties']),
  ]);
  const previousTopics = previous ? await repo.topicsOf(ctx.db, previous.id) : [];
  const latest = measurements.find((m) => m.source === 'self');
  const scores = latest ? await responses.scoresOf(ctx.db, [latest.id]) : [];
  await audit(ctx.db, actor, 'student.read', { studentId: row.student_id, entityType: 'conversation_preparation', entityId: conversationId }, ip);
  return {
    conversation: summaryView(row),
    agenda: row.agenda,
    experience: row.experience,
    openActions: openActions.map(actionView),
    previous: previous
      ? { id: previous.id, startsAt: previous.starts_at.toISOString(), topics: previousTopics as PreparationView['notBroughtUp'], studentSummary: previous.student_summary }
      : null,
    notBroughtUp: previous ? COMPETENCIES.filter((c) => !previousTopics.includes(c)) : [],
    latestScores: latest ? { submittedAt: latest.submitted_at.toISOString(), scales: scores.map((s) => ({ code: s.scale_code, score: s.score })) } : null,
  };
}

/** An iCalendar file for the user's agenda. */
export async function calendarFile(ctx: AppContext, actor: Actor, conversationId: string): Promise<string> {
  const { row } = await participation(ctx.db, actor, conversationId);
  const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const end = new Date(row.starts_at.getTime() + row.duration_minutes * 60_000);
  const title = actor.language === 'en' ? `Guidance conversation: ${row.student_name} & ${row.counsellor_name}` : `Begeleidingsgesprek: ${row.student_name} & ${row.counsellor_name}`;
  const where = row.online ? (actor.language === 'en' ? 'Online' : 'Online') : row.location;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koers//Gesprekken//NL',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${row.id}@koers`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(row.starts_at)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escape(title)}`,
    ...(where ? [`LOCATION:${escape(where)}`] : []),
    `STATUS:${row.status === 'cancelled' ? 'CANCELLED' : row.status === 'proposed' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

