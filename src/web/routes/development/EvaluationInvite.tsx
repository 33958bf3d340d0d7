import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Page';
import { myEvaluationQuery } from './evaluationApi';

/** On the student's start page, while the school runs the evaluation and a counsellor is still to be evaluated. */
export function EvaluationInvite() {
  const { t } = useTranslation();
  const query = useQuery(myEvaluationQuery);
  const data = query.data;
  if (!data?.open || !data.counsellors.some((c) => c.status !== 'done')) return null;
  return (
    <Section title={t('development.evaluate.inviteTitle')} description={<p>{t('development.evaluate.inviteText', { year: data.schoolYear })}</p>}>
      <p>
        <Link to="/evaluatie" className="button">
          {t('development.evaluate.inviteButton')}
        </Link>
      </p>
    </Section>
  );
}
