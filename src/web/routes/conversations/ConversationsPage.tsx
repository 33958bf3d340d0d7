import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../shared/conversations';
import { api } from '../../api/client';
import { useMe } from '../../api/queries';
import type { StudentFile } from '../../api/types';
import { StatusMessage } from '../../components/Feedback';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { studentConversationsQuery } from './conversationApi';
import { ConversationItem } from './ConversationItem';
import { conversationPaths } from './paths';
import { PlanForm } from './PlanForm';
import { splitConversations } from './when';

/** A student's talks: their own list, or a counsellor's view of one student in the caseload. */
export function ConversationsPage({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.id === studentId;
  const list = useQuery(studentConversationsQuery(studentId));
  // The file query shares its key with the student file page, so the name is usually there already.
  const student = useQuery({
    queryKey: ['student', studentId],
    queryFn: ({ signal }) => api<StudentFile>(`/students/${encodeURIComponent(studentId)}`, { signal }),
    enabled: !own,
  });
  const [planning, setPlanning] = useState(false);
  const planButton = useRef<HTMLButtonElement>(null);
  const stopPlanning = () => {
    setPlanning(false);
    // The button comes back on the next render; focus returns to it.
    window.setTimeout(() => planButton.current?.focus(), 0);
  };
  const [message, setMessage] = useState<{ text: string; created?: ConversationSummary }>({ text: '' });
  const canPlan = own || me.role === 'counsellor';
  const title = own ? t('conversations.list.ownTitle') : t('conversations.list.studentTitle', { name: student.data?.name ?? '…' });

  const startPlanning = () => {
    setMessage({ text: '' });
    setPlanning(true);
  };

  return (
    <Page
      title={title}
      intro={<p>{own ? t('conversations.list.ownIntro') : t('conversations.list.studentIntro')}</p>}
      actions={
        <>
          {!own && me.role === 'counsellor' && (
            <Link to={conversationPaths.overview} className="button button-secondary">
              {t('conversations.list.toOverview')}
            </Link>
          )}
          {canPlan && !planning && (
            <button type="button" className="button" ref={planButton} onClick={startPlanning}>
              {t('conversations.list.plan')}
            </button>
          )}
        </>
      }
    >
      <StatusMessage>
        {message.text && (
          <>
            {message.text}{' '}
            {message.created && own && <Link to={conversationPaths.detail(message.created.id)}>{t('conversations.list.prepareNow')}</Link>}
          </>
        )}
      </StatusMessage>
      {planning && (
        <PlanForm
          studentId={studentId}
          forStudent={own}
          onCancel={stopPlanning}
          onDone={(created) => {
            stopPlanning();
            setMessage({ text: t('conversations.plan.sent', { name: own ? created.counsellor.name : created.student.name }), created });
          }}
        />
      )}
      <div aria-busy={list.isFetching}>
        <QueryState query={list} loadingLabel={t('conversations.list.loading')}>
          {({ items }) => {
            if (items.length === 0) {
              return planning ? null : (
                <EmptyState title={own ? t('conversations.list.emptyOwn') : t('conversations.list.emptyStudent')}>
                  <p>{own ? t('conversations.list.emptyOwnText') : t('conversations.list.emptyStudentText')}</p>
                  {canPlan && (
                    <p>
                      <button type="button" className="button" onClick={startPlanning}>
                        {t('conversations.list.planFirst')}
                      </button>
                    </p>
                  )}
                </EmptyState>
              );
            }
            const { open, past } = splitConversations(items);
            const item = (c: ConversationSummary) => <ConversationItem key={c.id} conversation={c} userId={me.id} onDone={(text) => setMessage({ text })} />;
            return (
              <div className="stack">
                <Section title={t('conversations.list.upcoming')}>
                  {open.length === 0 ? <p className="muted">{t('conversations.list.noUpcoming')}</p> : <ul className="conversation-list">{open.map(item)}</ul>}
                </Section>
                {past.length > 0 && (
                  <Section title={t('conversations.list.past')}>
                    <ul className="conversation-list">{past.map(item)}</ul>
                  </Section>
                )}
              </div>
            );
          }}
        </QueryState>
      </div>
    </Page>
  );
}
