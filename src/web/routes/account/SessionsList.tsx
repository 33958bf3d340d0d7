import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Session } from '../../api/types';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { describeUserAgent, formatDateTime } from '../../lib/format';

const sessionsKey = ['sessions'] as const;

/** Where this account is signed in; other sessions can be signed out one by one. */
export function SessionsList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: () => api<{ items: Session[] }>('/auth/sessions'),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });

  return (
    <Section title={t('account.sessions.title')} description={<p>{t('account.sessions.intro')}</p>}>
      <FormError error={revoke.error} />
      <QueryState query={sessions}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('account.sessions.empty')} />
          ) : (
            <ul className="session-list" aria-busy={sessions.isFetching}>
              {data.items.map((session) => {
                const device = describeUserAgent(session.userAgent) || t('account.sessions.unknownDevice');
                return (
                  <li key={session.id} className="session">
                    <div>
                      <strong>{device}</strong>
                      {session.current && <span className="badge badge-info">{t('account.sessions.current')}</span>}
                      <span className="muted block">
                        {t('account.sessions.lastSeen', { at: formatDateTime(session.lastSeenAt) })}
                        {' · '}
                        {t('account.sessions.since', { at: formatDateTime(session.createdAt) })}
                        {session.ip ? ` · ${session.ip}` : ''}
                      </span>
                    </div>
                    {!session.current && (
                      <button
                        type="button"
                        className="button button-small button-secondary"
                        onClick={() => revoke.mutate(session.id)}
                        disabled={revoke.isPending && revoke.variables === session.id}
                      >
                        {t('account.sessions.revoke')}
                        <span className="visually-hidden"> ({device})</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </Section>
  );
}
