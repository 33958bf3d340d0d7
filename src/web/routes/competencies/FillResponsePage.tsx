import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseView } from '../../../shared/competencies';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { competenciesKey, responseQuery, saveResponseAnswers, submitResponse, type AnswerPatch } from './competencyApi';
import { markJustSubmitted } from './justSubmitted';
import { Questionnaire } from './Questionnaire';
import { local } from './scores';

/** `/competenties/invullen/$responseId`: a student's self-assessment or a counsellor's scan of a student. */
export function FillResponsePage({ responseId }: { responseId: string }) {
  const { t } = useTranslation();
  const response = useQuery(responseQuery(responseId));
  const data = response.data;
  const title = data ? local(data.instrument.title) : t('competencies.fill.title');
  const intro = data && data.source !== 'self' ? <p>{t('competencies.fill.about', { name: data.student.name })}</p> : undefined;

  return (
    <Page title={title} intro={intro}>
      <QueryState query={response} loadingLabel={t('competencies.fill.loading')}>
        {(loaded) => (loaded.status === 'submitted' ? <AlreadySubmitted response={loaded} /> : <FillForm response={loaded} />)}
      </QueryState>
    </Page>
  );
}

function FillForm({ response }: { response: ResponseView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useCallback((answers: AnswerPatch) => saveResponseAnswers(response.id, answers), [response.id]);
  const submit = useCallback(async () => {
    await submitResponse(response.id);
    await queryClient.invalidateQueries({ queryKey: competenciesKey(response.student.id) });
    if (response.source === 'self') {
      markJustSubmitted();
      await navigate({ to: '/competenties' });
    } else {
      await navigate({ to: '/students/$studentId', params: { studentId: response.student.id }});
    }
  }, [navigate, queryClient, response]);

  return (
    <Questionnaire
      instrument={response.instrument}
      initialAnswers={response.answers}
      save={save}
      submit={submit}
      submitLabel={t('competencies.questionnaire.submit')}
    />
  );
}

function AlreadySubmitted({ response }: { response: ResponseView }) {
  const { t } = useTranslation();
  return (
    <div className="card prose">
      <p>{t('competencies.fill.alreadySubmitted')}</p>
      <p>
        {response.source === 'self' ? (
          <Link to="/competenties" className="button">
            {t('competencies.fill.toResults')}
          </Link>
        ) : (
          <Link to="/students/$studentId" params={{ studentId: response.student.id }} className="button">
            {t('competencies.fill.toStudent', { name: response.student.name })}
          </Link>
        )}
      </p>
    </div>
  );
}
