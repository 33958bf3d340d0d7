import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/Feedback';
import { CheckboxField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { FeedbackAggregateView } from '../conversations/FeedbackAggregateView';
import { ownDevelopmentKey, ownDevelopmentQuery, setConsent, type Development } from './developmentApi';
import { EvaluationResults } from './EvaluationResults';
import { Feedback360Section } from './Feedback360Section';
import { GoalsSection } from './GoalsSection';
import { IncomingRequests } from './IncomingRequests';
import { LogSection } from './LogSection';
import { RatingsSection } from './RatingsSection';
import { ReviewsSection } from './ReviewsSection';

function StudentFeedback({ data }: { data: Development }) {
  const { t } = useTranslation();
  const summary = data.studentFeedback;
  if (!summary) return null;
  return (
    <Section title={t('development.studentFeedback.title')} description={<p>{t('development.studentFeedback.intro', { min: summary.minAnswers })}</p>}>
      {summary.aggregate ? <FeedbackAggregateView aggregate={summary.aggregate} /> : <p className="notice">{t('development.studentFeedback.tooFew', { min: summary.minAnswers })}</p>}
    </Section>
  );
}

function ConsentSection({ data }: { data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: setConsent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownDevelopmentKey }),
  });
  return (
    <Section title={t('development.consent.title')}>
      <CheckboxField
        label={t('development.consent.label')}
        hint={t('development.consent.hint')}
        checked={data.consent}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.target.checked)}
      />
      <FormError error={save.error} />
    </Section>
  );
}

/** `/ontwikkeling`: the counsellor's own professional development. */
export function DevelopmentPage() {
  const { t } = useTranslation();
  const query = useQuery(ownDevelopmentQuery);
  return (
    <Page title={t('development.page.title')} intro={<p>{t('development.page.intro')}</p>}>
      <IncomingRequests />
      <QueryState query={query} loadingLabel={t('development.page.loading')}>
        {(data) => (
          <div className="stack">
            <RatingsSection data={data} />
            <Feedback360Section data={data} />
            <GoalsSection data={data} />
            <LogSection data={data} />
            <ReviewsSection data={data} />
            <StudentFeedback data={data} />
            {data.studentEvaluation && <EvaluationResults summary={data.studentEvaluation} />}
            <ConsentSection data={data} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}
