import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDomainText } from './domainTexts';
import type { ConversationSummary } from '../../../shared/conversations';
import { calendarHref } from './conversationApi';
import { StatusBadge } from './ConversationStatus';
import { conversationPaths } from './paths';
import { RespondPanel } from './RespondPanel';
import { formatWhen, placeText, sideOf } from './when';

/** One talk in a list: what, when, where, its state, and what the viewer can do now. */
export function ConversationItem({ conversation: c, userId, onDone }: { conversation: ConversationSummary; userId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const side = sideOf(c, userId);
  const other = side === 'student' ? c.counsellor.name : c.student.name;
  const open = c.status === 'proposed' || c.status === 'planned';
  const typeTitle = text.typeTitle(c.type);

  return (
    <li className={`conversation-item status-${c.status}`}>
      <div className="conversation-item-head">
        <h3 className="conversation-item-title">
          <Link to={conversationPaths.detail(c.id)}>
            {typeTitle}
            <span className="visually-hidden">, {formatWhen(c.startsAt, c.durationMinutes)}</span>
          </Link>
        </h3>
        <StatusBadge conversation={c} side={side} />
      </div>
      <dl className="conversation-facts">
        <div>
          <dt>{t('conversations.item.when')}</dt>
          <dd>{formatWhen(c.startsAt, c.durationMinutes)}</dd>
        </div>
        <div>
          <dt>{t('conversations.item.where')}</dt>
          <dd>{placeText(c, t('conversations.plan.online')) || t('conversations.item.placeOpen')}</dd>
        </div>
        <div>
          <dt>{t('conversations.item.with')}</dt>
          <dd>{other}</dd>
        </div>
        {open && (
          <div>
            <dt>{t('conversations.item.agenda')}</dt>
            <dd>{c.hasAgenda ? t('conversations.item.agendaReady') : t('conversations.item.agendaMissing')}</dd>
          </div>
        )}
        {c.openActions > 0 && (
          <div>
            <dt>{t('conversations.item.actions')}</dt>
            <dd>{t('conversations.item.openActions', { count: c.openActions })}</dd>
          </div>
        )}
      </dl>
      {side && c.awaitingResponseFrom === side && <RespondPanel conversation={c} onDone={onDone} />}
      <div className="button-row conversation-item-links">
        <Link to={conversationPaths.detail(c.id)} className="button button-small button-secondary">
          {side === 'student' && open ? t('conversations.item.prepare') : t('conversations.item.open')}
          <span className="visually-hidden">: {typeTitle}</span>
        </Link>
        {open && (
          <a href={calendarHref(c.id)} download className="button button-small button-link">
            {t('conversations.item.calendar')}
            <span className="visually-hidden">: {typeTitle}</span>
          </a>
        )}
      </div>
    </li>
  );
}
