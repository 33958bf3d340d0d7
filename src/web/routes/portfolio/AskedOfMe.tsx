import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackAsk } from '../../../shared/portfolio';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { TextAreaField } from '../../components/TextAreaField';
import { askedOfMeQuery, answerFeedback, portfolioKeys } from './portfolioApi';
import { fieldsFor, usePortfolioText } from './portfolioTexts';

/** Requests for feedback addressed to the signed-in user; shown only when there are any. */
export function AskedOfMe({ showEmpty = false }: { showEmpty?: boolean }) {
  const { t } = useTranslation();
  const asked = useQuery(askedOfMeQuery);
  if (showEmpty && asked.isPending) return <Loading />;
  if (showEmpty && asked.isError) return <ErrorState error={asked.error} onRetry={() => void asked.refetch()} />;
  if (!asked.data || asked.data.items.length === 0) return showEmpty ? <EmptyState title={t('portfolio.feedback.noneAsked')} /> : null;
  return (
    <Section title={t('portfolio.feedback.askedOfMe')}>
      {asked.data.items.map((a) => (
        <AskCard key={a.id} ask={a} />
      ))}
    </Section>
  );
}

export function AskedContent({ ask }: { ask: FeedbackAsk }) {
  const text = usePortfolioText();
  return (
    <>
      {ask.question && <p className="feedback-question">{ask.question}</p>}
      {ask.evidence && (
        <dl className="evidence-body">
          <div>
            <dt>{ask.evidence.title}</dt>
          </div>
          {fieldsFor(ask.evidence.kind, ask.evidence.template)
            .filter((f) => (ask.evidence?.body[f.code] ?? '').trim())
            .map((f) => (
              <div key={f.code}>
                <dt>{text.pick(f.label)}</dt>
                <dd>{ask.evidence?.body[f.code]}</dd>
              </div>
            ))}
        </dl>
      )}
    </>
  );
}

function AskCard({ ask }: { ask: FeedbackAsk }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const send = useMutation({ mutationFn: () => answerFeedback(ask.id, body), onSuccess: () => queryClient.invalidateQueries({ queryKey: portfolioKeys.askedOfMe }) });
  return (
    <article className="card ask-card">
      <h3>{t('portfolio.feedback.fromStudent', { name: ask.studentName })}</h3>
      <AskedContent ask={ask} />
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) send.mutate();
        }}
      >
        <TextAreaField label={t('portfolio.feedback.yourFeedback')} rows={4} maxLength={5000} value={body} onChange={(e) => setBody(e.target.value)} />
        <FormError error={send.error} />
        <button type="submit" className="button" disabled={send.isPending}>
          {t('portfolio.feedback.sendAnswer')}
        </button>
      </form>
    </article>
  );
}
