import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../../api/paging';
import type { OutboxMail } from '../../../api/types';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { LoadMore } from '../../../components/Table';
import { formatDateTime } from '../../../lib/format';
import { MailBody } from './MailBody';

/** Mail that Koers sent or will send (invitations, notifications); each one opens to read. */
export function OutboxPage() {
  const { t } = useTranslation();
  const list = usePagedList<OutboxMail>(['outbox'], '/admin/outbox');

  return (
    <Page title={t('outbox.title')} intro={<p>{t('outbox.intro')}</p>}>
      <div aria-busy={list.isFetching}>
        <QueryState query={list}>
          {() =>
            list.items.length === 0 ? (
              <EmptyState title={t('outbox.empty')}>
                <p>{t('outbox.emptyText')}</p>
              </EmptyState>
            ) : (
              <>
                <ul className="mail-list">
                  {list.items.map((mail) => (
                    <li key={mail.id}>
                      <details className="mail card">
                        <summary>
                          <span className="mail-subject">{mail.subject}</span>
                          <span className="mail-meta">
                            <span className="break">{t('outbox.to', { to: mail.to })}</span>
                            <span>{formatDateTime(mail.createdAt)}</span>
                            <span className={mail.status === 'sent' ? 'badge badge-ok' : mail.status === 'failed' ? 'badge badge-error' : 'badge'}>
                              {(() => { const key = statusKey(mail.status); return key ? t(key) : mail.status; })()}
                            </span>
                          </span>
                        </summary>
                        <div className="mail-content">
                          <dl className="details details-compact">
                            <div>
                              <dt>{t('outbox.toLabel')}</dt>
                              <dd className="break">{mail.to}</dd>
                            </div>
                            <div>
                              <dt>{t('outbox.createdAt')}</dt>
                              <dd>{formatDateTime(mail.createdAt)}</dd>
                            </div>
                            <div>
                              <dt>{t('outbox.sentAt')}</dt>
                              <dd>{mail.sentAt ? formatDateTime(mail.sentAt) : t('outbox.notSent')}</dd>
                            </div>
                          </dl>
                          <MailBody body={mail.body} />
                        </div>
                      </details>
                    </li>
                  ))}
                </ul>
                <LoadMore hasMore={!!list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
              </>
            )
          }
        </QueryState>
      </div>
    </Page>
  );
}

const STATUS_KEYS = {
  sent: 'outbox.status.sent',
  failed: 'outbox.status.failed',
  queued: 'outbox.status.queued',
  outbox: 'outbox.status.outbox',
} as const;

/** A fixed key per status keeps the typed `t` shallow (passing `t` around trips TypeScript's depth limit). */
function statusKey(status: string): (typeof STATUS_KEYS)[keyof typeof STATUS_KEYS] | null {
  return status in STATUS_KEYS ? STATUS_KEYS[status as keyof typeof STATUS_KEYS] : null;
}
