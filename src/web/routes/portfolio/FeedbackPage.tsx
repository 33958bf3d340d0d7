import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackRequestCreated } from '../../../shared/portfolio';
import { useMe } from '../../api/queries';
import { FormError } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate } from '../../lib/format';
import { AskedOfMe } from './AskedOfMe';
import { askFeedback, evidenceQuery, portfolioKeys, requestsQuery, revokeFeedback } from './portfolioApi';
import { PortfolioTabs } from './PortfolioTabs';

/** `/portfolio/feedback`: ask someone for feedback on an item, follow and withdraw requests. */
export function FeedbackPage({ evidenceId }: { evidenceId?: string | undefined }) {
  const { t } = useTranslation();
  const me = useMe();
  const requests = useQuery(requestsQuery(me.id));
  const queryClient = useQueryClient();
  const revoke = useMutation({ mutationFn: revokeFeedback, onSuccess: () => queryClient.invalidateQueries({ queryKey: portfolioKeys.requests(me.id) }) });

  return (
    <Page title={t('portfolio.feedback.title')} intro={<p>{t('portfolio.feedback.intro')}</p>}>
      <PortfolioTabs />
      <AskForm studentId={me.id} evidenceId={evidenceId} askable={requests.data?.askable ?? []} />
      <Section title={t('portfolio.feedback.requests')}>
        <QueryState query={requests}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('portfolio.feedback.noRequests')} />
            ) : (
              <ul className="feedback-requests">
                {data.items.map((r) => (
                  <li key={r.id}>
                    <strong>{r.name}</strong> — {r.evidenceTitle || t('portfolio.evidence.untitled')} · {t(`portfolio.feedback.status.${r.status}`)} · {t('portfolio.feedback.until', { date: formatDate(r.expiresAt) })}
                    {r.answer && <blockquote>{r.answer.body}</blockquote>}
                    {r.status === 'open' && (
                      <button type="button" className="button button-small button-secondary" onClick={() => revoke.mutate(r.id)}>
                        {t('portfolio.feedback.revoke')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
        <FormError error={revoke.error} />
      </Section>
      <AskedOfMe />
    </Page>
  );
}

function AskForm({ studentId, evidenceId, askable }: { studentId: string; evidenceId?: string | undefined; askable: { id: string; name: string; relation: string }[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const items = useQuery(evidenceQuery(studentId, { status: 'final' }));
  const [item, setItem] = useState(evidenceId ?? '');
  const [who, setWho] = useState('link');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [question, setQuestion] = useState('');
  const [created, setCreated] = useState<FeedbackRequestCreated | null>(null);
  const ask = useMutation({
    mutationFn: () =>
      askFeedback(studentId, { evidenceId: item, question, to: who === 'link' ? { via: 'link', name, email: email || null } : { via: 'user', userId: who } }),
    onSuccess: (data) => {
      setCreated(data);
      void queryClient.invalidateQueries({ queryKey: portfolioKeys.requests(studentId) });
    },
  });
  return (
    <Section title={t('portfolio.feedback.ask')}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          ask.mutate();
        }}
      >
        <SelectField label={t('portfolio.feedback.item')} required value={item} onChange={(e) => setItem(e.target.value)}>
          <option value="">{t('portfolio.feedback.chooseItem')}</option>
          {(items.data?.items ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.title || t('portfolio.evidence.untitled')}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('portfolio.feedback.who')} value={who} onChange={(e) => setWho(e.target.value)}>
          <option value="link">{t('portfolio.feedback.outsider')}</option>
          {askable.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({t(`portfolio.feedback.relation.${p.relation as 'counsellor'}`)})
            </option>
          ))}
        </SelectField>
        {who === 'link' && (
          <>
            <TextField label={t('portfolio.feedback.name')} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            <TextField label={t('portfolio.feedback.email')} hint={t('portfolio.feedback.emailHint')} optional type="email" maxLength={320} value={email} onChange={(e) => setEmail(e.target.value)} />
          </>
        )}
        <TextAreaField label={t('portfolio.feedback.question')} optional rows={3} maxLength={2000} value={question} onChange={(e) => setQuestion(e.target.value)} />
        <FormError error={ask.error} />
        <button type="submit" className="button" disabled={ask.isPending || !item}>
          {t('portfolio.feedback.send')}
        </button>
      </form>
      {created?.message && (
        <div className="notice notice-info" role="status">
          <p>{created.mailSent ? t('portfolio.feedback.mailed') : t('portfolio.feedback.copy')}</p>
          <TextAreaField label={t('portfolio.feedback.message')} readOnly rows={8} value={`${created.message.subject}\n\n${created.message.body}`} />
        </div>
      )}
      {created && !created.message && (
        <p className="notice notice-success" role="status">
          {t('portfolio.feedback.askedUser', { name: created.request.name })}
        </p>
      )}
    </Section>
  );
}
