import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { EvidenceList } from './EvidenceList';
import { GoalCard } from './GoalCard';
import { goalsQuery } from './portfolioApi';

/** `/students/$studentId/portfolio`: what the student shares with guidance staff (read-only, plus progress reviews for counsellors). */
export function GuidancePortfolioPage({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const goals = useQuery(goalsQuery(studentId));
  return (
    <Page title={t('portfolio.guidance.title')} intro={<p>{t('portfolio.guidance.intro')}</p>}>
      <Section title={t('portfolio.goals.title')}>
        <QueryState query={goals}>
          {(data) =>
            !data.planShared ? (
              <EmptyState title={t('portfolio.guidance.planPrivate')} />
            ) : data.items.length === 0 ? (
              <EmptyState title={t('portfolio.guidance.noGoals')} />
            ) : (
              <div className="goal-list">
                {data.items.map((g) => (
                  <GoalCard key={g.id} goal={g} owner={false} canReview={me.role === 'counsellor'} />
                ))}
              </div>
            )
          }
        </QueryState>
      </Section>
      <Section title={t('portfolio.evidence.title')} description={<p>{t('portfolio.guidance.evidenceNote')}</p>}>
        <EvidenceList studentId={studentId} goals={goals.data?.items ?? []} owner={false} />
      </Section>
    </Page>
  );
}
