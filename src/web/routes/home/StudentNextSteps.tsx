import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Competencies } from '../../../shared/competencies';
import type { ConversationSummary } from '../../../shared/conversations';
import { api } from '../../api/client';
import { Section } from '../../components/Page';
import { formatDate, formatDateTime } from '../../lib/format';

/**
 * What a student can do next, on the start page: the coming conversation (and whether their
 * agenda is ready), the agreements still open, and their latest competence measurement.
 */
export function StudentNextSteps({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const conversations = useQuery({
    queryKey: ['home', 'student', 'conversations', studentId],
    queryFn: () => api<{ items: ConversationSummary[] }>(`/students/${encodeURIComponent(studentId)}/conversations`),
  });
  const competencies = useQuery({
    queryKey: ['home', 'student', 'competencies', studentId],
    queryFn: () => api<Competencies>(`/students/${encodeURIComponent(studentId)}/competencies`),
  });
  const items = conversations.data?.items ?? [];
  const now = new Date().toISOString();
  const next = items.filter((c) => (c.status === 'planned' || c.status === 'proposed') && c.startsAt >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const openActions = items.reduce((n, c) => n + c.openActions, 0);
  const latest = competencies.data?.measurements.find((m) => m.source === 'self');
  const draft = competencies.data?.draft;

  return (
    <div className="grid grid-3">
      <Section title={t('home.student.nextConversation')}>
        {conversations.isPending ? (
          <p className="muted">{t('common.loading')}</p>
        ) : next ? (
          <>
            <p className="big-fact">
              {formatDateTime(next.startsAt)}
              <span className="fact-sub">
                {next.awaitingResponseFrom === 'student' ? t('home.student.awaitingYou') : next.hasAgenda ? t('home.student.agendaReady') : t('home.student.agendaMissing')}
              </span>
            </p>
            <Link to="/gesprekken/$conversationId" params={{ conversationId: next.id }} className="button button-secondary button-small">
              {next.hasAgenda ? t('home.student.openConversation') : t('home.student.prepare')}
            </Link>
          </>
        ) : (
          <>
            <p>{t('home.student.noConversation')}</p>
            <Link to="/gesprekken" className="button button-secondary button-small">
              {t('home.student.planConversation')}
            </Link>
          </>
        )}
      </Section>
      <Section title={t('home.student.openActions')}>
        <p className="big-fact">
          {conversations.isPending ? '…' : openActions}
          <span className="fact-sub">{openActions === 1 ? t('home.student.actionOne') : t('home.student.actionMany')}</span>
        </p>
      </Section>
      <Section title={t('home.student.competencies')}>
        {competencies.isPending ? (
          <p className="muted">{t('common.loading')}</p>
        ) : draft ? (
          <>
            <p>{t('home.student.draft', { answered: draft.answered, total: draft.total })}</p>
            <Link to="/competenties/invullen/$responseId" params={{ responseId: draft.id }} className="button button-secondary button-small">
              {t('home.student.continue')}
            </Link>
          </>
        ) : (
          <>
            <p>{latest ? t('home.student.measuredOn', { date: formatDate(latest.submittedAt) }) : t('home.student.notMeasured')}</p>
            <Link to="/competenties" className="button button-secondary button-small">
              {t('home.student.seeCompetencies')}
            </Link>
          </>
        )}
      </Section>
    </div>
  );
}
