import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../shared/conversations';

/** The state of a talk in words, from the viewer's side ("Wacht op jouw reactie"). */
export function useStatusText() {
  const { t } = useTranslation();
  return (c: ConversationSummary, side: 'student' | 'counsellor' | null): { text: string; tone: 'ok' | 'info' | 'error' | '' } => {
    if (c.status === 'proposed') {
      if (c.awaitingResponseFrom && c.awaitingResponseFrom === side) return { text: t('conversations.status.awaitingYou'), tone: 'error' };
      const other = c.awaitingResponseFrom === 'student' ? c.student.name : c.counsellor.name;
      return { text: t('conversations.status.awaitingOther', { name: other }), tone: 'info' };
    }
    if (c.status === 'planned') return { text: t('conversations.status.planned'), tone: 'ok' };
    if (c.status === 'held') return { text: t('conversations.status.held'), tone: '' };
    return { text: t('conversations.status.cancelled'), tone: '' };
  };
}

export function StatusBadge({ conversation, side }: { conversation: ConversationSummary; side: 'student' | 'counsellor' | null }) {
  const status = useStatusText()(conversation, side);
  return <span className={`badge status-badge ${status.tone ? `badge-${status.tone}` : ''}`}>{status.text}</span>;
}
