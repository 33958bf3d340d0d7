import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseView } from '../../../shared/competencies';
import { FormError } from '../../components/Feedback';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { responseQuery, saveResponseAnswers, submitResponse, type AnswerPatch } from '../competencies/competencyApi';
import { Questionnaire } from '../competencies/Questionnaire';
import { myEvaluationKey, myEvaluationQuery, startEvaluation } from './evaluationApi';

/** `/evaluatie`: the student's current counsellors, each to evaluate once this school year. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(myEvaluationQuery);
  const open = useMutation({
    mutationFn: startEvaluation,
    onSuccess: (response) => navigate({ to: '/evaluatie/$responseId', params: { responseId: response.id } }),
  });
  return (
    <Page title={t('development.evaluate.title')} intro={<p>{t('development.evaluate.intro')}</p>}>
      <QueryState query={query} loadingLabel={t('development.evaluate.loading')}>
        {(data) =>
          !data.open ? (
            <p className="notice">{t('development.evaluate.closed', { year: data.schoolYear })}</p>
          ) : data.counsellors.length === 0 ? (
            <p className="muted">{t('development.evaluate.noCounsellor')}</p>
          ) : (
            <Section title={t('development.evaluate.listTitle', { year: data.schoolYear })}>
              <ul className="plain-list dev-requests">
                {data.counsellors.map((c) => (
                  <li key={c.id}>
                    <span>
                      <strong>{c.name}</strong> · {t(`development.evaluate.status.${c.status}`)}
                    </span>
                    {c.status !== 'done' && (
                      <button type="button" className="button button-small" onClick={() => open.mutate(c.id)} disabled={open.isPending}>
                        {t(c.status === 'draft' ? 'development.evaluate.continue' : 'development.evaluate.start')}
                        <span className="visually-hidden"> {c.name}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <FormError error={open.error} />
            </Section>
          )
        }
      </QueryState>
    </Page>
  );
}

/** `/evaluatie/$responseId`: the questionnaire itself, saved as it is answered. */
export function EvaluationFillPage({ responseId }: { responseId: string }) {
  const { t } = useTranslation();
  const query = useQuery(responseQuery(responseId));
  const data = query.data;
  return (
    <Page
      title={data ? t('development.evaluate.aboutTitle', { name: data.student.name }) : t('development.evaluate.title')}
      intro={<p>{t('development.evaluate.anonymous')}</p>}
    >
      <QueryState query={query} loadingLabel={t('development.evaluate.loading')}>
        {(loaded) => (loaded.status === 'submitted' ? <Thanks /> : <FillForm response={loaded} />)}
      </QueryState>
    </Page>
  );
}

function FillForm({ response }: { response: ResponseView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useCallback((answers: AnswerPatch) => saveResponseAnswers(response.id, answers), [response.id]);
  const submit = useCallback(async () => {
    await submitResponse(response.id);
    await queryClient.invalidateQueries({ queryKey: myEvaluationKey });
    await queryClient.invalidateQueries({ queryKey: responseQuery(response.id).queryKey });
  }, [queryClient, response.id]);
  return <Questionnaire instrument={response.instrument} initialAnswers={response.answers} save={save} submit={submit} submitLabel={t('development.evaluate.submit')} />;
}

function Thanks() {
  const { t } = useTranslation();
  return (
    <div className="card prose">
      <p role="status">{t('development.evaluate.thanks')}</p>
      <Link to="/evaluatie" className="button">
        {t('development.evaluate.back')}
      </Link>
    </div>
  );
}
