import type { ActionView, NoteView } from '../../shared/conversations';
import type { ActionRow, NoteRow } from '../repositories/conversation-parts.repository';

export function noteView(n: NoteRow, viewerId: string): NoteView {
  return {
    id: n.id,
    tier: n.tier,
    phase: n.phase,
    body: n.body,
    competencies: n.competencies as NoteView['competencies'],
    author: { id: n.author_id, name: n.author_name },
    createdAt: n.created_at.toISOString(),
    updatedAt: n.updated_at.toISOString(),
    version: n.version,
    mine: n.author_id === viewerId,
  };
}

export function actionView(a: ActionRow): ActionView {
  return {
    id: a.id,
    conversationId: a.conversation_id,
    what: a.what,
    owner: a.owner,
    dueDate: a.due_date,
    status: a.status,
    createdAt: a.created_at.toISOString(),
  };
}
