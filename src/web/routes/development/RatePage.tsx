import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseView } from '../../../shared/competencies';
import { useMe } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { responseQuery, saveResponseAnswers, submitResponse, type AnswerPatch } from '../competencies/competencyApi';
import { Questionnaire } from '../competencies/Questionnaire';
import { pick } from './developmentApi';

/**
 * `/ontwikkeling/beoordelen/$responseId`: the seven-competency rating, of oneself or of a colleague
 * who asked. The questionnaire and autosave are the same as for students' self-assessments.
 */
export function RatePage({ responseId }: { responseId: string }) {
  const { t } = useTranslation();
  const query = useQuery(responseQuery(responseId));
  const data = query.data;
  const title = data ? (data.source === 'self' ? pick(data.instrument.title) : t('development.rate.aboutTitle', { name: data.student.name })) : t('development.rate.title');
  const intro = data && data.source !== 'self' ? <p>{t('development.rate.aboutIntro', { name: data.student.name })}</p> : undefined;
  return (
    <Page title={title} intro={intro}>
      <QueryState query={query} loadingLabel={t('development.rate.loading')}>
        {(loaded) => (loaded.status === 'submitted' ? <Submitted /> : <RateForm response={loaded} />)}
      </QueryState>
    </Page>
  );
}

function backTo(role: string): '/team' | '/ontwikkeling' {
  return role === 'manager' ? '/team' : '/ontwikkeling';
}

function RateForm({ response }: { response: ResponseView }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useCallback((answers: AnswerPatch) => saveResponseAnswers(response.id, answers), [response.id]);
  const submit = useCallback(async () => {
    await submitResponse(response.id);
    await queryClient.invalidateQueries({ queryKey: ['development'] });
    await navigate({ to: backTo(me.role) });
  }, [navigate, queryClient, response.id, me.role]);
  return <Questionnaire instrument={response.instrument} initialAnswers={response.answers} save={save} submit={submit} submitLabel={t('development.rate.submit')} />;
}

function Submitted() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="card prose">
      <p>{t('development.rate.submitted')}</p>
      <Link to={backTo(me.role)} className="button">
        {t('development.rate.back')}
      </Link>
    </div>
  );
}
