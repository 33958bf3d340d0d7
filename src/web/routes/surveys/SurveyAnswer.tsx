import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { formatDate } from '../../lib/format';
import type { AnswerPatch } from '../competencies/competencyApi';
import { Questionnaire } from '../competencies/Questionnaire';
import { saveSurveyAnswers, submitSurvey, surveyFormQuery, type SurveyAccess } from './surveyApi';

const GONE: Record<string, 'linkInvalid' | 'closed' | 'alreadyDone'> = {
  survey_link_invalid: 'linkInvalid',
  not_found: 'linkInvalid',
  survey_closed: 'closed',
  survey_submitted: 'alreadyDone',
};
const goneOf = (error: unknown) => (isApiError(error) ? (GONE[error.id] ?? null) : null);

/** A survey questionnaire, phone-first: every answer saved as given, resumable, submitted once. */
export function SurveyAnswer({ access, signedIn }: { access: SurveyAccess; signedIn: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useQuery(surveyFormQuery(access));
  const [done, setDone] = useState(false);
  const [gone, setGone] = useState<ReturnType<typeof goneOf>>(null);
  const failed = gone ?? goneOf(form.error);

  const guard = useCallback(async <T,>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const id = goneOf(error);
      if (id) setGone(id);
      throw error;
    }
  }, []);
  const save = useCallback((answers: AnswerPatch) => guard(() => saveSurveyAnswers(access, answers)), [access, guard]);
  const submit = useCallback(async () => {
    await guard(() => submitSurvey(access));
    setDone(true);
    void queryClient.invalidateQueries({ queryKey: ['my-surveys'] });
  }, [access, guard, queryClient]);

  if (done) return <ThankYou signedIn={signedIn} />;
  if (failed) {
    return (
      <Page title={t(`surveys.answer.${failed}`)}>
        <div className="card prose" role="alert">
          <p>{t(`surveys.answer.${failed}`)}</p>
          {signedIn && <Link to="/">{t('surveys.answer.toHome')}</Link>}
        </div>
      </Page>
    );
  }
  if (form.isPending) return <Loading label={t('surveys.answer.loading')} />;
  if (form.isError || !form.data) return <ErrorState error={form.error} onRetry={() => void form.refetch()} />;
  const { campaign, instrument, answers } = form.data;
  return (
    <Page
      title={campaign.title}
      intro={
        <div className="survey-intro">
          {campaign.description && <p>{campaign.description}</p>}
          <p className="survey-privacy">{t(`surveys.answer.${campaign.anonymity}`)}</p>
          {campaign.feedsGuidance && <p className="notice notice-info">{t('surveys.answer.feedsGuidance')}</p>}
          <p className="muted">{t('surveys.answer.until', { date: formatDate(campaign.closesOn) })}</p>
        </div>
      }
    >
      <Questionnaire instrument={instrument} initialAnswers={answers} save={save} submit={submit} submitLabel={t('surveys.answer.submit')} />
    </Page>
  );
}

function ThankYou({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, []);
  return (
    <div ref={ref}>
      <Page title={t('surveys.answer.thanksTitle')}>
        <div className="card prose" role="status">
          <p>{t('surveys.answer.thanksText')}</p>
          {signedIn && <Link to="/">{t('surveys.answer.toHome')}</Link>}
        </div>
      </Page>
    </div>
  );
}
