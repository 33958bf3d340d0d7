import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainText } from './domainTexts';
import type { ConversationDetail } from '../../../shared/conversations';
import { useMe } from '../../api/queries';
import { StatusMessage } from '../../components/Feedback';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { ActionsList } from './ActionsList';
import { calendarHref, conversationQuery } from './conversationApi';
import { StatusBadge } from './ConversationStatus';
import { CounsellorPreparation } from './CounsellorPreparation';
import { NoteForm } from './NoteForm';
import { NotesList } from './NotesList';
import { conversationPaths } from './paths';
import { RespondPanel } from './RespondPanel';
import { StudentAfterTalk } from './StudentAfterTalk';
import { StudentPreparation } from './StudentPreparation';
import { formatWhen, placeText, sideOf } from './when';

/** One talk: the student prepares and looks back here; the counsellor prepares and records. */
export function ConversationPage({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const query = useQuery(conversationQuery(conversationId));
  const title = query.data ? text.typeTitle(query.data.type) : t('conversations.detail.title');
  return (
    <Page title={title} intro={query.data && <Intro conversation={query.data} />}>
      <QueryState query={query} loadingLabel={t('conversations.detail.loading')}>
        {(conversation) => <DetailContent conversation={conversation} />}
      </QueryState>
    </Page>
  );
}

function Intro({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const side = sideOf(c, me.id);
  const other = side === 'student' ? c.counsellor.name : c.student.name;
  const where = placeText(c, t('conversations.plan.online'));
  return (
    <p>
      {formatWhen(c.startsAt, c.durationMinutes)}
      {where && ` · ${where}`} · {t('conversations.detail.with', { name: other })} <StatusBadge conversation={c} side={side} />
    </p>
  );
}

function DetailContent({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const side = sideOf(c, me.id);
  const [message, setMessage] = useState('');
  const open = c.status === 'proposed' || c.status === 'planned';
  const back = side === 'student' ? conversationPaths.own : conversationPaths.forStudent(c.student.id);

  return (
    <div className="stack">
      <div className="button-row detail-links">
        <Link to={back}>{side === 'student' ? t('conversations.detail.backOwn') : t('conversations.detail.backStudent', { name: c.student.name })}</Link>
        {open && (
          <a href={calendarHref(c.id)} download>
            {t('conversations.item.calendar')}
          </a>
        )}
      </div>
      <StatusMessage>{message}</StatusMessage>
      {side && c.awaitingResponseFrom === side && (
        <div className="card">
          <RespondPanel conversation={c} onDone={setMessage} />
        </div>
      )}
      {c.status === 'cancelled' && <p className="notice notice-warning">{t('conversations.detail.cancelled')}</p>}
      {side === 'student' && <StudentSide conversation={c} />}
      {side !== 'student' && <CounsellorSide conversation={c} canWrite={side === 'counsellor'} />}
    </div>
  );
}

function StudentSide({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  if (c.status === 'proposed' || c.status === 'planned') return <StudentPreparation conversation={c} />;
  if (c.status === 'cancelled') return null;
  return (
    <>
      <Section title={t('conversations.detail.yourAgenda')}>
        <p className="prewrap">{c.agenda || <span className="muted">{t('conversations.prep.notFilled')}</span>}</p>
      </Section>
      <StudentAfterTalk conversation={c} />
    </>
  );
}

function CounsellorSide({ conversation: c, canWrite }: { conversation: ConversationDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const open = c.status === 'proposed' || c.status === 'planned';
  return (
    <>
      {open && canWrite && (
        <div className="card conduct-cta">
          <p>{t('conversations.detail.conductIntro')}</p>
          <div className="button-row">
            <Link to={conversationPaths.conduct(c.id)} className="button">
              {t('conversations.detail.conduct')}
            </Link>
            <Link to={conversationPaths.close(c.id)} className="button button-secondary">
              {t('conversations.detail.close')}
            </Link>
          </div>
        </div>
      )}
      {open && <CounsellorPreparation conversationId={c.id} />}
      {c.status === 'held' && (
        <div className="grid grid-2">
          <Section title={t('conversations.detail.actions')}>
            <ActionsList actions={c.actions} side="counsellor" readOnly={!canWrite} />
          </Section>
          <Section title={t('conversations.detail.studentSummary')}>
            <p className="prewrap">{c.studentSummary || <span className="muted">{t('conversations.prep.noSummary')}</span>}</p>
            {c.topics.length > 0 && (
              <>
                <h3>{t('conversations.detail.topics')}</h3>
                <ul className="chip-list">
                  {c.topics.map((topic) => (
                    <li key={topic} className="chip">
                      {text.competency(topic)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>
        </div>
      )}
      <Section title={t('conversations.notes.title')} description={<p>{t('conversations.notes.intro')}</p>}>
        <NotesList notes={c.notes} conversationId={c.id} />
        {canWrite && c.status !== 'cancelled' && <NoteForm conversationId={c.id} />}
      </Section>
    </>
  );
}
