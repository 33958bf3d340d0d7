import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, errorText } from '../../api/client';
import { AppShell } from '../../components/AppShell';
import { FormError } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate } from '../../lib/format';
import { AskedContent } from './AskedOfMe';
import { answerByLink, publicAskQuery } from './portfolioApi';

const LINK_ERRORS = ['feedback_link_invalid', 'feedback_link_used', 'feedback_link_expired', 'feedback_link_revoked'];

/** `/feedback/$token`: an outsider gives feedback without an account; the link is the key. */
export function FeedbackLinkPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const ask = useQuery(publicAskQuery(token));
  const [body, setBody] = useState('');
  const [authorName, setAuthorName] = useState('');
  const send = useMutation({ mutationFn: () => answerByLink(token, { body, ...(authorName.trim() ? { authorName } : {}) }) });
  const linkError = [ask.error, send.error].find((e) => LINK_ERRORS.some((id) => isApiError(e, id)));

  let content;
  if (send.isSuccess) content = <p className="notice notice-success" role="status">{t('portfolio.link.thanks')}</p>;
  else if (linkError) content = <p className="notice notice-warning" role="alert">{errorText(linkError)}</p>;
  else if (ask.isPending) content = <Loading />;
  else if (ask.isError) content = <ErrorState error={ask.error} onRetry={() => void ask.refetch()} />;
  else
    content = (
      <div className="stack">
        <p>{t('portfolio.link.intro', { student: ask.data.studentName, date: formatDate(ask.data.expiresAt) })}</p>
        <AskedContent ask={ask.data} />
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) send.mutate();
          }}
        >
          <TextField label={t('portfolio.link.name')} hint={t('portfolio.link.nameHint', { name: ask.data.name })} optional maxLength={200} value={authorName} onChange={(e) => setAuthorName(e.target.value)} />
          <TextAreaField label={t('portfolio.feedback.yourFeedback')} rows={6} maxLength={5000} value={body} onChange={(e) => setBody(e.target.value)} />
          <FormError error={send.error} />
          <button type="submit" className="button" disabled={send.isPending}>
            {t('portfolio.feedback.sendAnswer')}
          </button>
        </form>
      </div>
    );

  return (
    <AppShell me={null}>
      <Page title={t('portfolio.link.title')}>{content}</Page>
    </AppShell>
  );
}
